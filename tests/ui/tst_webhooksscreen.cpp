// The Webhooks screen offscreen, through its controls, on both stores: it
// opens from the Go menu and shows the deliveries not getting through; the
// Show choice lists every delivery; an admin selects the failed delivery,
// clicks Retry, reads in the confirmation what is sent where, confirms, and
// the row becomes failing (open) and due now with an audit record (the
// buttons are there before the admin gave a code: it is asked as the retry
// runs); Cancel
// changes nothing; a viewer finds both buttons disabled with the reason.

#include "core/runtime/coreservices.h"
#include "core/security/actor.h"
#include "core/store/sql.h"
#include "models/operatorsession.h"
#include "models/webhookdeliveriesmodel.h"
#include "testcore.h"
#include "testwebhooks.h"
#include "ui/mainwindow.h"
#include "ui/screens/webhooksscreen.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace exchange;
using Model = WebhookDeliveriesModel;
using State = WebhookDeliveriesModel::DeliveryState;

class TestWebhooksScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheGoMenuWithTheDeliveriesNotGettingThrough();
    void showAllListsEveryDelivery();
    void anAdminRetriesTheFailedDeliveryAfterConfirming();
    void cancelSendsNothing();
    void aViewerCannotRetry();

private:
    int shownRowOf(qint64 id) const;
    bool selectDelivery(qint64 id);
    QMessageBox *confirmation() const;
    qint64 auditCount(const QString &action);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    WebhooksScreen *m_screen = nullptr;
    TestWebhooks m_hooks;
};

void TestWebhooksScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered columns and geometry in a test location
}

void TestWebhooksScreen::init()
{
    m_core = std::make_unique<TestCore>(TestCore::Data::Empty);
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_hooks = addTestWebhooks(m_core->services().database());
    // Signed in as an admin who gives a code when the retry runs, not before.
    security::Actor admin = m_core->session().actor();
    admin.secondFactor = false;
    m_core->session().actAs(admin);
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_screen = qobject_cast<WebhooksScreen *>(m_window->screen(QStringLiteral("webhooks")));
    QVERIFY(m_screen);
}

void TestWebhooksScreen::cleanup()
{
    m_window.reset();
    m_screen = nullptr;
    m_core.reset();
}

int TestWebhooksScreen::shownRowOf(qint64 id) const
{
    const QAbstractItemModel *shown = m_screen->table()->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        if (shown->index(r, 0).data(Model::DeliveryIdRole).toLongLong() == id)
            return r;
    }
    return -1;
}

bool TestWebhooksScreen::selectDelivery(qint64 id)
{
    if (!QTest::qWaitFor([&] { return shownRowOf(id) >= 0; }, 5000))
        return false;
    m_screen->table()->selectRow(shownRowOf(id));
    return true;
}

QMessageBox *TestWebhooksScreen::confirmation() const
{
    return m_screen->findChild<QMessageBox *>(QStringLiteral("confirmWebhookRetry"));
}

qint64 TestWebhooksScreen::auditCount(const QString &action)
{
    auto q = sql::run(m_core->services().database().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                      {action});
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

void TestWebhooksScreen::opensFromTheGoMenuWithTheDeliveriesNotGettingThrough()
{
    QAction *go = nullptr;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        for (QAction *item : menu->actions()) {
            if (item->text() == QStringLiteral("Webhooks"))
                go = item;
        }
    }
    QVERIFY(go);
    go->trigger();
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("webhooks"));
    QTRY_VERIFY(m_screen->isVisible());
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), 2);
    QVERIFY(shownRowOf(m_hooks.failed) >= 0);
    QVERIFY(shownRowOf(m_hooks.failing) >= 0);
    QTRY_VERIFY2(m_screen->summaryLabel()->text().contains(QStringLiteral("1 being retried, 1 failed")),
                 qPrintable(m_screen->summaryLabel()->text()));
    QVERIFY(m_screen->retryAllButton()->isEnabled());
    m_screen->table()->clearSelection();
    QVERIFY(!m_screen->retryButton()->isEnabled()); // nothing selected
}

