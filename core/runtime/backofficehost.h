#pragma once
// BackOfficeHost: runs the back-office API (api/backofficeserver.h) inside
// the console, on the core thread, on a listener of its own beside the
// trade API's, so that serving requests never touches the GUI thread.

#include "core/base/result.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace exchange {

class CoreRuntime;
class CoreServices;

class BackOfficeHost final
{
public:
    BackOfficeHost(CoreRuntime &runtime, CoreServices &services);
    ~BackOfficeHost();
    Q_DISABLE_COPY_MOVE(BackOfficeHost)

    // Listens on the core thread; `done` runs on receiver's thread with the
    // bound port or why it could not listen.
    void start(const QHostAddress &address, quint16 port, QObject *receiver, std::function<void(Result<quint16>)> done);
    // Closes the server on the core thread (before the runtime stops).
    void stop();

private:
    struct Parts;
    CoreRuntime &m_runtime;
    CoreServices &m_services;
    std::shared_ptr<Parts> m_parts;
};

} // namespace exchange
