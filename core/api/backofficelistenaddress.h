#pragma once
// Where the back-office API listens: HOST:PORT as `exctl serve --backoffice`
// and the console's --backoffice take it. Loopback unless the operator
// allows another address explicitly (--backoffice-allow-remote): the API
// acts for every customer and belongs behind the exchange's own network.

#include "core/base/result.h"

#include <QHostAddress>
#include <QString>

namespace exchange::api {

struct BackOfficeListenAddress {
    QHostAddress host;
    quint16 port = 0; // 0: a free one

    // InvalidInput for anything but an IP address and a port, and for a
    // host that is not loopback unless allowRemote.
    static Result<BackOfficeListenAddress> parse(const QString &text, bool allowRemote);
};

} // namespace exchange::api
