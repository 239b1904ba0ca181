// The Audit log screen offscreen, through its controls: it opens with
// Ctrl+9 and lists the records the store holds; typing a name in the "who"
// field and pressing Enter (or choosing an action, or clearing the field and
// clicking Apply filter) shows exactly the store's records for that filter;
// Verify chain reports the chain intact with the store's record count and
// head hash, and, once a record is edited behind the log's back, broken at
// that record.

#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "models/auditlogmodel.h"
#include "testcore.h"
#include "ui/mainwindow.h"
#include "ui/screens/auditscreen.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace exchange;
using exchange::security::AuditEntry;
using exchange::security::AuditFilter;

class TestAuditScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheStoredRecords();
    void actorFilterShowsOnlyThatActorsRecords();
    void verifyReportsTheChainIntact();
    void verifyNamesTheEditedRecord();
    void aRecordAfterTheCheckMarksTheChainLineStale();

private:
    std::vector<AuditEntry> stored(const AuditFilter &filter = {}) const;
    QSet<qint64> shownSeqs() const;
    bool onlyActorShown(const QString &actor) const;
    QLabel *countLabel() const;
    AuditLogModel *model() const;

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    AuditScreen *m_screen = nullptr;
};

void TestAuditScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered columns and geometry in a test location
}

void TestAuditScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
    m_screen = qobject_cast<AuditScreen *>(m_window->screen(QStringLiteral("audit")));
    QVERIFY(m_screen);
    QTRY_VERIFY(m_screen->isVisible());
    QVERIFY(!stored().empty());
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), int(stored().size()));
}

void TestAuditScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
}

std::vector<AuditEntry> TestAuditScreen::stored(const AuditFilter &filter) const
{
    auto entries = m_core->services().audit().list(filter);
    if (!entries.ok()) {
        qWarning("the audit log could not be read: %s", entries.error().message.c_str());
        return {};
    }
    return std::move(entries).value();
}

QSet<qint64> TestAuditScreen::shownSeqs() const
{
    QSet<qint64> seqs;
    const QAbstractItemModel *rows = m_screen->table()->model();
    for (int row = 0; row < rows->rowCount(); ++row)
        seqs.insert(rows->index(row, AuditLogModel::Seq).data().toString().toLongLong());
    return seqs;
}

bool TestAuditScreen::onlyActorShown(const QString &actor) const
{
    const QAbstractItemModel *rows = m_screen->table()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, AuditLogModel::Actor).data().toString() != actor)
            return false;
    }
    return true;
}

// The line under the table ("N record(s) shown"); the screen has no accessor.
QLabel *TestAuditScreen::countLabel() const
{
    static const QRegularExpression shown(QStringLiteral("^\\d+ record"));
    const QList<QLabel *> labels = m_screen->findChildren<QLabel *>();
    const auto found = std::find_if(labels.begin(), labels.end(),
                                    [](const QLabel *l) { return shown.match(l->text()).hasMatch(); });
    return found == labels.end() ? nullptr : *found;
}

// The screen's model, behind the table's sort proxy.
AuditLogModel *TestAuditScreen::model() const
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_screen->table()->model());
    return proxy ? qobject_cast<AuditLogModel *>(proxy->sourceModel()) : nullptr;
}

static QSet<qint64> seqsOf(const std::vector<AuditEntry> &entries)
{
    QSet<qint64> seqs;
    for (const AuditEntry &e : entries)
        seqs.insert(e.seq);
    return seqs;
}

