// WebhookDeliveriesModel against a real store (SQLite and PostgreSQL): one
// delivery in each state (delivered, failing, failed, waiting); the default
// filter shows the ones not getting through, newest first; each filter
// shows exactly its deliveries; each row says its state, its last answer
// and its next or final time; an admin's retry of the failed one makes it
// open and due now, with an audit record; a viewer's retry is refused and
// changes nothing. Every change under QAbstractItemModelTester.

#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/store/sql.h"
#include "models/operatorsession.h"
#include "models/webhookdeliveriesmodel.h"
#include "testcore.h"
#include "testwebhooks.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using Model = WebhookDeliveriesModel;
using State = WebhookDeliveriesModel::DeliveryState;
using Show = WebhookDeliveriesModel::Show;

class TestWebhookDeliveriesModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheDeliveriesNotGettingThroughNewestFirst();
    void eachFilterShowsExactlyItsDeliveries_data();
    void eachFilterShowsExactlyItsDeliveries();
    void retryOnlyForFailingAndFailed();
    void anAdminsRetryMakesTheFailedOneDueNowAndIsAudited();
    void aViewersRetryIsRefusedAndChangesNothing();

private:
    std::vector<qint64> shownIds(const Model &model) const;
    int rowOf(const Model &model, qint64 id) const;
    void waitLoaded(Model &model);
    qint64 auditCount(const QString &action);

    std::unique_ptr<TestCore> m_core;
    TestWebhooks m_hooks;
};

void TestWebhookDeliveriesModel::init()
{
    m_core = std::make_unique<TestCore>(TestCore::Data::Empty);
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_hooks = addTestWebhooks(m_core->services().database());
}

void TestWebhookDeliveriesModel::cleanup()
{
    m_core.reset();
}

std::vector<qint64> TestWebhookDeliveriesModel::shownIds(const Model &model) const
{
    std::vector<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.push_back(model.index(r, 0).data(Model::DeliveryIdRole).toLongLong());
    return ids;
}

int TestWebhookDeliveriesModel::rowOf(const Model &model, qint64 id) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(Model::DeliveryIdRole).toLongLong() == id)
            return r;
    }
    return -1;
}

void TestWebhookDeliveriesModel::waitLoaded(Model &model)
{
    QTRY_VERIFY(model.isLoaded());
}

