// WithdrawalsModel against a real store (SQLite and PostgreSQL): the review
// queue comes first and oldest first with its reasons; orders, filters and
// pages are the store's (a page is cut after ordering the whole selection);
// amount bounds are exact; a change to one withdrawal re-reads that row
// without resetting the page; the details of one withdrawal show its
// destination in EIP-55 and its approvals against the four-eyes rule; an
// action refused because another console decided first says who, and
// re-reads the row. A withdrawal stored as a new destination says "new:"
// before its address, the others only the address.

#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/withdrawals/withdrawalservice.h"
#include "core/store/customerrepository.h"
#include "core/store/sql.h"
#include "models/operatorsession.h"
#include "models/withdrawaldetailssource.h"
#include "core/deposits/depositrepository.h"
#include "models/depositsmodel.h"
#include "models/displayformat.h"
#include "models/withdrawalsmodel.h"
#include "testcore.h"
#include "testoperators.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using withdrawals::WithdrawalState;

namespace {

const std::string kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
// EIP-55's own example, stored in lower case: shown checksummed.
const std::string kEthLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const QString kEthChecksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
constexpr qint64 kT0 = 1'700'000'000'000;

} // namespace

class TestWithdrawalsModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void reviewQueueFirstOldestFirstWithItsReasons();
    void viewsShowTheirStates();
    void sortsTheWholeSelectionInTheStore();
    void filtersByStateAssetCustomerAndText();
    void amountBoundsAreExact();
    void twoScreensShowOneInstantAlike();
    void pagesDoNotOverlap();
    void aChangedWithdrawalRefreshesItsRowOnly();
    void aNewRequestJoinsTheQueue();
    void aRefusalNamesWhoDecidedAndRefreshesTheRow();
    void detailsShowChecksumApprovalsAndHistory();
    void aNewDestinationIsSaidBeforeTheAddress();
    void anInternalTransferNamesItsReceiver();

private:
    qint64 insert(qint64 customer, const std::string &asset, const std::string &amount, WithdrawalState state,
                  qint64 requestedAt, const std::string &reason = {}, const std::string &destination = {});
    void waitLoaded(WithdrawalsModel &model);
    std::unique_ptr<TestCore> m_core;
};

