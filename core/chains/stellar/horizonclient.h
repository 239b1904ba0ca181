#pragma once
// HorizonClient: plain requests to Stellar Horizon's REST API, waited for
// synchronously (an event loop runs meanwhile): for exctl and a worker
// thread, never the GUI thread. It only carries requests: any HTTP answer
// comes back with its status and body (a 404 or a 400 with
// extras.result_codes is an answer the caller reads); an error only when
// there is no HTTP answer at all (unreachable, timed out), as Unavailable.
// Horizon's own helpers for the answers it gives live beside it: its
// amounts are decimal strings, read exactly, never through a double.

#include "core/base/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <string>

class QNetworkAccessManager;

namespace exchange::stellar {

class HorizonClient final : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        int status = 0;
        QByteArray body;
    };

    explicit HorizonClient(QUrl baseUrl, QObject *parent = nullptr);
    ~HorizonClient() override;
    Q_DISABLE_COPY_MOVE(HorizonClient)

    // GET base + path (?query).
    Result<Answer> get(const QString &path, const QUrlQuery &query = {});
    // POST /transactions with tx=<base64 envelope>, form-encoded, as Horizon
    // takes a transaction.
    Result<Answer> submit(const std::string &envelopeBase64);
    // POST /transactions_async, the same form: Horizon answers at once
    // (201 PENDING, 409 DUPLICATE, 400 ERROR with error_result_xdr, 503
    // TRY_AGAIN_LATER) instead of waiting for the transaction's ledger.
    Result<Answer> submitAsync(const std::string &envelopeBase64);

    const QUrl &url() const { return m_url; }
    // Horizon holds a submission up to 30 s waiting for its ledger.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    Result<Answer> wait(const QString &path, const QUrlQuery &query, const QByteArray *form);

    QUrl m_url;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 40000;
};

} // namespace exchange::stellar