qint64 TestWebhookDeliveriesModel::auditCount(const QString &action)
{
    auto q = sql::run(m_core->services().database().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                      {action});
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

void TestWebhookDeliveriesModel::showsTheDeliveriesNotGettingThroughNewestFirst()
{
    Model model(m_core->runtime(), m_core->services(), m_core->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    QCOMPARE(model.show(), Show::NotThrough);
    QCOMPARE(shownIds(model), (std::vector<qint64>{m_hooks.failed, m_hooks.failing}));
    QCOMPARE(model.failingCount(), qint64{1});
    QCOMPARE(model.failedCount(), qint64{1});

    const int failed = rowOf(model, m_hooks.failed);
    QCOMPARE(model.index(failed, Model::EventType).data().toString(), QStringLiteral("customer.updated"));
    QVERIFY(model.index(failed, Model::Object).data().toString().startsWith(QStringLiteral("customer #")));
    QCOMPARE(model.index(failed, Model::Client).data().toString(), QStringLiteral("webapp"));
    QCOMPARE(model.index(failed, Model::Url).data().toString(), TestWebhooks::kUrl);
    QCOMPARE(model.index(failed, Model::Attempts).data().toInt(), 14);
    QCOMPARE(model.index(failed, Model::State).data(Model::StateRole).toInt(), int(State::Failed));
    QCOMPARE(model.index(failed, Model::State).data().toString(), Model::stateTitle(State::Failed));
    QCOMPARE(model.index(failed, Model::LastAnswer).data().toString(), QStringLiteral("Connection refused"));
    QCOMPARE(model.index(failed, Model::When).data(Model::RawValueRole).toLongLong(), TestWebhooks::kFailedAtMs);
    QVERIFY(model.index(failed, Model::When).data().toString().startsWith(QStringLiteral("failed ")));

    const int failing = rowOf(model, m_hooks.failing);
    QCOMPARE(model.index(failing, Model::State).data(Model::StateRole).toInt(), int(State::Failing));
    QCOMPARE(model.index(failing, Model::LastAnswer).data().toString(), QStringLiteral("HTTP 502"));
    QCOMPARE(model.index(failing, Model::When).data(Model::RawValueRole).toLongLong(), TestWebhooks::kFailingNextMs);
    QVERIFY(model.index(failing, Model::When).data().toString().startsWith(QStringLiteral("next ")));
    QCOMPARE(model.failedEndpoints(), QStringList{QStringLiteral("webapp: ") + TestWebhooks::kUrl});
}

void TestWebhookDeliveriesModel::eachFilterShowsExactlyItsDeliveries_data()
{
    QTest::addColumn<int>("show");
    QTest::addColumn<QString>("expected"); // of the deliveries: d(elivered), f(ailing), F(ailed), w(aiting), newest first
    QTest::newRow("failing") << int(Show::Failing) << QStringLiteral("f");
    QTest::newRow("failed") << int(Show::Failed) << QStringLiteral("F");
    QTest::newRow("all") << int(Show::All) << QStringLiteral("wFfd");
    QTest::newRow("not through") << int(Show::NotThrough) << QStringLiteral("Ff");
}

void TestWebhookDeliveriesModel::eachFilterShowsExactlyItsDeliveries()
{
    QFETCH(int, show);
    QFETCH(QString, expected);
    Model model(m_core->runtime(), m_core->services(), m_core->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    std::vector<qint64> ids;
    for (QChar c : expected)
        ids.push_back(c == u'd' ? m_hooks.delivered : c == u'f' ? m_hooks.failing : c == u'F' ? m_hooks.failed : m_hooks.waiting);
    model.setShow(static_cast<Show>(show));
    QTRY_COMPARE(shownIds(model), ids);
    const int delivered = rowOf(model, m_hooks.delivered);
    if (delivered >= 0) {
        QCOMPARE(model.index(delivered, Model::State).data(Model::StateRole).toInt(), int(State::Delivered));
        QCOMPARE(model.index(delivered, Model::LastAnswer).data().toString(), QStringLiteral("HTTP 204"));
    }
    const int waiting = rowOf(model, m_hooks.waiting);
    if (waiting >= 0) {
        QCOMPARE(model.index(waiting, Model::State).data(Model::StateRole).toInt(), int(State::Waiting));
        QCOMPARE(model.index(waiting, Model::LastAnswer).data().toString(), QString());
    }
}

void TestWebhookDeliveriesModel::retryOnlyForFailingAndFailed()
{
    api::WebhookDelivery d;
    QCOMPARE(Model::stateOf(d), State::Waiting);
    QVERIFY(!Model::canRetry(d));
    d.attempts = 2;
    QCOMPARE(Model::stateOf(d), State::Failing);
    QVERIFY(Model::canRetry(d));
    d.failedAtMs = 5;
    QCOMPARE(Model::stateOf(d), State::Failed);
    QVERIFY(Model::canRetry(d));
    d.failedAtMs.reset();
    d.deliveredAtMs = 5;
    QCOMPARE(Model::stateOf(d), State::Delivered);
    QVERIFY(!Model::canRetry(d));
}

void TestWebhookDeliveriesModel::anAdminsRetryMakesTheFailedOneDueNowAndIsAudited()
{
    Model model(m_core->runtime(), m_core->services(), m_core->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    QCOMPARE(auditCount(QStringLiteral("webhook_delivery.retry")), qint64{0});
    QSignalSpy retried(&model, &Model::retried);
    QSignalSpy failed(&model, &Model::failed);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    model.retry(m_hooks.failed);
    QTRY_COMPARE(retried.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(retried.at(0).at(0).toLongLong(), m_hooks.failed);
    // Open again, its attempts kept: failing, due now, given a day.
    QTRY_COMPARE(model.index(rowOf(model, m_hooks.failed), Model::State).data(Model::StateRole).toInt(), int(State::Failing));
    const qint64 next = model.index(rowOf(model, m_hooks.failed), Model::When).data(Model::RawValueRole).toLongLong();
    QVERIFY(next >= before && next <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(model.failedCount(), qint64{0});
    QCOMPARE(model.failingCount(), qint64{2});
    QCOMPARE(auditCount(QStringLiteral("webhook_delivery.retry")), qint64{1});
    auto audit = m_core->services().audit().list({});
    QVERIFY(audit);
    bool found = false;
    for (const auto &entry : audit.value())
        found = found || (entry.action == "webhook_delivery.retry" && entry.objectId == std::to_string(m_hooks.failed)
                          && entry.actorName == "tester");
    QVERIFY(found);
}

void TestWebhookDeliveriesModel::aViewersRetryIsRefusedAndChangesNothing()
{
    const security::Actor viewer = security::Actor::fromOperator(9, "vera", security::Role::Viewer);
    m_core->session().actAs(viewer);
    Model model(m_core->runtime(), m_core->services(), m_core->session());
    waitLoaded(model);
    QSignalSpy retried(&model, &Model::retried);
    QSignalSpy failed(&model, &Model::failed);
    model.retry(m_hooks.failed);
    QTRY_COMPARE(failed.size(), 1);
    model.retryAllFailed();
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(retried.size(), 0);
    model.reload();
    QTRY_COMPARE(model.failedCount(), qint64{1});
    QCOMPARE(model.index(rowOf(model, m_hooks.failed), Model::State).data(Model::StateRole).toInt(), int(State::Failed));
    QCOMPARE(auditCount(QStringLiteral("webhook_delivery.retry")), qint64{0});
    QCOMPARE(auditCount(QStringLiteral("webhook_delivery.retry_all")), qint64{0});
}

QTEST_MAIN(TestWebhookDeliveriesModel)
#include "tst_webhookdeliveriesmodel.moc"
