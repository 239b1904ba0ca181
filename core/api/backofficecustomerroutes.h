#pragma once
// BackOfficeCustomerRoutes: the back-office API's endpoints under
// /v1/customers, for a request BackOfficeServer has authenticated already.
// It checks the path, then the method (405), then the client's scope (403),
// then answers, acting as the client (backOfficeActor: "api:<client>" in the
// audit log) for what it changes:
//   POST   /v1/customers                                  customers: add or update by external_id
//   GET    /v1/customers/{external_id}                    customers: the record
//   POST   /v1/customers/{external_id}/freeze|unfreeze    customers
//   GET    /v1/customers/{external_id}/deposit-address?asset=  customers: issued on the first call
//   GET    /v1/customers/{external_id}/addresses          customers: their own withdrawal addresses
//   POST   /v1/customers/{external_id}/addresses          customers: add one
//   DELETE /v1/customers/{external_id}/addresses/{chain}/{address}  customers: remove one
//   GET    /v1/customers/{external_id}/balances           read
//   GET    /v1/customers/{external_id}/withdrawals|deposits  read, paged
//   POST   /v1/customers/{external_id}/withdrawals        withdrawals: checked here
//          (BackOfficeWithdrawalRequests::prepare), asked for by the server
//          with the others that arrived together
// A refusal changes nothing; the server logs and counts it.

#include "core/api/backofficerefusal.h"
#include "core/api/backofficewithdrawalrequests.h"
#include "core/api/http/httprequest.h"
#include "core/api/http/httpresponse.h"
#include "core/store/customer.h"

#include <QByteArray>
#include <QList>

#include <variant>

namespace exchange {
class Database;
namespace customers { class CustomerAddressBook; class CustomerService; class DepositAddressService; }
}

namespace exchange::api {

struct ApiClient;

class BackOfficeCustomerRoutes final
{
public:
    // Prepared: a withdrawal request for the server to ask for.
    using Answer = std::variant<HttpResponse, BackOfficeRefusal, BackOfficeWithdrawalRequests::Prepared>;

    BackOfficeCustomerRoutes(Database &database, customers::CustomerService &customers);

    // Where deposit addresses are issued and the customers' own addresses
    // kept; without them, those endpoints answer 503 unavailable.
    void setDepositAddresses(customers::DepositAddressService *service) { m_depositAddresses = service; }
    void setAddressBook(customers::CustomerAddressBook *book) { m_addressBook = book; }
    // Where POST …/withdrawals asks for a withdrawal; without it, 503.
    void setWithdrawalRequests(BackOfficeWithdrawalRequests *requests) { m_withdrawalRequests = requests; }

    // Whether the path is one of these routes' (/v1/customers or under it).
    static bool handles(const QByteArray &path);
    Answer answer(const HttpRequest &request, const ApiClient &client);

private:
    Answer upsert(const HttpRequest &request, const ApiClient &client);
    Answer record(const QByteArray &externalId);
    Answer balances(const QByteArray &externalId);
    // A customer's deposits or withdrawals, a page at a time.
    Answer history(const HttpRequest &request, const QByteArray &externalId, bool deposits);
    // The single place for .../withdrawals: GET reads them (scope read);
    // POST asks for one on the customer's behalf (scope withdrawals,
    // BackOfficeWithdrawalRequests).
    Answer withdrawals(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId);
    Answer freeze(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId, bool frozen);
    Answer depositAddress(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId);
    Answer addresses(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId,
                     const QList<QByteArray> &rest);

    Database &m_database;
    customers::CustomerService &m_customers;
    customers::DepositAddressService *m_depositAddresses = nullptr;
    customers::CustomerAddressBook *m_addressBook = nullptr;
    BackOfficeWithdrawalRequests *m_withdrawalRequests = nullptr;
};

} // namespace exchange::api
