#pragma once
// ApiWithdrawalRequest: a back-office API client's signed request for a
// withdrawal (POST /v1/customers/{external_id}/withdrawals) as the server
// received and verified it: every part of the canonical string the client
// signed (docs/backoffice-api.md), the body's exact bytes and the
// signature as sent. Kept with the withdrawal in its own transaction, so
// that the payout signer verifies the client's request again instead of
// believing the withdrawal's row (DESIGN.md: "Trust the signer, not the rows").

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace exchange::withdrawals {

struct ApiWithdrawalRequest {
    std::int64_t withdrawalId = 0;
    QString client;       // the X-Client name; the withdrawal's requester is "api:<client>"
    QByteArray method;    // "POST"
    QByteArray target;    // the path with its query, as on the request line
    QByteArray timestamp; // X-Timestamp, as sent
    QByteArray nonce;     // X-Nonce, as sent
    QByteArray body;      // the JSON body's bytes (UTF-8)
    QByteArray signature; // X-Signature, base64 as sent

    friend bool operator==(const ApiWithdrawalRequest &, const ApiWithdrawalRequest &) = default;
};

} // namespace exchange::withdrawals
