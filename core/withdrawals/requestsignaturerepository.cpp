#include "core/withdrawals/requestsignaturerepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::withdrawals {

Result<void> RequestSignatureRepository::add(std::int64_t withdrawalId, const std::vector<RequestSignature> &signatures)
{
    int position = 0;
    for (const RequestSignature &s : signatures) {
        const std::string_view chain = chainName(s.chain);
        auto added = sql::run(m_db,
                              QStringLiteral("INSERT INTO withdrawal_request_signatures"
                                             " (withdrawal_id, position, chain, signer, signature, payload)"
                                             " VALUES (?, ?, ?, ?, ?, ?)"),
                              {QVariant::fromValue(static_cast<qint64>(withdrawalId)), position++,
                               QString::fromLatin1(chain.data(), static_cast<qsizetype>(chain.size())),
                               QString::fromStdString(s.signer), QString::fromStdString(s.signature),
                               QString::fromStdString(s.payload)});
        if (!added)
            return added.error();
    }
    return {};
}

Result<std::vector<RequestSignature>> RequestSignatureRepository::of(std::int64_t withdrawalId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT chain, signer, signature, payload FROM withdrawal_request_signatures"
                                     " WHERE withdrawal_id = ? ORDER BY position"),
                      {QVariant::fromValue(static_cast<qint64>(withdrawalId))});
    if (!q)
        return q.error();
    std::vector<RequestSignature> signatures;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const auto chain = chainFromName(row.value(0).toString().toStdString());
        if (!chain)
            return Error{ErrorCode::Corrupted,
                         "a request signature of withdrawal " + std::to_string(withdrawalId) + " names no chain"};
        signatures.push_back(RequestSignature{*chain, row.value(1).toString().toStdString(),
                                              row.value(2).toString().toStdString(),
                                              row.value(3).toString().toStdString()});
    }
    return signatures;
}

} // namespace exchange::withdrawals