void TestWithdrawalsModel::init()
{
    // Only the withdrawals each test makes: no demo data.
    m_core = std::make_unique<TestCore>(TestCore::Data::Empty);
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    auto &services = m_core->services();
    CustomerRepository customers(services.database().connection());
    for (const char *name : {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth"})
        QVERIFY(customers.add(QString::fromUtf8(name), QString(), kT0).ok());
    const auto cli = testAdmin(services.database(), "t");
    QVERIFY(services.auditedSettings().change(cli, "XLM", {{AssetSetting::Limit24h, "10000"}, {AssetSetting::Limit72h, "25000"}}).ok());
    QVERIFY(services.auditedSettings().change(cli, "ETH", {{AssetSetting::Limit24h, "5"}, {AssetSetting::Limit72h, "12"}}).ok());
}

void TestWithdrawalsModel::cleanup()
{
    m_core.reset();
}

qint64 TestWithdrawalsModel::insert(qint64 customer, const std::string &asset, const std::string &amount, WithdrawalState state,
                                    qint64 requestedAt, const std::string &reason, const std::string &destination)
{
    Database &db = m_core->services().database();
    const Asset a = *nativeAsset(asset);
    const std::string to = !destination.empty() ? destination
                           : a.chain == Chain::Ethereum ? kEthChecksummed.toStdString()
                           : a.chain == Chain::Stellar  ? kStellar
                                                        : std::string("47YPQTIGQEO7T4Y4RWDYWEKV6RTR2UNBQXBABEEGM72ESWDQNCQ52OPASU");
    auto q = sql::run(db.connection(),
                      QStringLiteral("INSERT INTO withdrawals (customer_id, asset, chain, destination, amount, fee, state,"
                                     " review_reason, requested_by, requested_at, updated_at, note)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '') RETURNING id"),
                      {customer, QString::fromStdString(asset), QString::fromLatin1(chainName(a.chain)),
                       QString::fromStdString(to), db.dialect().amountToSql(a.parse(amount).value()),
                       db.dialect().amountToSql(Amount::zero()), QString::fromLatin1(withdrawals::withdrawalStateName(state)),
                       QString::fromStdString(reason), QStringLiteral("cli:seed"), requestedAt, requestedAt});
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toLongLong();
}

void TestWithdrawalsModel::waitLoaded(WithdrawalsModel &model)
{
    QTRY_VERIFY(model.isLoaded() && !model.isLoading());
}

void TestWithdrawalsModel::passesTheModelTester()
{
    insert(1, "XLM", "12000", WithdrawalState::UnderReview, kT0, "24h: 12,000.00 of 10,000.00 XLM");
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1);
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    model.sort(WithdrawalsModel::Amount, Qt::DescendingOrder);
    waitLoaded(model);
}

void TestWithdrawalsModel::reviewQueueFirstOldestFirstWithItsReasons()
{
    insert(1, "XLM", "11000", WithdrawalState::UnderReview, kT0 + 3000, "24h: 11,000.00 of 10,000.00 XLM");
    insert(2, "XLM", "50", WithdrawalState::Processing, kT0 + 1000);
    const qint64 oldest = insert(3, "ETH", "6", WithdrawalState::UnderReview, kT0 + 2000, "24h: 6.00 of 5.00 ETH");
    insert(4, "ALGO", "100", WithdrawalState::Succeeded, kT0);
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    waitLoaded(model);
    QCOMPARE(model.view(), WithdrawalsModel::View::ReviewQueue);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, WithdrawalsModel::Id).data(WithdrawalsModel::WithdrawalIdRole).toLongLong(), oldest);
    QCOMPARE(model.index(0, WithdrawalsModel::Reason).data().toString(), QStringLiteral("24h: 6.00 of 5.00 ETH"));
    QCOMPARE(model.index(1, WithdrawalsModel::Reason).data().toString(), QStringLiteral("24h: 11,000.00 of 10,000.00 XLM"));
    QCOMPARE(model.index(1, WithdrawalsModel::Amount).data().toString(), QStringLiteral("11,000.00"));
    QCOMPARE(model.index(0, WithdrawalsModel::State).data().toString(), QStringLiteral("Under review"));
    QCOMPARE(model.index(0, WithdrawalsModel::Customer).data().toString(), QStringLiteral("Alan Turing (#3)"));
    QCOMPARE(model.index(0, WithdrawalsModel::Approvals).data().toString(), QStringLiteral("0 of 1"));
    QVERIFY(!model.index(0, WithdrawalsModel::Waiting).data().toString().isEmpty());
    QCOMPARE(model.matchCount(), 2);
}

void TestWithdrawalsModel::viewsShowTheirStates()
{
    for (int s = 0; s <= static_cast<int>(WithdrawalState::HeldForIntegrity); ++s)
        insert(1, "XLM", "10", static_cast<WithdrawalState>(s), kT0 + s);
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    waitLoaded(model);
    auto states = [&] {
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, WithdrawalsModel::State).data(WithdrawalsModel::RawValueRole).toString();
        names.sort();
        return names.join(u',');
    };
    QCOMPARE(states(), QStringLiteral("under_review"));
    model.setView(WithdrawalsModel::View::Processing);
    waitLoaded(model);
    QCOMPARE(states(), QStringLiteral("approved,broadcast,processing"));
    model.setView(WithdrawalsModel::View::Errors);
    waitLoaded(model);
    // Held for integrity waits for an operator with the errors, never with the payouts.
    QCOMPARE(states(), QStringLiteral("error,failed,held_for_integrity,manual_payout"));
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 11);
    // History: newest first.
    QCOMPARE(model.index(0, WithdrawalsModel::State).data(WithdrawalsModel::RawValueRole).toString(),
             QStringLiteral("held_for_integrity"));
    QCOMPARE(model.index(0, WithdrawalsModel::State).data().toString(), QStringLiteral("Held: integrity check failed"));
}

