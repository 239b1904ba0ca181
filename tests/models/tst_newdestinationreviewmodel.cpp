// The Settings screen's review of new destinations, through its model, on
// this run's backend with the demo data: every asset is listed unchecked
// (off by default); checking one as an admin stores it on (read back from
// the store) and says so; unchecking turns it off again; an operator who is
// not an admin is refused, told why, and the stored value stays.

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/actor.h"
#include "models/newdestinationreviewmodel.h"
#include "models/operatorsession.h"
#include "testcore.h"
#include "testoperators.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

class TestNewDestinationReviewModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdminTurnsItOnAndOff();
    void anOperatorIsRefused();

private:
    int rowOf(const QString &asset) const;
    // As stored, read on the core thread.
    std::optional<bool> stored(const std::string &asset);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<NewDestinationReviewModel> m_model;
};

void TestNewDestinationReviewModel::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_model = std::make_unique<NewDestinationReviewModel>(m_core->runtime(), m_core->services(), m_core->session());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    QTRY_VERIFY(m_model->rowCount() > 0);
}

void TestNewDestinationReviewModel::cleanup()
{
    m_model.reset();
    m_core.reset();
}

int TestNewDestinationReviewModel::rowOf(const QString &asset) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, NewDestinationReviewModel::Asset).data().toString() == asset)
            return row;
    }
    return -1;
}

std::optional<bool> TestNewDestinationReviewModel::stored(const std::string &asset)
{
    std::optional<bool> out;
    bool done = false;
    auto *services = &m_core->services();
    m_core->runtime().post([services, asset] { return services->withdrawals().reviewNewDestinations(asset); }, this,
                           [&](Result<bool> result) {
                               if (result)
                                   out = result.value();
                               done = true;
                           });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return std::nullopt;
    return out;
}

void TestNewDestinationReviewModel::anAdminTurnsItOnAndOff()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, NewDestinationReviewModel::Review).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const int xlm = rowOf(QStringLiteral("XLM"));
    QVERIFY(xlm >= 0);
    const QModelIndex review = m_model->index(xlm, NewDestinationReviewModel::Review);
    QVERIFY(m_model->flags(review).testFlag(Qt::ItemIsUserCheckable));
    QSignalSpy saved(m_model.get(), &NewDestinationReviewModel::saved);
    QVERIFY(m_model->setData(review, Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(saved.first().first().toString().contains(QStringLiteral("XLM")), qPrintable(saved.first().first().toString()));
    QCOMPARE(stored("XLM"), std::optional<bool>(true));
    QCOMPARE(stored("ETH"), std::optional<bool>(false));
    QTRY_COMPARE(m_model->index(rowOf(QStringLiteral("XLM")), NewDestinationReviewModel::Review).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));

    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("XLM")), NewDestinationReviewModel::Review), Qt::Unchecked,
                             Qt::CheckStateRole));
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(stored("XLM"), std::optional<bool>(false));
}

void TestNewDestinationReviewModel::anOperatorIsRefused()
{
    const security::Actor oscar = security::Actor::fromOperator(4242424, "oscar", security::Role::Operator);
    addTestOperators(m_core->services().database(), {oscar});
    m_core->session().actAs(oscar);
    QSignalSpy failed(m_model.get(), &NewDestinationReviewModel::saveFailed);
    const int xlm = rowOf(QStringLiteral("XLM"));
    QVERIFY(m_model->setData(m_model->index(xlm, NewDestinationReviewModel::Review), Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("Nothing was changed")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(stored("XLM"), std::optional<bool>(false));
    QTRY_COMPARE(m_model->index(rowOf(QStringLiteral("XLM")), NewDestinationReviewModel::Review).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
}

QTEST_MAIN(TestNewDestinationReviewModel)
#include "tst_newdestinationreviewmodel.moc"