void TestAuditScreen::listsTheStoredRecords()
{
    const std::vector<AuditEntry> all = stored();
    QTRY_COMPARE(shownSeqs(), seqsOf(all));
    // Newest first, with who and what as stored.
    const QAbstractItemModel *rows = m_screen->table()->model();
    QCOMPARE(rows->index(0, AuditLogModel::Seq).data().toString(), QString::number(all.front().seq));
    QCOMPARE(rows->index(0, AuditLogModel::Actor).data().toString(), QString::fromStdString(all.front().actorName));
    QCOMPARE(rows->index(0, AuditLogModel::Action).data().toString(), QString::fromStdString(all.front().action));
    const int last = rows->rowCount() - 1;
    QCOMPARE(rows->index(last, AuditLogModel::Seq).data().toString(), QString::number(all.back().seq));
    QTRY_VERIFY(countLabel() != nullptr);
    QCOMPARE(countLabel()->text(), QStringLiteral("%1 record(s) shown").arg(all.size()));
    // A withdrawal is "Withdrawal #N" here as in the ledger and the details.
    int withdrawals = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const auto &e = all.at(static_cast<size_t>(row));
        if (e.objectType != "withdrawal")
            continue;
        ++withdrawals;
        QCOMPARE(rows->index(row, AuditLogModel::Object).data().toString(),
                 QStringLiteral("Withdrawal #%1").arg(QString::fromStdString(e.objectId)));
    }
    QVERIFY(withdrawals > 0);
}

void TestAuditScreen::actorFilterShowsOnlyThatActorsRecords()
{
    // The demo data signs the approver in and enrols their authenticator.
    AuditFilter byApprover;
    byApprover.actorName = "approver";
    const std::vector<AuditEntry> approvers = stored(byApprover);
    QVERIFY(approvers.size() >= 2);
    QVERIFY(approvers.size() < stored().size());
    QVERIFY(std::any_of(approvers.begin(), approvers.end(), [](const AuditEntry &e) { return e.action == "login"; }));
    QVERIFY(std::any_of(approvers.begin(), approvers.end(),
                        [](const AuditEntry &e) { return e.action == "operator.totp_enrol"; }));

    QLineEdit *who = m_screen->actorFilter();
    QTest::mouseClick(who, Qt::LeftButton);
    QTest::keyClicks(who, QStringLiteral("approver"));
    QTest::keyClick(who, Qt::Key_Return);
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), int(approvers.size()));
    QVERIFY(onlyActorShown(QStringLiteral("approver")));
    QCOMPARE(shownSeqs(), seqsOf(approvers));
    QTRY_COMPARE(countLabel()->text(), QStringLiteral("%1 record(s) shown").arg(approvers.size()));

    // Narrowed further by an action from the list, picked with the keyboard.
    QComboBox *what = m_screen->actionFilter();
    const int login = what->findText(QStringLiteral("login"));
    QVERIFY(login > 0);
    what->setFocus();
    while (what->currentIndex() < login) {
        const int before = what->currentIndex();
        QTest::keyClick(what, Qt::Key_Down);
        QVERIFY(what->currentIndex() > before);
    }
    QCOMPARE(what->currentText(), QStringLiteral("login"));
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);
    AuditFilter approverLogins = byApprover;
    approverLogins.action = "login";
    const std::vector<AuditEntry> logins = stored(approverLogins);
    QVERIFY(!logins.empty());
    QVERIFY(logins.size() < approvers.size());
    QTRY_COMPARE(shownSeqs(), seqsOf(logins));
    QVERIFY(onlyActorShown(QStringLiteral("approver")));

    // Back to everything: clear the field and the action, click Apply filter.
    who->clear();
    what->setCurrentIndex(0);
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(shownSeqs(), seqsOf(stored()));

    // A name nobody has shows nothing.
    QTest::keyClicks(who, QStringLiteral("nobody-of-that-name"));
    QTest::keyClick(who, Qt::Key_Enter);
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), 0);
    QTRY_COMPARE(countLabel()->text(), QStringLiteral("0 record(s) shown"));
}

