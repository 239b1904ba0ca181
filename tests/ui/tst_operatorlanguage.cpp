// What the core stored in English reaches a German operator in German: a
// background duty's line (written into duty_status by whichever process
// leads, often a headless `exctl serve`) on the Dashboard, a refused trade
// request's reason in the Order book's Log (the API told the client in
// English, and the Log keeps that for copy and export), and a time in the
// language's one format on every screen that shows one.
//
// The German words of the core's messages are the test's own (a small
// translator over the real German one), so that this test checks that the
// screens say the core's English in the operator's language;
// tst_coretext checks that the shipped translations say every message.

#include "core/runtime/coreruntime.h"
#include "core/base/message.h"
#include "core/runtime/coreservices.h"
#include "core/base/dutystatus.h"
#include "core/base/manualclock.h"
#include "core/trade/demomarket.h"
#include "models/dutyboard.h"
#include "models/operatorsession.h"
#include "models/tradelogmodel.h"
#include "testdatabase.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/screens/auditscreen.h"
#include "ui/screens/dashboardscreen.h"
#include "ui/screens/orderbookscreen.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

#include <algorithm>

using namespace exchange;

namespace {

// German for the core's messages this test shows, whatever translations/
// holds today.
class CoreWordsInGerman final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "CoreText") != 0)
            return {};
        if (qstrcmp(source, "%1 read, %2 not: %3") == 0)
            return QStringLiteral("%1 gelesen, %2 nicht: %3");
        if (qstrcmp(source, "missing field %1") == 0)
            return QStringLiteral("Feld %1 fehlt");
        return {};
    }
};

QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

// The language's short date and time with seconds, German: "05.12.26 22:13:07".
const QRegularExpression kGermanTime(QStringLiteral("\\b\\d{2}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}:\\d{2}\\b"));

} // namespace

class TestOperatorLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aDutyLineStoredInEnglishReadsInGerman();
    void aRefusalReadsInGermanAndExportsAsTheClientWasTold();
    void screensShowATimeInOneFormat();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestOperatorLanguage::initTestCase()
{
    QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
    QCoreApplication::installTranslator(new CoreWordsInGerman(QCoreApplication::instance()));
}

void TestOperatorLanguage::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    ManualClock clock(1'700'000'000'000);
    QVERIFY(trade::addDemoMarket(*db, clock).ok()); // three refused requests in the Log
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
    m_session = std::make_unique<OperatorSession>(*m_runtime, m_services->operators());
    m_session->actAs(security::Actor::cli("tester"));
    m_window = std::make_unique<MainWindow>(*m_runtime, *m_services, *m_session);
    m_window->resize(1200, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOperatorLanguage::cleanup()
{
    m_window.reset();
    m_session.reset();
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

void TestOperatorLanguage::aDutyLineStoredInEnglishReadsInGerman()
{
    auto *dashboard = qobject_cast<DashboardScreen *>(m_window->screen(QStringLiteral("dashboard")));
    QVERIFY(dashboard);
    // As the balance reader of an English `exctl serve` wrote it into duty_status.
    const QString english = QStringLiteral("1,200 read, 3 not: the node said no");
    QCOMPARE(dutyWords(MessageId::DutyBalancesPartly, {"1200", "3", "the node said no"}), english);
    m_window->duties()->set(DutyBoard::Kind::Watcher, QStringLiteral("balances"), DutyStatus::down(english));

    const QString german = QStringLiteral("1.200 gelesen, 3 nicht: the node said no");
    // The line of the watchers…
    QStringList labels;
    for (QLabel *label : dashboard->findChildren<QLabel *>())
        labels << plain(label->text());
    const QString all = labels.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("balances: ") + german), qPrintable(all));
    QVERIFY2(!all.contains(english), qPrintable(all));
    // …and the line of what needs an operator, a duty being down.
    const QStringList attention = dashboard->attentionTexts();
    QVERIFY2(std::any_of(attention.begin(), attention.end(), [&](const QString &l) { return l.contains(german); }),
             qPrintable(attention.join(u'\n')));
}

void TestOperatorLanguage::aRefusalReadsInGermanAndExportsAsTheClientWasTold()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the Order book
    auto *orderBook = qobject_cast<OrderBookScreen *>(m_window->screen(QStringLiteral("orderbook")));
    QVERIFY(orderBook);
    QTRY_VERIFY(orderBook->isVisible());
    QAbstractItemModel *log = orderBook->logTable()->model();
    QTRY_COMPARE(log->rowCount(), 3);
    QStringList shown;
    int row = -1;
    for (int r = 0; r < log->rowCount(); ++r) {
        const QModelIndex reason = log->index(r, TradeLogModel::Reason);
        shown << reason.data().toString();
        if (reason.data(TradeLogModel::RawValueRole).toString() == u"missing field receiver_pk")
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(shown.join(u'\n')));
    QCOMPARE(log->index(row, TradeLogModel::Reason).data().toString(), QStringLiteral("Feld receiver_pk fehlt"));
    QCOMPARE(log->index(row, TradeLogModel::Reason).data(Qt::ToolTipRole).toString(), QStringLiteral("Feld receiver_pk fehlt"));
}

void TestOperatorLanguage::screensShowATimeInOneFormat()
{
    // The time of a refusal in the Order book's Log…
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the Order book
    auto *orderBook = qobject_cast<OrderBookScreen *>(m_window->screen(QStringLiteral("orderbook")));
    QVERIFY(orderBook);
    QTRY_VERIFY(orderBook->isVisible());
    QAbstractItemModel *log = orderBook->logTable()->model();
    QTRY_COMPARE(log->rowCount(), 3);
    const QModelIndex time = log->index(0, TradeLogModel::Time);
    const qint64 atMs = time.data(TradeLogModel::RawValueRole).toLongLong();
    const QString logTime = time.data().toString();
    QVERIFY2(kGermanTime.match(logTime).hasMatch(), qPrintable(logTime));

    // …reads the same on the Dashboard, for a duty down since then.
    auto *dashboard = qobject_cast<DashboardScreen *>(m_window->screen(QStringLiteral("dashboard")));
    QVERIFY(dashboard);
    m_window->duties()->set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"),
                            DutyStatus::down(QStringLiteral("the node said no")), atMs);
    const QStringList attention = dashboard->attentionTexts();
    QVERIFY2(std::any_of(attention.begin(), attention.end(), [&](const QString &l) { return l.contains(logTime); }),
             qPrintable(logTime + u'\n' + attention.join(u'\n')));

    // The Audit log's "since" field is written as the screens read.
    auto *audit = qobject_cast<AuditScreen *>(m_window->screen(QStringLiteral("audit")));
    QVERIFY(audit);
    const QString since = audit->sinceEdit()->text();
    QVERIFY2(kGermanTime.match(since).hasMatch(), qPrintable(since));
}

QTEST_MAIN(TestOperatorLanguage)
#include "tst_operatorlanguage.moc"
