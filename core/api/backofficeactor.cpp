#include "core/api/backofficeactor.h"

#include "core/api/apiclient.h"

namespace exchange::api {

security::Actor backOfficeActor(const ApiClient &client)
{
    using security::Action;
    std::string name = client.name.toStdString();
    if (client.has(ApiScope::Customers))
        return security::Actor::api(std::move(name), {Action::ViewData, Action::ManageCustomers});
    if (client.has(ApiScope::Read) || client.has(ApiScope::Withdrawals))
        return security::Actor::api(std::move(name), {Action::ViewData});
    return security::Actor::api(std::move(name), {});
}

} // namespace exchange::api
