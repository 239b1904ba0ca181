#include "core/api/tradeapihost.h"

#include "core/api/tradeapiserver.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/trade/ethereumpaymentlookup.h"
#include "core/trade/routingpaymentlookup.h"

namespace exchange::api {

namespace {
constexpr int kEthereumConfirmations = 12;
}

struct TradeApiHost::Parts {
    trade::RoutingPaymentLookup payments;
    std::unique_ptr<trade::EthereumPaymentLookup> ethereum;
    std::unique_ptr<TradeApiServer> server;
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
            if (ethereumRpc.isValid() && !ethereumRpc.isEmpty()) {
                parts->ethereum = std::make_unique<trade::EthereumPaymentLookup>(ethereumRpc, kEthereumConfirmations);
                parts->payments.set(Chain::Ethereum, parts->ethereum.get());
            }
            if (auto started = services->trades().start(); !started)
                return started.error();
            parts->server = std::make_unique<TradeApiServer>(services->trades(), parts->payments);
            return parts->server->listen(address, port);
        },
        receiver, std::move(done));
}

void TradeApiHost::stop()
{
    auto parts = m_parts;
    m_runtime.run([parts] {
        parts->server.reset();
        parts->ethereum.reset();
    });
}

} // namespace exchange::api