void TestWithdrawalsModel::sortsTheWholeSelectionInTheStore()
{
    // 130 XLM withdrawals; the largest is requested first, so a sort of one
    // page only would miss it.
    insert(2, "XLM", "9999.0000001", WithdrawalState::Succeeded, kT0);
    for (int i = 1; i < 130; ++i)
        insert(1 + i % 6, "XLM", std::to_string(i) + ".5", WithdrawalState::Succeeded, kT0 + i * 1000);
    insert(1, "ETH", "1", WithdrawalState::Succeeded, kT0 + 500'000);
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    model.setPageSize(50);
    model.setAssetFilter(std::string("XLM"));
    model.sort(WithdrawalsModel::Amount, Qt::DescendingOrder);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 50);
    // XLM shows two decimals; the hidden 0.0000001 makes it approximate, exact in the tooltip and on copy.
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data().toString(), QStringLiteral("≈ 9,999.00"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(Qt::ToolTipRole).toString(), QStringLiteral("9999.0000001 XLM"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(displayformat::ExactTextRole).toString(), QStringLiteral("9999.0000001"));
    QCOMPARE(model.index(1, WithdrawalsModel::Amount).data().toString(), QStringLiteral("129.50"));
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.index(r - 1, WithdrawalsModel::Amount).data(WithdrawalsModel::RawValueRole).value<AssetAmount>()
                >= model.index(r, WithdrawalsModel::Amount).data(WithdrawalsModel::RawValueRole).value<AssetAmount>());
    }
    model.sort(WithdrawalsModel::Amount, Qt::AscendingOrder);
    waitLoaded(model);
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data().toString(), QStringLiteral("1.50"));
    // By id, descending: the last inserted XLM one first.
    model.setAssetFilter(std::nullopt);
    model.sort(WithdrawalsModel::Id, Qt::DescendingOrder);
    waitLoaded(model);
    QCOMPARE(model.index(0, WithdrawalsModel::AssetCode).data().toString(), QStringLiteral("ETH"));
    // Waiting longest first is the oldest request first.
    model.sort(WithdrawalsModel::Waiting, Qt::DescendingOrder);
    waitLoaded(model);
    // XLM shows two decimals; the hidden 0.0000001 makes it approximate, exact in the tooltip and on copy.
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data().toString(), QStringLiteral("≈ 9,999.00"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(Qt::ToolTipRole).toString(), QStringLiteral("9999.0000001 XLM"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(displayformat::ExactTextRole).toString(), QStringLiteral("9999.0000001"));
    // An unsortable column changes nothing.
    model.sort(WithdrawalsModel::Destination, Qt::AscendingOrder);
    waitLoaded(model);
    // XLM shows two decimals; the hidden 0.0000001 makes it approximate, exact in the tooltip and on copy.
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data().toString(), QStringLiteral("≈ 9,999.00"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(Qt::ToolTipRole).toString(), QStringLiteral("9999.0000001 XLM"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(displayformat::ExactTextRole).toString(), QStringLiteral("9999.0000001"));
}

void TestWithdrawalsModel::filtersByStateAssetCustomerAndText()
{
    insert(1, "XLM", "10", WithdrawalState::Succeeded, kT0);
    insert(2, "XLM", "20", WithdrawalState::Rejected, kT0 + 1);
    const qint64 eth = insert(2, "ETH", "0.5", WithdrawalState::Succeeded, kT0 + 2);
    insert(5, "ALGO", "30", WithdrawalState::Error, kT0 + 3);
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 4);
    model.setStateFilter(WithdrawalState::Succeeded);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 2);
    model.setAssetFilter(std::string("ETH"));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1);
    model.setStateFilter(std::nullopt);
    model.setAssetFilter(std::nullopt);
    model.setCustomerFilter(2);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 2);
    model.setCustomerFilter(std::nullopt);
    // Text: a part of the customer's name, any case; an id exactly; a
    // whole address; a LIKE wildcard is only a character.
    model.setTextFilter(QStringLiteral("barbara"));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, WithdrawalsModel::AssetCode).data().toString(), QStringLiteral("ALGO"));
    model.setTextFilter(QString::number(eth));
    waitLoaded(model);
    QVERIFY(model.rowOf(eth) >= 0);
    model.setTextFilter(QString::fromStdString(kEthLower));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1);
    model.setTextFilter(QStringLiteral("%"));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.matchCount(), 0);
    // A state of another view is not a narrowing of this one.
    model.setTextFilter(QString());
    model.setView(WithdrawalsModel::View::Errors);
    model.setStateFilter(WithdrawalState::Succeeded);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, WithdrawalsModel::AssetCode).data().toString(), QStringLiteral("ALGO"));
}

