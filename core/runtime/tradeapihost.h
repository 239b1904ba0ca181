#pragma once
// TradeApiHost: runs the trade API inside the console, on the core thread
// (where the trade service lives), so that serving orders never touches the
// GUI thread. Funding payments are checked through the chain nodes of the
// chain settings (an Ethereum RPC URL given here overrides that one);
// chains without a node answer 503.

#include "core/base/result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace exchange {

class CoreRuntime;
class CoreServices;

class TradeApiHost final
{
public:
    TradeApiHost(CoreRuntime &runtime, CoreServices &services);
    ~TradeApiHost();
    Q_DISABLE_COPY_MOVE(TradeApiHost)

    // Listens on the core thread; `done` runs on receiver's thread with the
    // bound port or why it could not listen.
    void start(const QHostAddress &address, quint16 port, const QUrl &ethereumRpc, QObject *receiver,
               std::function<void(Result<quint16>)> done);
    // Closes the server on the core thread (before the runtime stops).
    void stop();

private:
    struct Parts;
    CoreRuntime &m_runtime;
    CoreServices &m_services;
    std::shared_ptr<Parts> m_parts;
};

} // namespace exchange