void TestAuditScreen::verifyReportsTheChainIntact()
{
    QTRY_VERIFY(m_screen->chainLabel()->text().startsWith(QStringLiteral("Audit chain intact")));
    QSignalSpy checked(model(), &AuditLogModel::chainChecked);
    QVERIFY(m_screen->verifyButton()->isEnabled());
    QTest::mouseClick(m_screen->verifyButton(), Qt::LeftButton);
    // The click starts a check at once; the verdict follows from the core thread.
    QVERIFY(checked.count() >= 1);
    QCOMPARE(checked.at(0).at(0).value<AuditLogModel::ChainState>(), AuditLogModel::ChainState::Checking);
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(checked.at(1).at(0).value<AuditLogModel::ChainState>(), AuditLogModel::ChainState::Intact);
    QVERIFY(m_screen->chainLabel()->text().startsWith(QStringLiteral("Audit chain intact")));
    const std::vector<AuditEntry> all = stored();
    const QString text = m_screen->chainLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Audit chain intact, verified at ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(": %1 record(s) (#1 to #%1).").arg(all.size())), qPrintable(text));
    QVERIFY2(text.contains(QString::fromStdString(all.front().hash).left(16)), qPrintable(text));
    const auto verification = m_core->services().audit().verify();
    QVERIFY(verification.ok());
    QVERIFY(verification.value().intact);
    QCOMPARE(verification.value().records, qint64(all.size()));
}

// The chain line never contradicts the records shown: one that arrives after
// the check is counted as not verified yet, until Verify chain covers it.
void TestAuditScreen::aRecordAfterTheCheckMarksTheChainLineStale()
{
    QTRY_VERIFY(m_screen->chainLabel()->text().startsWith(QStringLiteral("Audit chain intact")));
    const qint64 before = qint64(stored().size());
    QVERIFY(m_screen->chainLabel()->text().contains(QStringLiteral("(#1 to #%1)").arg(before)));
    QVERIFY(!model()->chainStale());
    QVERIFY(m_core->services().audit().record(security::Actor::cli("later"), "test.later", "test", "1").ok());
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), int(before + 1));
    QTRY_VERIFY2(m_screen->chainLabel()->text().contains(QStringLiteral("1 record(s) shown arrived after that")),
                 qPrintable(m_screen->chainLabel()->text()));
    QVERIFY(m_screen->chainLabel()->text().contains(QStringLiteral("(#1 to #%1)").arg(before)));
    QVERIFY(model()->chainStale());
    QTest::mouseClick(m_screen->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY2(m_screen->chainLabel()->text().contains(QStringLiteral("(#1 to #%1)").arg(before + 1)),
                 qPrintable(m_screen->chainLabel()->text()));
    QVERIFY(!m_screen->chainLabel()->text().contains(QStringLiteral("not verified")));
    QVERIFY(!model()->chainStale());
}

void TestAuditScreen::verifyNamesTheEditedRecord()
{
    QTRY_VERIFY(m_screen->chainLabel()->text().startsWith(QStringLiteral("Audit chain intact")));
    // Edit one of the approver's records, in the middle of the chain, as an
    // attacker with the database owner's rights would: triggers off first.
    AuditFilter byApprover;
    byApprover.actorName = "approver";
    const std::vector<AuditEntry> approvers = stored(byApprover);
    QVERIFY(!approvers.empty());
    const qint64 seq = approvers.back().seq;
    QVERIFY(seq < stored().front().seq);
    Database &database = m_core->services().database();
    const QString disable = database.dialect().isSQLite()
        ? QStringLiteral("DROP TRIGGER audit_log_no_update")
        : QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
    QVERIFY(sql::execute(database.connection(), disable).ok());
    QVERIFY(sql::run(database.connection(), QStringLiteral("UPDATE audit_log SET actor_name = ? WHERE seq = ?"),
                     {QStringLiteral("mallory"), seq})
                .ok());
    const auto verification = m_core->services().audit().verify();
    QVERIFY(verification.ok());
    QVERIFY(!verification.value().intact);
    QCOMPARE(verification.value().firstBadSeq, std::optional<qint64>(seq));

    QTest::mouseClick(m_screen->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY(m_screen->chainLabel()->text().startsWith(QStringLiteral("Audit chain BROKEN")));
    QVERIFY2(m_screen->chainLabel()->text().startsWith(QStringLiteral("Audit chain BROKEN at record %1:").arg(seq)),
             qPrintable(m_screen->chainLabel()->text()));
    QVERIFY(model());
    QCOMPARE(model()->chainState(), AuditLogModel::ChainState::Broken);
}

QTEST_MAIN(TestAuditScreen)
#include "tst_auditscreen.moc"