void TestWithdrawalsModel::amountBoundsAreExact()
{
    insert(1, "XLM", "100", WithdrawalState::Succeeded, kT0);
    insert(1, "XLM", "100.0000001", WithdrawalState::Succeeded, kT0 + 1);
    insert(1, "XLM", "99.9999999", WithdrawalState::Succeeded, kT0 + 2);
    insert(1, "ETH", "1000", WithdrawalState::Succeeded, kT0 + 3);
    const Asset xlm = *nativeAsset("XLM");
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    model.setAssetFilter(std::string("XLM"));
    model.setAmountFilter(xlm.parse("100").value(), std::nullopt);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 2);
    model.setAmountFilter(xlm.parse("100.0000001").value(), std::nullopt);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data().toString(), QStringLiteral("≈ 100.00"));
    QCOMPARE(model.index(0, WithdrawalsModel::Amount).data(Qt::ToolTipRole).toString(), QStringLiteral("100.0000001 XLM"));
    model.setAmountFilter(std::nullopt, xlm.parse("100").value());
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 2);
    // Without an asset the bounds go: base units of different assets do not compare.
    model.setAssetFilter(std::nullopt);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 4);
}

// One formatter for times: a withdrawal requested and a deposit seen at the
// same instant read the same on the Withdrawals and the Deposits screens,
// with seconds (they showed minutes only, and other screens seconds).
void TestWithdrawalsModel::twoScreensShowOneInstantAlike()
{
    const qint64 at = kT0 + 37'000; // 22:13:57 UTC
    insert(1, "XLM", "10", WithdrawalState::Succeeded, at);
    deposits::DepositRepository repo(m_core->services().database().connection(), m_core->services().database().dialect());
    deposits::ObservedPayment payment;
    payment.txid = "same-instant";
    payment.asset = "XLM";
    payment.to = kStellar;
    payment.from = kStellar;
    payment.amount = Amount::fromBaseUnits(10'000'000);
    QVERIFY(repo.insert(payment, 1, deposits::DepositState::Credited, at, {}).ok());

    WithdrawalsModel withdrawals(m_core->runtime(), m_core->services(), m_core->session());
    withdrawals.setView(WithdrawalsModel::View::History);
    waitLoaded(withdrawals);
    DepositsModel depositsModel(m_core->runtime(), m_core->services(), m_core->session());
    QTRY_VERIFY(depositsModel.isLoaded());
    QCOMPARE(withdrawals.rowCount(), 1);
    QCOMPARE(depositsModel.rowCount(), 1);
    const QString requested = withdrawals.index(0, WithdrawalsModel::Requested).data().toString();
    QCOMPARE(depositsModel.index(0, DepositsModel::Seen).data().toString(), requested);
    QVERIFY2(requested.contains(QStringLiteral(":57")), qPrintable(requested)); // the seconds are there
}

