#include "core/withdrawals/withdrawaldecisionlog.h"
#include "core/base/message.h"

#include "core/store/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <array>
#include <limits>
#include <optional>
#include <string_view>

namespace exchange::withdrawals {

namespace {

// The audit actions of operators' decisions on a withdrawal and how a
// refusal words each ("was already <words> by alice").
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kDecisions{{
    {"withdrawal.approve", "approved"},
    {"withdrawal.reject", "rejected"},
    {"withdrawal.cancel", "cancelled"},
    {"withdrawal.retry", "retried"},
    {"withdrawal.manual", "sent to manual payout"},
    {"withdrawal.txid", "marked paid by a TxId"},
    {"withdrawal.release_paid", "released from an integrity hold as paid"},
    {"withdrawal.release_reject", "released from an integrity hold as not paid"},
}};

// A withdrawal has a handful of decisions; this bounds a damaged log.
constexpr int kRecordsRead = 16;

struct Decision {
    std::int64_t atMs = 0;
    std::string actor;
    std::string action;
    WithdrawalState before = WithdrawalState::UnderReview;
    WithdrawalState after = WithdrawalState::UnderReview;
    QJsonObject afterValue;
};

std::optional<WithdrawalState> stateIn(const QJsonObject &o)
{
    return withdrawalStateFromName(o.value(QStringLiteral("state")).toString().toStdString());
}

std::string utcTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               .toStdString()
        + " UTC";
}

std::string text(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toString().toStdString();
}

// The newest decision that changed the state (a first approval of two did
// not), or none. One record per query, newest first: the scan back from the
// end of the log stops at the first match (a LIMIT of several would read
// the whole log looking for more); a withdrawal nobody decided on is a scan
// of the whole log until audit_log has an index by object.
Result<std::optional<Decision>> newestDecision(const QSqlDatabase &db, std::int64_t id)
{
    QString actions;
    QVariantList values{QStringLiteral("withdrawal"), QString::number(id)};
    for (const auto &[action, words] : kDecisions) {
        actions += actions.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << QString::fromLatin1(action.data(), static_cast<qsizetype>(action.size()));
    }
    const QString statement = QStringLiteral("SELECT seq, at, actor_name, action, before_value, after_value FROM audit_log"
                                             " WHERE object_type = ? AND object_id = ? AND action IN (%1) AND seq < ?"
                                             " ORDER BY seq DESC LIMIT 1")
                                  .arg(actions);
    qint64 below = std::numeric_limits<qint64>::max();
    for (int read = 0; read < kRecordsRead; ++read) {
        QVariantList bound = values;
        bound << below;
        auto q = sql::run(db, statement, bound);
        if (!q)
            return q.error();
        if (!q.value().next())
            break;
        below = q.value().value(0).toLongLong();
        const QJsonObject before = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value().value(5).toString().toUtf8()).object();
        const auto from = stateIn(before);
        const auto to = stateIn(after);
        if (!from || !to || *from == *to)
            continue;
        return std::optional<Decision>(Decision{q.value().value(1).toLongLong(), q.value().value(2).toString().toStdString(),
                                                q.value().value(3).toString().toStdString(), *from, *to, after});
    }
    return std::optional<Decision>();
}

// The refusal as a message: who decided and when, the reason of a
// rejection and the state now each wrap the message before them, so that
// the console says every part in the operator's language.
Message describe(const WithdrawalRecord &w, const Decision &d)
{
    const std::string subject = std::to_string(w.id);
    const std::string when = utcTime(d.atMs);
    Message said;
    if (d.action == "withdrawal.txid") {
        if (const std::string txid = text(d.afterValue, "txid"); !txid.empty())
            said = Message{MessageId::WithdrawalTxIdUploadedWithTxId, {subject, d.actor, when, txid}};
        else
            said = Message{MessageId::WithdrawalTxIdUploadedBy, {subject, d.actor, when}};
    } else {
        std::string words = "handled";
        for (const auto &[action, wording] : kDecisions) {
            if (d.action == action)
                words = wording;
        }
        std::string by = d.actor;
        // Four eyes: both approvers took the decision.
        const QJsonArray approvers = d.afterValue.value(QStringLiteral("approvals")).toArray();
        if (d.action == "withdrawal.approve" && approvers.size() > 1) {
            by.clear();
            for (qsizetype i = 0; i < approvers.size(); ++i)
                by += (i == 0 ? "" : i + 1 == approvers.size() ? " and " : ", ") + approvers.at(i).toString().toStdString();
        }
        said = Message{MessageId::WithdrawalAlreadyDecided, {subject, words, by, when}};
        if (d.action == "withdrawal.reject") {
            if (const std::string reason = text(d.afterValue, "note"); !reason.empty())
                said = Message{MessageId::WithdrawalDecidedReason, {said.english(), reason}};
        }
    }
    if (w.state != d.after)
        said = Message{MessageId::WithdrawalDecidedStateNow, {said.english(), std::string(withdrawalStateName(w.state))}};
    return said;
}

} // namespace

Result<std::optional<WithdrawalDecision>> WithdrawalDecisionLog::newest(std::int64_t id) const
{
    auto decision = newestDecision(m_db, id);
    if (!decision)
        return decision.error();
    if (!decision.value())
        return std::optional<WithdrawalDecision>();
    const Decision &d = *decision.value();
    return std::optional<WithdrawalDecision>(WithdrawalDecision{d.atMs, d.actor, d.action, d.before, d.after});
}

Result<WithdrawalState> WithdrawalDecisionLog::nextState(const WithdrawalRecord &w, WithdrawalEvent event) const
{
    auto next = nextWithdrawalState(w.state, event);
    if (next)
        return next;
    return refusal(w, event, next.error());
}

Error WithdrawalDecisionLog::refusal(const WithdrawalRecord &w, WithdrawalEvent event, const Error &wrongState) const
{
    auto decision = newestDecision(m_db, w.id);
    if (!decision || !decision.value())
        return wrongState;
    const Decision &d = *decision.value();
    // Only a decision that took the step away explains the refusal: one
    // that left it possible (an approval before a cancel that the payout
    // then made impossible) does not.
    if (!nextWithdrawalState(d.before, event) || nextWithdrawalState(d.after, event))
        return wrongState;
    const Message said = describe(w, d);
    return makeError(ErrorCode::WrongState, said.id, said.args);
}

} // namespace exchange::withdrawals
