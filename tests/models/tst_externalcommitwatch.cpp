// ExternalCommitWatch on the backend of the run. SQLite: a commit by
// another connection (here the test's own Database on the same file, as
// exctl would be) is heard within a few intervals and every topic is
// announced with an empty key, so every screen reads again; a commit made
// on the core thread (this process's services) is not announced twice; and
// the Withdrawals model shows a withdrawal that another process requested.
// PostgreSQL: nothing is polled (the change feed says what changed).

#include "core/base/changenotifier.h"
#include "core/money/asset.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/externalcommitwatch.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "models/withdrawalsmodel.h"
#include "testcore.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace exchange;

namespace {

constexpr int kInterval = 50;

int announcements(const QSignalSpy &spy, ChangeNotifier::Topic topic)
{
    int n = 0;
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<ChangeNotifier::Topic>() == topic && args.at(1).toString().isEmpty())
            ++n;
    }
    return n;
}

} // namespace

class TestExternalCommitWatch : public QObject
{
    Q_OBJECT
private slots:
    void anotherProcessesCommitIsHeard();
};

void TestExternalCommitWatch::anotherProcessesCommitIsHeard()
{
    TestCore core;
    QVERIFY2(core.failure().isEmpty(), qPrintable(core.failure()));
    ExternalCommitWatch watch(core.runtime(), core.services(), kInterval);
    QSignalSpy spy(&core.services().notifier(), &ChangeNotifier::changed);
    watch.start();
    QTest::qWait(3 * kInterval); // the first version, to compare with

    // This process writes on its core thread: its services announce it; the watch does not.
    std::atomic<bool> written = false;
    core.runtime().post(
        [&core] {
            return MetaRepository(core.services().database().connection()).set(QStringLiteral("test.local"), QStringLiteral("1"));
        },
        this, [&written](Result<void>) { written = true; });
    QTRY_VERIFY(written.load());
    QTest::qWait(6 * kInterval);
    QCOMPARE(watch.heard(), quint64(0));
    QCOMPARE(spy.count(), 0);

    // Another process (its own connection to the same database) requests a withdrawal.
    WithdrawalsModel model(core.runtime(), core.services(), core.session());
    model.setView(WithdrawalsModel::View::Processing); // within the limits, it goes to the payout
    QTRY_VERIFY(model.isLoaded() && !model.isLoading());
    const int before = model.matchCount();
    auto other = Database::open(core.database().url());
    QVERIFY2(other.ok(), other.ok() ? "" : other.error().message.c_str());
    {
        CoreServices elsewhere(std::move(other).value());
        const Asset xlm = *nativeAsset("XLM");
        QVERIFY(elsewhere.auditedLedger()
                    .adjust(security::Actor::cli("exctl"), 3, "XLM", xlm.parse("500").value(), "test funds", "test:external")
                    .ok());
        QCOMPARE(elsewhere.withdrawals()
                    .request(security::Actor::cli("exctl"), 3, "XLM", "GCKGC5P3SFVCJNIEFHNOQGDT2Z7VFSLHKG24LFCA6JLUOCORVU5EYI6O",
                             xlm.parse("400").value())
                    .value().state,
                 withdrawals::WithdrawalState::Processing);
        elsewhere.database().releaseThreadConnection();
    }
    if (core.database().isPostgres()) {
        // No feed listener here: nothing is heard, nothing polled.
        QTest::qWait(6 * kInterval);
        QCOMPARE(watch.heard(), quint64(0));
        return;
    }
    QTRY_VERIFY(watch.heard() >= 1);
    QVERIFY(announcements(spy, ChangeNotifier::Topic::Withdrawal) >= 1);
    QVERIFY(announcements(spy, ChangeNotifier::Topic::Ledger) >= 1);
    QTRY_COMPARE(model.matchCount(), before + 1);
}

QTEST_MAIN(TestExternalCommitWatch)
#include "tst_externalcommitwatch.moc"
