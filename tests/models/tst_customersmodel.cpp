// CustomersModel against a real store (SQLite and PostgreSQL): pages
// fetched as the view scrolls, in the store's order; the filter by a
// fragment of the external id, name or email, by a deposit address (any
// case) and by a Stellar memo; sorting in the store over the whole
// selection, not the page; balances available = total - held; a change
// elsewhere re-read without a reset. Every change under
// QAbstractItemModelTester.

#include "core/ledger/ledgerservice.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/customerrepository.h"
#include "core/store/sql.h"
#include "models/customersmodel.h"
#include "models/displayformat.h"
#include "testcore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
const QString kEthAddress = QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");

struct Person {
    const char *externalId;
    const char *name;
    const char *email;
};
// Ids 1..8 in this order.
const Person kPeople[] = {
    {"u-100", "Ada Lovelace", "ada@example.org"},  {"u-101", "Grace Hopper", "grace@navy.example"},
    {"u-102", "Alan Turing", ""},                  {"x-7", "Edsger Dijkstra", "ewd@example.org"},
    {"u-104", "Barbara Liskov", "liskov@mit.example"}, {"u-105", "Donald Knuth", ""},
    {"u-106", "Zuse Konrad", "zuse@example.de"},   {"u-107", "Frances Allen", "fran_allen@example.org"},
};

} // namespace

class TestCustomersModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesTheModelTesterThroughEveryChange();
    void fetchesMorePagesInTheStoresOrder();
    void filtersByFragmentAddressAndMemo_data();
    void filtersByFragmentAddressAndMemo();
    void sortsTheWholeSelectionInTheStore();
    void showsAvailableBalancesAndRereadsThemWithoutReset();

private:
    void waitLoaded(CustomersModel &model);
    QStringList column(const CustomersModel &model, int column) const;
    std::unique_ptr<TestCore> m_core;
};

void TestCustomersModel::init()
{
    m_core = std::make_unique<TestCore>(TestCore::Data::Empty);
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    CustomerRepository customers(m_core->services().database().connection());
    for (const Person &p : kPeople)
        QVERIFY(customers.add(QString::fromUtf8(p.name), QString::fromUtf8(p.email), kT0, QString::fromUtf8(p.externalId)).ok());
}

void TestCustomersModel::cleanup()
{
    m_core.reset();
}

void TestCustomersModel::waitLoaded(CustomersModel &model)
{
    QTRY_VERIFY(model.isLoaded() && !model.isLoading());
}

QStringList TestCustomersModel::column(const CustomersModel &model, int column) const
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data().toString();
    return values;
}

void TestCustomersModel::passesTheModelTesterThroughEveryChange()
{
    CustomersModel model(m_core->runtime(), m_core->services(), nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 3);
    // The configured assets as columns after the fixed ones.
    QCOMPARE(model.columnCount(), static_cast<int>(CustomersModel::FirstBalance + model.assets().size()));
    QVERIFY(model.assets().size() >= 3);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 6);
    waitLoaded(model);
    model.sort(CustomersModel::Name, Qt::DescendingOrder);
    waitLoaded(model);
    QCOMPARE(model.index(0, CustomersModel::Name).data().toString(), QStringLiteral("Zuse Konrad"));
    model.setFilterText(QStringLiteral("example.org"));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(m_core->services().ledger().submit(ledger::TransferRequest::posted(
        "t:tester", ledger::TransferCode::Deposit, ledger::walletAccount(ledger::owner::DepositWallet, "XLM"),
        ledger::customerAccount(1, "XLM"), Amount::fromBaseUnits(10'000'000))).ok());
    QTRY_VERIFY(!model.isLoading());
    model.refresh();
    waitLoaded(model);
    model.setFilterText(QString());
    waitLoaded(model);
    // The tester itself fetches more as rows arrive: pages, never a
    // customer twice (a page asked for while the last was inserted).
    QVERIFY(model.rowCount() >= 3 && model.rowCount() <= 8);
    QStringList ids = column(model, CustomersModel::ExternalId);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), model.rowCount());
}