void TestWebhooksScreen::showAllListsEveryDelivery()
{
    m_window->showScreen(QStringLiteral("webhooks"));
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), 2);
    m_screen->showCombo()->setCurrentIndex(m_screen->showCombo()->findData(static_cast<int>(Model::Show::All)));
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), 4);
    // Delivered and waiting ones are not retried.
    QVERIFY(selectDelivery(m_hooks.delivered));
    QVERIFY(!m_screen->retryButton()->isEnabled());
    QVERIFY(selectDelivery(m_hooks.waiting));
    QVERIFY(!m_screen->retryButton()->isEnabled());
    QVERIFY(selectDelivery(m_hooks.failing));
    QVERIFY(m_screen->retryButton()->isEnabled());
}

void TestWebhooksScreen::anAdminRetriesTheFailedDeliveryAfterConfirming()
{
    m_window->showScreen(QStringLiteral("webhooks"));
    QVERIFY(selectDelivery(m_hooks.failed));
    QVERIFY(m_screen->retryButton()->isEnabled());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(m_screen->retryButton(), Qt::LeftButton);
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    // What goes where: the event, its receiver's client and URL.
    const QString text = confirmation()->text();
    QVERIFY2(text.contains(TestWebhooks::kUrl) && text.contains(QStringLiteral("webapp"))
                 && text.contains(QStringLiteral("customer.updated")) && text.contains(QStringLiteral("evt_")),
             qPrintable(text));
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QTRY_COMPARE(auditCount(QStringLiteral("webhook_delivery.retry")), qint64{1});
    const QAbstractItemModel *shown = m_screen->table()->model();
    QTRY_COMPARE(shown->index(shownRowOf(m_hooks.failed), Model::State).data(Model::StateRole).toInt(), int(State::Failing));
    const qint64 next = shown->index(shownRowOf(m_hooks.failed), Model::When).data(Model::RawValueRole).toLongLong();
    QVERIFY(next >= before && next <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(m_screen->messageBar()->text().contains(QString::number(m_hooks.failed)), qPrintable(m_screen->messageBar()->text()));
    QVERIFY(!m_screen->messageBar()->isError());
    QTRY_VERIFY(!m_screen->retryAllButton()->isEnabled()); // none failed now
}

void TestWebhooksScreen::cancelSendsNothing()
{
    m_window->showScreen(QStringLiteral("webhooks"));
    QTRY_VERIFY(m_screen->retryAllButton()->isEnabled());
    QTest::mouseClick(m_screen->retryAllButton(), Qt::LeftButton);
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    QVERIFY2(confirmation()->text().contains(QStringLiteral("webapp: ") + TestWebhooks::kUrl), qPrintable(confirmation()->text()));
    QTest::mouseClick(confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!confirmation());
    QTest::qWait(200);
    QCOMPARE(auditCount(QStringLiteral("webhook_delivery.retry_all")), qint64{0});
    QCOMPARE(m_screen->table()->model()->index(shownRowOf(m_hooks.failed), Model::State).data(Model::StateRole).toInt(),
             int(State::Failed));
}

void TestWebhooksScreen::aViewerCannotRetry()
{
    m_window->showScreen(QStringLiteral("webhooks"));
    m_core->session().actAs(security::Actor::fromOperator(9, "vera", security::Role::Viewer));
    QVERIFY(selectDelivery(m_hooks.failed));
    QTRY_VERIFY(m_screen->table()->model()->rowCount() == 2);
    QVERIFY(!m_screen->retryButton()->isEnabled());
    QVERIFY(!m_screen->retryAllButton()->isEnabled());
    QVERIFY(m_screen->retryButton()->toolTip().contains(QStringLiteral("Only an admin")));
    QVERIFY(m_screen->retryAllButton()->toolTip().contains(QStringLiteral("Only an admin")));
    // The keyboard shortcut does not get round it.
    m_screen->retrySelected();
    QVERIFY(!confirmation());
    QCOMPARE(auditCount(QStringLiteral("webhook_delivery.retry")), qint64{0});
}

QTEST_MAIN(TestWebhooksScreen)
#include "tst_webhooksscreen.moc"
