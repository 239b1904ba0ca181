#include "core/security/auditheadcheck.h"

#include "core/security/auditlog.h"
#include "core/security/exchangeidentity.h"
#include "core/security/signerjournal.h"

#include <QDateTime>
#include <QTimeZone>

namespace exchange::security {

Result<std::optional<Message>> AuditHeadCheck::check(Database &database, const AuditLog &audit, const QString &journalDir)
{
    using Found = std::optional<Message>;
    auto id = ExchangeIdentity::find(database);
    if (!id)
        return id.error();
    if (!id.value() || id.value()->isEmpty())
        return Found();
    auto journal = SignerJournal::openExisting(SignerJournal::pathFor(journalDir, *id.value()), *id.value());
    if (!journal)
        return journal.error();
    if (!journal.value())
        return Found();
    const auto seen = journal.value()->lastAuditHead();
    if (!seen)
        return Found();
    auto now = audit.hashOf(seen->auditSeq);
    if (!now)
        return now.error();
    if (now.value() && *now.value() == seen->auditHash)
        return Found();
    const std::string when = QDateTime::fromMSecsSinceEpoch(seen->atMs, QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 .toStdString()
                             + " UTC";
    return Found(Message{MessageId::AuditChainCutBack, {std::to_string(seen->auditSeq), seen->auditHash, when}});
}

} // namespace exchange::security