void TestCustomersModel::fetchesMorePagesInTheStoresOrder()
{
    CustomersModel model(m_core->runtime(), m_core->services(), nullptr, 3);
    model.sort(CustomersModel::ExternalId, Qt::AscendingOrder);
    waitLoaded(model);
    QCOMPARE(column(model, CustomersModel::ExternalId), (QStringList{QStringLiteral("u-100"), QStringLiteral("u-101"), QStringLiteral("u-102")}));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 6);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 8);
    waitLoaded(model);
    QVERIFY(!model.canFetchMore({}));
    // Every customer once, in the store's order.
    QCOMPARE(column(model, CustomersModel::ExternalId),
             (QStringList{QStringLiteral("u-100"), QStringLiteral("u-101"), QStringLiteral("u-102"), QStringLiteral("u-104"), QStringLiteral("u-105"), QStringLiteral("u-106"), QStringLiteral("u-107"), QStringLiteral("x-7")}));
}

void TestCustomersModel::filtersByFragmentAddressAndMemo_data()
{
    QTest::addColumn<bool>("searchIndex");
    QTest::newRow("reading the table") << false;
    QTest::newRow("with the search index") << true;
}

void TestCustomersModel::filtersByFragmentAddressAndMemo()
{
    QFETCH(bool, searchIndex);
    Database &db = m_core->services().database();
    // The same answers from the trigram index (customerSearchSchema,
    // migration 25) as from reading the table without it; and it follows
    // changes (its triggers).
    if (!searchIndex && db.dialect().isSQLite()) {
        for (const char *statement : {"DROP TRIGGER customers_search_insert", "DROP TRIGGER customers_search_delete",
                                      "DROP TRIGGER customers_search_update", "DROP TABLE customers_search"})
            QVERIFY2(sql::execute(db.connection(), QString::fromLatin1(statement)).ok(), statement);
    }
    if (searchIndex) {
        CustomerRepository customers(db.connection());
        QVERIFY(customers.update(7, QStringLiteral("Konrad Zuse"), QStringLiteral("konrad@example.de"), kT0).ok());
    }
    QVERIFY(sql::run(db.connection(),
                     QStringLiteral("INSERT INTO wallets (chain, tier, asset, address, customer_id, created_at)"
                                    " VALUES ('ethereum', 'deposit', 'ETH', ?, 5, ?)"),
                     {kEthAddress, kT0}).ok());
    CustomersModel model(m_core->runtime(), m_core->services());
    model.sort(CustomersModel::ExternalId, Qt::AscendingOrder);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 8);
    const auto filtered = [&](const QString &text) {
        model.setFilterText(text);
        return QTest::qWaitFor([&] { return model.isLoaded() && !model.isLoading(); }) ? column(model, CustomersModel::ExternalId)
                                                                                        : QStringList{QStringLiteral("(timeout)")};
    };
    // Name, any case; external id; email.
    QCOMPARE(filtered(QStringLiteral("HOPPER")), QStringList{QStringLiteral("u-101")});
    QCOMPARE(filtered(QStringLiteral("x-")), QStringList{QStringLiteral("x-7")});
    QCOMPARE(filtered(QStringLiteral("mit.example")), QStringList{QStringLiteral("u-104")});
    // A deposit address: its customer only, in whatever case it is typed.
    QCOMPARE(filtered(kEthAddress), QStringList{QStringLiteral("u-104")});
    QCOMPARE(filtered(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")), QStringList{QStringLiteral("u-104")});
    // A Stellar memo is the internal id: customer 6, and those whose id,
    // name or email holds "6" (u-106).
    QCOMPARE(filtered(QStringLiteral("6")), (QStringList{QStringLiteral("u-105"), QStringLiteral("u-106")}));
    QCOMPARE(filtered(QStringLiteral("4")), (QStringList{QStringLiteral("u-104"), QStringLiteral("x-7")}));
    // LIKE's wildcards match themselves: "_" is in one email only.
    QCOMPARE(filtered(QStringLiteral("n_a")), QStringList{QStringLiteral("u-107")});
    QCOMPARE(filtered(QStringLiteral("%")), QStringList{});
    QCOMPARE(filtered(QStringLiteral("nobody")), QStringList{});
    QCOMPARE(filtered(QStringLiteral("  ")).size(), 8);
    if (searchIndex) {
        // Found by the new name and email only.
        QCOMPARE(filtered(QStringLiteral("konrad@")), QStringList{QStringLiteral("u-106")});
        QCOMPARE(filtered(QStringLiteral("zuse@")), QStringList{});
    }
}

void TestCustomersModel::sortsTheWholeSelectionInTheStore()
{
    // Two rows a page: the first page sorted must be the first of all.
    CustomersModel model(m_core->runtime(), m_core->services(), nullptr, 2);
    model.sort(CustomersModel::Name, Qt::AscendingOrder);
    waitLoaded(model);
    QCOMPARE(column(model, CustomersModel::Name), (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
    model.sort(CustomersModel::Name, Qt::DescendingOrder);
    waitLoaded(model);
    QCOMPARE(column(model, CustomersModel::Name), (QStringList{QStringLiteral("Zuse Konrad"), QStringLiteral("Grace Hopper")}));
    CustomerRepository customers(m_core->services().database().connection());
    QVERIFY(customers.setState(8, CustomerState::Frozen, kT0).ok());
    model.sort(CustomersModel::State, Qt::DescendingOrder); // frozen before active
    waitLoaded(model);
    QCOMPARE(column(model, CustomersModel::ExternalId).first(), QStringLiteral("u-107"));
    QCOMPARE(model.index(0, CustomersModel::State).data().toString(), QStringLiteral("Frozen"));
    // Balances do not sort in the store: the order stays.
    const QStringList before = column(model, CustomersModel::ExternalId);
    model.sort(CustomersModel::FirstBalance, Qt::AscendingOrder);
    QVERIFY(!model.isLoading());
    QCOMPARE(column(model, CustomersModel::ExternalId), before);
}

void TestCustomersModel::showsAvailableBalancesAndRereadsThemWithoutReset()
{
    CustomersModel model(m_core->runtime(), m_core->services());
    model.sort(CustomersModel::ExternalId, Qt::AscendingOrder);
    waitLoaded(model);
    int xlm = -1;
    for (size_t i = 0; i < model.assets().size(); ++i) {
        if (model.assets()[i].code == "XLM")
            xlm = CustomersModel::FirstBalance + static_cast<int>(i);
    }
    QVERIFY(xlm >= 0);
    const int grace = model.rowOf(2);
    QCOMPARE(grace, 1);
    QCOMPARE(model.index(grace, xlm).data(CustomersModel::RawValueRole).value<AssetAmount>().amount, Amount::zero());
    QPersistentModelIndex kept = model.index(grace, CustomersModel::Name);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // 50 XLM credited, 12.5 held (a withdrawal fee's hold): 37.5 available.
    ledger::LedgerService &ledger = m_core->services().ledger();
    QVERIFY(ledger.submit(ledger::TransferRequest::posted("t:dep", ledger::TransferCode::Deposit,
                                                          ledger::walletAccount(ledger::owner::DepositWallet, "XLM"),
                                                          ledger::customerAccount(2, "XLM"), Amount::fromBaseUnits(500'000'000))).ok());
    QVERIFY(ledger.submit(ledger::TransferRequest::pending("t:hold", ledger::TransferCode::WithdrawalFee, ledger::customerAccount(2, "XLM"),
                                                           ledger::revenueAccount(ledger::owner::WithdrawalFees, "XLM"),
                                                           Amount::fromBaseUnits(125'000'000))).ok());
    QTRY_COMPARE(model.index(grace, xlm).data(CustomersModel::RawValueRole).value<AssetAmount>().amount,
                 Amount::fromBaseUnits(375'000'000));
    QCOMPARE(model.index(grace, xlm).data(displayformat::ExactTextRole).toString(), QStringLiteral("37.5"));
    QVERIFY(model.index(grace, xlm).data(Qt::ToolTipRole).toString().contains(QStringLiteral("12.5")));
    // Re-read in place: the view's row and selection stay.
    QCOMPARE(resets.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), grace);

    // Frozen elsewhere: the state shows without a reset too.
    CustomerRepository customers(m_core->services().database().connection());
    QVERIFY(customers.setState(2, CustomerState::Frozen, kT0 + 1).ok());
    m_core->services().notifier().publish(ChangeNotifier::Topic::Customer, QStringLiteral("2"));
    QTRY_COMPARE(model.index(grace, CustomersModel::State).data().toString(), QStringLiteral("Frozen"));
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(TestCustomersModel)
#include "tst_customersmodel.moc"
