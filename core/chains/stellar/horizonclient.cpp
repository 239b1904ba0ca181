#include "core/chains/stellar/horizonclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace exchange::stellar {

HorizonClient::HorizonClient(QUrl baseUrl, QObject *parent)
    : QObject(parent), m_url(std::move(baseUrl)), m_network(new QNetworkAccessManager(this))
{
}

HorizonClient::~HorizonClient() = default;

Result<HorizonClient::Answer> HorizonClient::get(const QString &path, const QUrlQuery &query)
{
    return wait(path, query, nullptr);
}

Result<HorizonClient::Answer> HorizonClient::submit(const std::string &envelopeBase64)
{
    // Base64's '+', '/' and '=' percent-encoded: a form's '+' is a space.
    const QByteArray body = "tx=" + QUrl::toPercentEncoding(QString::fromStdString(envelopeBase64));
    return wait(QStringLiteral("/transactions"), {}, &body);
}

Result<HorizonClient::Answer> HorizonClient::submitAsync(const std::string &envelopeBase64)
{
    const QByteArray body = "tx=" + QUrl::toPercentEncoding(QString::fromStdString(envelopeBase64));
    return wait(QStringLiteral("/transactions_async"), {}, &body);
}

Result<HorizonClient::Answer> HorizonClient::wait(const QString &path, const QUrlQuery &query, const QByteArray *form)
{
    QUrl url = m_url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (form) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, *form);
    } else {
        reply = m_network->get(request);
    }
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return Error{ErrorCode::Unavailable, "Horizon at " + m_url.toString(QUrl::RemoveUserInfo).toStdString()
                                                 + " could not be reached (" + reply->errorString().toStdString() + ")"};
    return Answer{status.toInt(), reply->readAll()};
}

} // namespace exchange::stellar
