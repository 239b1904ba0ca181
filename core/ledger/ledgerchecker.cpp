#include "core/base/message.h"
#include "core/ledger/ledgerchecker.h"

#include "core/base/clock.h"
#include "core/ledger/ledgerengine.h"
#include "core/ledger/ledgerrepository.h"
#include "core/store/database.h"
#include "core/store/integritycheck.h"
#include "core/store/metarepository.h"
#include "core/store/unitofwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <map>

namespace exchange::ledger {

namespace {

const QString kMetaKey = QStringLiteral("ledger_check");
constexpr size_t kSavedDiscrepancies = 50;

void compareField(std::vector<std::string> &out, const Account &stored, const char *field, Amount table, Amount journal)
{
    if (table != journal)
        out.push_back(Message{MessageId::LedgerAccountDiffers,
                              {stored.key.toString(), field, table.toBaseUnitString(), journal.toBaseUnitString()}}
                          .english());
}

Result<void> compareWithJournal(Database &database, CheckReport &report)
{
    UnitOfWork snapshot(database, UnitOfWork::Access::Read);
    if (auto began = snapshot.began(); !began)
        return began.error();
    LedgerRepository repo(snapshot.db(), database.dialect());
    auto accounts = repo.listAccounts(std::nullopt, std::nullopt, std::nullopt);
    if (!accounts)
        return accounts.error();
    report.accounts = static_cast<std::int64_t>(accounts.value().size());

    // Replay from zero with limits off: the journal is what happened.
    LedgerEngine replay(LedgerEngine::Limits::Ignore);
    replay.reserve(accounts.value().size(), 1024);
    for (const Account &a : accounts.value()) {
        Account zero;
        zero.id = a.id;
        zero.key = a.key;
        zero.flags = a.flags;
        replay.putAccount(zero);
    }
    auto replayed = repo.forEachTransfer([&](const Transfer &t, std::int64_t) {
        ++report.transfers;
        auto applied = replay.apply(t);
        if (!applied)
            report.discrepancies.push_back(
                Message{MessageId::LedgerJournalRefused, {applied.error().message}}.english());
        return true;
    });
    if (!replayed)
        return replayed.error();

    std::map<std::string, std::array<int128, 4>> totals; // per asset: dp, dP, cp, cP
    for (const Account &stored : accounts.value()) {
        const Account *journal = replay.account(stored.id);
        compareField(report.discrepancies, stored, "debits_pending", stored.debitsPending, journal->debitsPending);
        compareField(report.discrepancies, stored, "debits_posted", stored.debitsPosted, journal->debitsPosted);
        compareField(report.discrepancies, stored, "credits_pending", stored.creditsPending, journal->creditsPending);
        compareField(report.discrepancies, stored, "credits_posted", stored.creditsPosted, journal->creditsPosted);
        auto &t = totals[stored.key.asset];
        t[0] += stored.debitsPending.baseUnits();
        t[1] += stored.debitsPosted.baseUnits();
        t[2] += stored.creditsPending.baseUnits();
        t[3] += stored.creditsPosted.baseUnits();
    }
    for (const auto &[asset, t] : totals) {
        if (t[1] != t[3])
            report.discrepancies.push_back(
                Message{MessageId::LedgerPostedUnequal, {asset, int128ToString(t[1]), int128ToString(t[3])}}.english());
        if (t[0] != t[2])
            report.discrepancies.push_back(
                Message{MessageId::LedgerPendingUnequal, {asset, int128ToString(t[0]), int128ToString(t[2])}}.english());
    }
    return {};
}

} // namespace

Result<CheckReport> LedgerChecker::check()
{
    CheckReport report;
    report.checkedAtMs = m_clock.nowMs();
    // The pages and indexes first: a damaged index hides rows from every
    // query, the replay's included, and the journal may not read at all.
    auto integrity = IntegrityCheck(m_database).run(IntegrityCheck::Depth::Full);
    if (!integrity)
        return integrity.error();
    for (const std::string &problem : integrity.value().problems)
        report.discrepancies.push_back(Message{MessageId::LedgerDatabaseDamaged, {problem}}.english());
    if (auto compared = compareWithJournal(m_database, report); !compared) {
        if (!integrity.value().damaged())
            return compared.error();
        report.discrepancies.push_back(
            Message{MessageId::LedgerJournalUnreadable, {compared.error().message}}.english());
    }

    QJsonArray found;
    for (size_t i = 0; i < report.discrepancies.size() && i < kSavedDiscrepancies; ++i)
        found.append(QString::fromStdString(report.discrepancies[i]));
    const QJsonObject summary{{QStringLiteral("at"), static_cast<qint64>(report.checkedAtMs)},
                              {QStringLiteral("transfers"), static_cast<qint64>(report.transfers)},
                              {QStringLiteral("accounts"), static_cast<qint64>(report.accounts)},
                              {QStringLiteral("discrepancy_count"), static_cast<qint64>(report.discrepancies.size())},
                              {QStringLiteral("discrepancies"), found}};
    UnitOfWork work(m_database);
    if (work.isActive()) {
        (void)MetaRepository(work.db()).set(kMetaKey, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
        (void)work.commit();
    }
    return report;
}

Result<std::optional<CheckReport>> LedgerChecker::lastReport() const
{
    auto saved = MetaRepository(m_database.connection()).get(kMetaKey);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return std::optional<CheckReport>();
    const QJsonObject o = QJsonDocument::fromJson(saved.value()->toUtf8()).object();
    CheckReport r;
    r.checkedAtMs = o.value(QStringLiteral("at")).toInteger();
    r.transfers = o.value(QStringLiteral("transfers")).toInteger();
    r.accounts = o.value(QStringLiteral("accounts")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("discrepancies")).toArray())
        r.discrepancies.push_back(v.toString().toStdString());
    const auto count = o.value(QStringLiteral("discrepancy_count")).toInteger();
    if (count > static_cast<qint64>(r.discrepancies.size()))
        r.discrepancies.push_back(Message{MessageId::LedgerMoreDiscrepancies,
                                           {std::to_string(count - static_cast<qint64>(r.discrepancies.size()))}}
                                       .english());
    return std::optional<CheckReport>(r);
}

} // namespace exchange::ledger