void TestWithdrawalsModel::pagesDoNotOverlap()
{
    for (int i = 0; i < 120; ++i)
        insert(1 + i % 6, "XLM", "1", WithdrawalState::Succeeded, kT0 + i);
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    model.setPageSize(50);
    waitLoaded(model);
    QCOMPARE(model.matchCount(), 120);
    QVERIFY(model.matchCountIsExact());
    QSet<qint64> seen;
    for (int page = 0; page < 3; ++page) {
        model.setPage(page);
        waitLoaded(model);
        QCOMPARE(model.page(), page);
        QCOMPARE(model.rowCount(), page < 2 ? 50 : 20);
        QCOMPARE(model.hasNextPage(), page < 2);
        QCOMPARE(model.hasPreviousPage(), page > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            seen.insert(model.index(r, 0).data(WithdrawalsModel::WithdrawalIdRole).toLongLong());
    }
    QCOMPARE(seen.size(), 120);
}

void TestWithdrawalsModel::aChangedWithdrawalRefreshesItsRowOnly()
{
    auto &services = m_core->services();
    QVERIFY(services.auditedLedger().adjust(security::Actor::cli("t"), 1, "XLM", nativeAsset("XLM")->parse("50000").value(), "test funds", "test:funds").ok());
    auto request = services.withdrawals().request(security::Actor::cli("t"), 1, "XLM", kStellar, nativeAsset("XLM")->parse("12000").value());
    QVERIFY2(request.ok(), request ? "" : request.error().message.c_str());
    QCOMPARE(request.value().state, WithdrawalState::UnderReview);
    for (int i = 0; i < 5; ++i)
        insert(2, "XLM", "1", WithdrawalState::Succeeded, kT0 + i);
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 6);
    const int row = model.rowOf(request.value().id);
    QVERIFY(row >= 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // Another console (here: the core directly) rejects it.
    const qint64 id = request.value().id;
    m_core->runtime().run([&services, id] { (void)services.withdrawals().reject(testAdmin(services.database(), "other"), id, "duplicate"); });
    QTRY_COMPARE(model.index(row, WithdrawalsModel::State).data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(model.index(row, WithdrawalsModel::Note).data().toString(), QStringLiteral("duplicate"));
    QCOMPARE(resets.count(), 0);
    bool thatRow = false;
    for (const auto &args : changes)
        thatRow |= args.at(0).toModelIndex().row() == row && args.at(1).toModelIndex().row() == row;
    QVERIFY(thatRow);
}

void TestWithdrawalsModel::aNewRequestJoinsTheQueue()
{
    auto &services = m_core->services();
    QVERIFY(services.auditedLedger().adjust(security::Actor::cli("t"), 1, "XLM", nativeAsset("XLM")->parse("50000").value(), "test funds", "test:funds").ok());
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0);
    m_core->runtime().run([&services] {
        (void)services.withdrawals().request(security::Actor::cli("t"), 1, "XLM", kStellar, nativeAsset("XLM")->parse("12000").value());
    });
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, WithdrawalsModel::Reason).data().toString(), QStringLiteral("24h: 12,000.00 of 10,000.00 XLM"));
    QCOMPARE(model.matchCount(), 1);
}

void TestWithdrawalsModel::aRefusalNamesWhoDecidedAndRefreshesTheRow()
{
    auto &services = m_core->services();
    QVERIFY(services.auditedLedger().adjust(security::Actor::cli("t"), 1, "XLM", nativeAsset("XLM")->parse("50000").value(), "test funds", "test:funds").ok());
    auto request = services.withdrawals().request(security::Actor::cli("t"), 1, "XLM", kStellar, nativeAsset("XLM")->parse("12000").value());
    QVERIFY2(request.ok(), request ? "" : request.error().message.c_str());
    const qint64 id = request.value().id;
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, WithdrawalsModel::State).data().toString(), QStringLiteral("Under review"));
    {
        // Another console rejects it and no notification reaches this one
        // (services of its own, with no notifier): the row still shows it
        // under review.
        ledger::LedgerService books(services.database(), services.clock());
        security::AuditLog audit(services.database(), services.clock());
        withdrawals::WithdrawalService other(services.database(), services.clock(), books, audit);
        QVERIFY(other.reject(testAdmin(services.database(), "other"), id, "duplicate").ok());
    }
    QTest::qWait(200);
    QCOMPARE(model.index(row, WithdrawalsModel::State).data().toString(), QStringLiteral("Under review"));
    QSignalSpy failed(&model, &WithdrawalsModel::failed);
    model.reject(id, QStringLiteral("too large"));
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.front().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("was already rejected by other at ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("(reason: duplicate)")), qPrintable(message));
    // The refusal re-read the row: it shows the other console's decision.
    QTRY_COMPARE(model.index(row, WithdrawalsModel::State).data().toString(), QStringLiteral("Rejected"));
    QCOMPARE(model.index(row, WithdrawalsModel::Note).data().toString(), QStringLiteral("duplicate"));
}

