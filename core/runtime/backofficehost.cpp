#include "core/runtime/backofficehost.h"

#include "core/api/apiclientservice.h"
#include "core/api/backofficeserver.h"
#include "core/customers/customerservice.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/withdrawals/withdrawalservice.h"

namespace exchange {

struct BackOfficeHost::Parts {
    std::unique_ptr<customers::CustomerService> customers;
    std::unique_ptr<api::ApiClientService> clients;
    std::unique_ptr<withdrawals::WithdrawalService> withdrawals;
    std::unique_ptr<api::BackOfficeServer> server;
};

BackOfficeHost::BackOfficeHost(CoreRuntime &runtime, CoreServices &services)
    : m_runtime(runtime), m_services(services), m_parts(std::make_shared<Parts>())
{
}

BackOfficeHost::~BackOfficeHost() = default;

void BackOfficeHost::start(const QHostAddress &address, quint16 port, QObject *receiver,
                           std::function<void(Result<quint16>)> done)
{
    auto parts = m_parts;
    auto *services = &m_services;
    m_runtime.post(
        [parts, services, address, port]() -> Result<quint16> {
            parts->customers = std::make_unique<customers::CustomerService>(services->database(), services->clock(),
                                                                            services->audit());
            parts->clients = std::make_unique<api::ApiClientService>(services->database(), services->clock(),
                                                                     services->audit());
            // The vault is this thread's, like the server: its pin is read
            // for each request, so a vault unlocked or pinned later counts.
            auto pinned = [services]() -> QByteArray {
                auto pin = services->vault().pinnedAdminKey();
                return pin && pin.value() ? *pin.value() : QByteArray();
            };
            parts->server = std::make_unique<api::BackOfficeServer>(services->database(), *parts->clients, *parts->customers, services->clock(),
                                                                    pinned);
            parts->server->setDepositAddresses(&services->depositAddresses());
            parts->server->setAddressBook(&services->customerAddresses());
            parts->withdrawals = std::make_unique<withdrawals::WithdrawalService>(
                services->database(), services->clock(), services->ledger(), services->audit(), &services->notifier());
            parts->server->setWithdrawals(parts->withdrawals.get());
            return parts->server->listen(address, port);
        },
        receiver, std::move(done));
}

void BackOfficeHost::stop()
{
    auto parts = m_parts;
    m_runtime.run([parts] {
        parts->server.reset();
        parts->withdrawals.reset();
        parts->clients.reset();
        parts->customers.reset();
    });
}

} // namespace exchange
