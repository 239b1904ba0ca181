#include "core/api/backofficelistenaddress.h"

namespace exchange::api {

Result<BackOfficeListenAddress> BackOfficeListenAddress::parse(const QString &text, bool allowRemote)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString hostText = text.left(colon);
    if (hostText.startsWith(u'[') && hostText.endsWith(u']'))
        hostText = hostText.mid(1, hostText.size() - 2);
    const QHostAddress host(hostText);
    if (colon <= 0 || !portOk || port > 65535 || host.isNull())
        return Error{ErrorCode::InvalidInput, "--backoffice takes HOST:PORT with an IP address, e.g. 127.0.0.1:8081"};
    if (!host.isLoopback() && !allowRemote)
        return Error{ErrorCode::InvalidInput, "--backoffice " + text.toStdString()
                                                  + " is not a loopback address: the back-office API acts for every"
                                                    " customer; add --backoffice-allow-remote to listen there anyway"};
    return BackOfficeListenAddress{host, static_cast<quint16>(port)};
}

} // namespace exchange::api