void TestWithdrawalsModel::detailsShowChecksumApprovalsAndHistory()
{
    auto &services = m_core->services();
    const Asset eth = *nativeAsset("ETH");
    QVERIFY(services.withdrawals().setTwoApproversAbove(testAdmin(services.database(), "t"), "ETH", eth.parse("5").value()).ok());
    insert(2, "ETH", "1", WithdrawalState::Succeeded, kT0 - 73LL * 3600 * 1000); // before the window
    const qint64 inWindow = insert(2, "ETH", "2", WithdrawalState::Succeeded, kT0 - 71LL * 3600 * 1000);
    insert(3, "ETH", "4", WithdrawalState::Succeeded, kT0 - 1000); // another customer
    const qint64 id = insert(2, "ETH", "6", WithdrawalState::UnderReview, kT0, "24h: 8.00 of 5.00 ETH", kEthLower);
    QVERIFY(sql::run(services.database().connection(),
                     QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (?, 'alice', ?)"),
                     {id, kT0 + 60'000})
                .ok());
    WithdrawalDetailsSource source(m_core->runtime(), services);
    QSignalSpy changed(&source, &WithdrawalDetailsSource::changed);
    source.show(id);
    QTRY_VERIFY(source.details().has_value());
    const WithdrawalDetails &d = *source.details();
    QCOMPARE(QString::fromStdString(d.destination), kEthChecksummed);
    QCOMPARE(d.approvalsRequired, 2);
    QCOMPARE(d.approvals.size(), size_t(1));
    QCOMPARE(d.approvals.front().approver, std::string("alice"));
    QCOMPARE(d.customerName, std::string("Grace Hopper"));
    QCOMPARE(d.recent.size(), size_t(2)); // this one and the one 71 h before
    QCOMPARE(d.recent.at(0).record.id, id);
    QCOMPARE(d.recent.at(1).record.id, inWindow);

    // The model says the same of the row.
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    waitLoaded(model);
    QCOMPARE(model.index(model.rowOf(id), WithdrawalsModel::Approvals).data().toString(), QStringLiteral("1 of 2"));
}

void TestWithdrawalsModel::aNewDestinationIsSaidBeforeTheAddress()
{
    const qint64 known = insert(1, "XLM", "10", WithdrawalState::Succeeded, kT0);
    const qint64 fresh = insert(2, "XLM", "20", WithdrawalState::Succeeded, kT0 + 1);
    QVERIFY(known > 0 && fresh > 0);
    QVERIFY(sql::run(m_core->services().database().connection(),
                     QStringLiteral("UPDATE withdrawals SET new_destination = 1 WHERE id = ?"), {fresh})
                .ok());
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    const QModelIndex freshCell = model.index(model.rowOf(fresh), WithdrawalsModel::Destination);
    const QModelIndex knownCell = model.index(model.rowOf(known), WithdrawalsModel::Destination);
    QVERIFY2(freshCell.data().toString().startsWith(QStringLiteral("new: GA7QYN")), qPrintable(freshCell.data().toString()));
    QVERIFY2(knownCell.data().toString().startsWith(QStringLiteral("GA7QYN")), qPrintable(knownCell.data().toString()));
    QVERIFY(freshCell.data(Qt::ToolTipRole).toString().startsWith(QString::fromStdString(kStellar)));
    QVERIFY(freshCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("New destination")));
    QCOMPARE(knownCell.data(Qt::ToolTipRole).toString(), QString::fromStdString(kStellar));
}

void TestWithdrawalsModel::anInternalTransferNamesItsReceiver()
{
    // To customer 3's deposit address: "internal", before "new".
    const qint64 internal = insert(1, "XLM", "10", WithdrawalState::Succeeded, kT0);
    QVERIFY(internal > 0);
    QVERIFY(sql::run(m_core->services().database().connection(),
                     QStringLiteral("UPDATE withdrawals SET new_destination = 1, internal_to = 3 WHERE id = ?"), {internal})
                .ok());
    WithdrawalsModel model(m_core->runtime(), m_core->services(), m_core->session());
    model.setView(WithdrawalsModel::View::History);
    waitLoaded(model);
    const QModelIndex cell = model.index(model.rowOf(internal), WithdrawalsModel::Destination);
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("internal #3: GA7QYN")), qPrintable(cell.data().toString()));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.startsWith(QString::fromStdString(kStellar)));
    QVERIFY2(tip.contains(QStringLiteral("Internal transfer to customer #3")), qPrintable(tip));
    QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(TestWithdrawalsModel)
#include "tst_withdrawalsmodel.moc"
