#include "core/runtime/tradeapihost.h"

#include "core/api/tradeapiserver.h"
#include "core/base/changenotifier.h"
#include "core/deposits/depositservice.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/wallets/chainpaymentlookups.h"

namespace exchange {

struct TradeApiHost::Parts {
    std::unique_ptr<wallets::ChainPaymentLookups> payments;
    std::unique_ptr<api::TradeApiServer> server;
};

TradeApiHost::TradeApiHost(CoreRuntime &runtime, CoreServices &services)
    : m_runtime(runtime), m_services(services), m_parts(std::make_shared<Parts>())
{
}

TradeApiHost::~TradeApiHost() = default;

void TradeApiHost::start(const QHostAddress &address, quint16 port, const QUrl &ethereumRpc, QObject *receiver,
                         std::function<void(Result<quint16>)> done)
{
    auto parts = m_parts;
    auto *services = &m_services;
    m_runtime.post(
        [parts, services, address, port, ethereumRpc]() -> Result<quint16> {
            // The same nodes the deposit watchers use (exctl chain set).
            auto settings = services->wallets().chainSettings();
            if (!settings)
                return settings.error();
            parts->payments = std::make_unique<wallets::ChainPaymentLookups>(settings.value(), ethereumRpc);
            if (auto started = services->trades().start(); !started)
                return started.error();
            parts->server = std::make_unique<api::TradeApiServer>(services->trades(), parts->payments->lookup());
            parts->server->setWithdrawals(&services->signedWithdrawals());
            // Tokens as the deposit watchers trust them: signed by the admin,
            // traced from the vault's pin (none while the vault is locked).
            parts->server->setTokenSource([services](Chain chain) { return services->deposits().tokensInForce(chain); });
            api::TradeApiServer *server = parts->server.get();
            QObject::connect(&services->notifier(), &ChangeNotifier::changed, server,
                             [server](ChangeNotifier::Topic topic, const QString &) {
                                 if (topic == ChangeNotifier::Topic::Asset)
                                     server->refreshCurrencies();
                             });
            return parts->server->listen(address, port);
        },
        receiver, std::move(done));
}

void TradeApiHost::stop()
{
    auto parts = m_parts;
    m_runtime.run([parts] {
        parts->server.reset();
        parts->payments.reset();
    });
}

} // namespace exchange
