#include "core/withdrawals/signerjournalcheck.h"

#include "core/security/signerjournal.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QDateTime>
#include <QTimeZone>

namespace exchange::withdrawals {

std::string SignerJournalCheck::when(std::int64_t atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               .toStdString()
           + " UTC";
}

Result<std::optional<SignerJournalCheck::Finding>> SignerJournalCheck::beforeSigning(const WithdrawalRecord &w,
                                                                                      const std::string &chain,
                                                                                      const std::string &source,
                                                                                      std::int64_t sequence,
                                                                                      bool sequential,
                                                                                      const std::string &request) const
{
    using Found = std::optional<Finding>;
    // A customer's signed bytes stored again under another withdrawal.
    if (const auto paid = m_journal.byRequest(request); paid && paid->withdrawalId != w.id)
        return Found(Finding{"request_replayed",
                             Message{MessageId::SignerCheckRequestReplayed,
                                     {request, std::to_string(paid->withdrawalId), paid->txid, when(paid->atMs)}},
                             paid->txid});
    PayoutRepository payouts(m_db, m_dialect);
    auto known = payouts.ofWithdrawal(w.id);
    if (!known)
        return known.error();
    for (const security::SignerRecord &line : m_journal.forWithdrawal(w.id)) {
        bool explained = false;
        for (const PayoutRecord &p : known.value()) {
            if (p.txid == line.txid)
                explained = true;
        }
        if (explained)
            continue;
        const MessageId id = known.value().empty() ? MessageId::SignerJournalNoPayout : MessageId::SignerJournalOtherPayout;
        return Found(Finding{"journal_payout_unknown", Message{id, {line.txid, when(line.atMs)}}, line.txid});
    }
    if (!sequential)
        return Found();
    for (const security::SignerRecord &line : m_journal.records()) {
        if (line.withdrawalId == w.id || line.chain != chain || line.source != source || line.sequence != sequence)
            continue;
        auto other = payouts.findByTxid(line.txid);
        if (!other)
            return other.error();
        // Refused by the node or expired unseen: never on chain, its
        // sequence was free to take again.
        if (other.value() && other.value()->state == PayoutState::Dropped)
            continue;
        return Found(Finding{"journal_sequence_taken",
                             Message{MessageId::SignerJournalSequenceTaken,
                                     {std::to_string(sequence), std::to_string(line.withdrawalId), when(line.atMs), line.txid}},
                             line.txid});
    }
    return Found();
}

} // namespace exchange::withdrawals
