// The customer's own addresses (StellarMap), on this run's backend: an
// operator adds, lists and removes them, each change audited with before and
// after; every refusal (no role, unknown or closed customer, an address not
// of the chain, an exchange wallet of any tier or a muxed account on one,
// another customer's deposit address, a duplicate in any spelling, a label
// too long, removing one not listed) changes nothing. A withdrawal to a
// listed address is not flagged, to another one is flagged as a new
// destination and kept so when the list changes later; with the asset's
// review_new_destinations on it waits for review with that reason, off it
// does not. Migration 24 leaves every earlier withdrawal unflagged and
// every asset's review off.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/customers/customeraddressbook.h"
#include "core/customers/customerservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/customers/customeraddressschema.h"
#include "core/runtime/schema.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::customers;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// SEP-0023's account (the exchange's hot wallet here), a muxed account on
// it, and other accounts from the Stellar SDKs' tests.
const std::string kHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kMuxedOnHot = "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ";
const std::string kAdasOwn = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";
const std::string kElsewhere = "GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6";
const std::string kBobsDeposit = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR";
// EIP-55's example, checksummed and in lower case.
const std::string kEth = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kEthLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

} // namespace

class TestCustomerAddressBook : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addListAndRemoveAreAudited();
    void refusalsChangeNothing();
    void refusalsChangeNothing_data();
    void removingOneNotListedChangesNothing();
    void aWithdrawalToAListedAddressIsNotFlagged();
    void aWithdrawalElsewhereIsFlaggedAndStaysSo();
    void withTheSettingOnANewDestinationWaitsForReview();
    void theMigrationFlagsNoEarlierWithdrawal();

private:
    // The address book, the audit log and the withdrawals as rows: what a
    // refusal must leave as it was.
    QString written();
    std::vector<security::AuditEntry> audited(const char *action);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<CustomerAddressBook> m_book;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<withdrawals::WithdrawalService> m_withdrawals;
    std::int64_t m_ada = 0;
    Actor m_admin;
    Actor m_operator = Actor::fromOperator(3, "oscar", Role::Operator);
    Actor m_approver = Actor::fromOperator(4, "olga", Role::Approver);
};

void TestCustomerAddressBook::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_approver.secondFactor = true;
    addTestOperators(*m_db, {m_operator, m_approver});
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                         {AssetSetting::Limit72h, "2000"}})
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_book = std::make_unique<CustomerAddressBook>(*m_db, m_clock, *m_audit);
    m_customers = std::make_unique<CustomerService>(*m_db, m_clock, *m_audit);
    m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_ada = m_customers->add(m_operator, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()).value().id;
    const std::int64_t bob = m_customers->add(m_operator, QStringLiteral("web:bob"), QStringLiteral("Bob"), QString()).value().id;
    QVERIFY(m_customers->add(m_operator, QStringLiteral("web:cyd"), QStringLiteral("Cyd"), QString()).ok());
    QVERIFY(m_customers->close(m_operator, QStringLiteral("web:cyd")).ok());
    wallets::WalletRepository walletRows(m_db->connection(), m_db->dialect());
    QVERIFY(walletRows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(walletRows.add({0, Chain::Stellar, wallets::WalletTier::Deposit, "XLM", kBobsDeposit, bob, 7, false, {}, 0}, 1).ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(m_ada, "XLM"), xlm("5000")))
                .ok());
}

void TestCustomerAddressBook::cleanup()
{
    m_withdrawals.reset();
    m_customers.reset();
    m_book.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

QString TestCustomerAddressBook::written()
{
    QString text;
    for (const char *table : {"customer_addresses", "audit_log", "withdrawals"}) {
        auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        text += q.ok() && q.value().next() ? q.value().value(0).toString() + QLatin1Char(' ') : QStringLiteral("? ");
    }
    return text;
}

std::vector<security::AuditEntry> TestCustomerAddressBook::audited(const char *action)
{
    security::AuditFilter filter;
    filter.action = action;
    auto entries = m_audit->list(filter);
    if (!entries)
        qFatal("audit list: %s", entries.error().message.c_str());
    return entries.value();
}

void TestCustomerAddressBook::addListAndRemoveAreAudited()
{
    QVERIFY(m_book->list(QStringLiteral("web:ada")).value().empty());
    auto added = m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn, QStringLiteral("  Ledger Nano "));
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    m_clock.advance(1000);
    // Any accepted spelling is kept canonical.
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Ethereum, kEthLower, QString()).ok());

    auto listed = m_book->list(QStringLiteral("web:ada"));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), std::size_t{2});
    QCOMPARE(listed.value()[0].chain, Chain::Stellar);
    QCOMPARE(listed.value()[0].address, kAdasOwn);
    QCOMPARE(listed.value()[0].label, QStringLiteral("Ledger Nano"));
    QCOMPARE(listed.value()[0].addedBy, m_operator.displayName());
    QCOMPARE(listed.value()[0].addedAtMs, std::int64_t{1'700'000'000'000});
    QCOMPARE(listed.value()[1].address, kEth);
    QCOMPARE(m_book->list(m_ada).value(), listed.value());

    auto adds = audited("customer.address.add");
    QCOMPARE(adds.size(), std::size_t{2});
    const security::AuditEntry &first = adds.back(); // newest first
    QCOMPARE(first.objectType, std::string("customer"));
    QCOMPARE(first.objectId, std::to_string(m_ada));
    QCOMPARE(first.actorName, m_operator.username);
    QVERIFY(first.before.empty());
    const QJsonObject after = QJsonDocument::fromJson(QByteArray::fromStdString(first.after)).object();
    QCOMPARE(after.value(QStringLiteral("address")).toString(), QString::fromStdString(kAdasOwn));
    QCOMPARE(after.value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));
    QCOMPARE(after.value(QStringLiteral("label")).toString(), QStringLiteral("Ledger Nano"));

    // Removed by any spelling of it; the record keeps what was there.
    auto removed = m_book->remove(m_operator, QStringLiteral("web:ada"), Chain::Ethereum, kEthLower);
    QVERIFY2(removed.ok(), removed.ok() ? "" : removed.error().message.c_str());
    QCOMPARE(removed.value().address, kEth);
    listed = m_book->list(QStringLiteral("web:ada"));
    QCOMPARE(listed.value().size(), std::size_t{1});
    QCOMPARE(listed.value()[0].address, kAdasOwn);
    const auto removes = audited("customer.address.remove");
    QCOMPARE(removes.size(), std::size_t{1});
    QVERIFY(removes.front().after.empty());
    const QJsonObject before = QJsonDocument::fromJson(QByteArray::fromStdString(removes.front().before)).object();
    QCOMPARE(before.value(QStringLiteral("address")).toString(), QString::fromStdString(kEth));
    QCOMPARE(before.value(QStringLiteral("chain")).toString(), QStringLiteral("ethereum"));
}

void TestCustomerAddressBook::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<int>("chain");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("message");

    const auto row = [](const char *name, const char *who, const char *customer, Chain chain, const std::string &address,
                        const QString &label, ErrorCode code, MessageId message) {
        QTest::newRow(name) << QString::fromLatin1(who) << QString::fromLatin1(customer) << static_cast<int>(chain)
                            << QString::fromStdString(address) << label << static_cast<int>(code) << static_cast<int>(message);
    };
    row("approver", "approver", "web:ada", Chain::Stellar, kElsewhere, {}, ErrorCode::Unauthorized, MessageId::None);
    row("cli", "cli", "web:ada", Chain::Stellar, kElsewhere, {}, ErrorCode::Unauthorized, MessageId::None);
    row("unknown customer", "operator", "web:nobody", Chain::Stellar, kElsewhere, {}, ErrorCode::NotFound, MessageId::CustomerUnknown);
    row("closed customer", "operator", "web:cyd", Chain::Stellar, kElsewhere, {}, ErrorCode::WrongState,
        MessageId::CustomerClosedAlready);
    row("ethereum address on stellar", "operator", "web:ada", Chain::Stellar, kEth, {}, ErrorCode::InvalidInput,
        MessageId::CustomerAddressInvalid);
    row("bad checksum", "operator", "web:ada", Chain::Stellar, "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGA", {},
        ErrorCode::InvalidInput, MessageId::CustomerAddressInvalid);
    row("hot wallet", "operator", "web:ada", Chain::Stellar, kHot, {}, ErrorCode::InvalidInput,
        MessageId::CustomerAddressIsExchangeWallet);
    row("muxed on the hot wallet", "operator", "web:ada", Chain::Stellar, kMuxedOnHot, {}, ErrorCode::InvalidInput,
        MessageId::CustomerAddressIsExchangeWallet);
    row("another's deposit address", "operator", "web:ada", Chain::Stellar, kBobsDeposit, {}, ErrorCode::InvalidInput,
        MessageId::CustomerAddressIsOthersDeposit);
    row("their own deposit address is a wallet", "operator", "web:bob", Chain::Stellar, kBobsDeposit, {},
        ErrorCode::InvalidInput, MessageId::CustomerAddressIsExchangeWallet);
    row("duplicate", "operator", "web:ada", Chain::Stellar, kAdasOwn, {}, ErrorCode::Conflict,
        MessageId::CustomerAddressListedAlready);
    row("duplicate in another spelling", "operator", "web:ada", Chain::Ethereum, kEthLower, {}, ErrorCode::Conflict,
        MessageId::CustomerAddressListedAlready);
    row("label too long", "operator", "web:ada", Chain::Stellar, kElsewhere, QString(65, u'x'), ErrorCode::InvalidInput,
        MessageId::CustomerAddressLabelTooLong);
}

void TestCustomerAddressBook::refusalsChangeNothing()
{
    QFETCH(QString, who);
    QFETCH(QString, customer);
    QFETCH(int, chain);
    QFETCH(QString, address);
    QFETCH(QString, label);
    QFETCH(int, code);
    QFETCH(int, message);
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn, QStringLiteral("own")).ok());
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Ethereum, kEth, QString()).ok());
    const Actor actor = who == u"approver" ? m_approver : who == u"cli" ? Actor::cli("tester") : m_operator;
    const QString before = written();
    const auto listedBefore = m_book->list(QStringLiteral("web:ada")).value();

    auto refused = m_book->add(actor, customer, static_cast<Chain>(chain), address.toStdString(), label);
    QVERIFY(!refused.ok());
    QCOMPARE(static_cast<int>(refused.error().code), code);
    if (message != static_cast<int>(MessageId::None))
        QCOMPARE(static_cast<int>(refused.error().id), message);
    QVERIFY(!refused.error().message.empty());
    QCOMPARE(written(), before);
    QCOMPARE(m_book->list(QStringLiteral("web:ada")).value(), listedBefore);
}

void TestCustomerAddressBook::removingOneNotListedChangesNothing()
{
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn, QString()).ok());
    const QString before = written();
    auto refused = m_book->remove(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kElsewhere);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().id, MessageId::CustomerAddressNotListed);
    // Nor by someone without the role.
    refused = m_book->remove(m_approver, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    QCOMPARE(written(), before);
    QCOMPARE(m_book->list(m_ada).value().size(), std::size_t{1});
}

void TestCustomerAddressBook::aWithdrawalToAListedAddressIsNotFlagged()
{
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn, QString()).ok());
    auto w = m_withdrawals->request(m_admin, m_ada, "XLM", kAdasOwn, xlm("10"));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    QVERIFY(!w.value().newDestination);
    QVERIFY(!m_withdrawals->find(w.value().id).value().newDestination);
    QVERIFY(m_withdrawals->find(w.value().id).value().reviewReason.empty());
}

void TestCustomerAddressBook::aWithdrawalElsewhereIsFlaggedAndStaysSo()
{
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn, QString()).ok());
    QVERIFY(!m_withdrawals->reviewNewDestinations("XLM").value()); // off unless an admin turns it on
    auto w = m_withdrawals->request(m_admin, m_ada, "XLM", kElsewhere, xlm("10"));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    auto stored = m_withdrawals->find(w.value().id).value();
    QVERIFY(stored.newDestination);
    // Off: flagged, not held back.
    QCOMPARE(stored.state, withdrawals::WithdrawalState::Processing);
    QVERIFY(stored.reviewReason.empty());
    // The audit record says it too.
    const auto requests = audited("withdrawal.request");
    QVERIFY(!requests.empty());
    QVERIFY(QJsonDocument::fromJson(QByteArray::fromStdString(requests.front().after))
                .object()
                .value(QStringLiteral("new_destination"))
                .toBool());

    // Listing the address later does not rewrite what was requested.
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kElsewhere, QString()).ok());
    QVERIFY(m_withdrawals->find(w.value().id).value().newDestination);
    // Removing one does not unflag the earlier, listed, withdrawal either.
    auto listedOne = m_withdrawals->request(m_admin, m_ada, "XLM", kAdasOwn, xlm("10"));
    QVERIFY(listedOne.ok());
    QVERIFY(m_book->remove(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn).ok());
    QVERIFY(!m_withdrawals->find(listedOne.value().id).value().newDestination);
}

void TestCustomerAddressBook::withTheSettingOnANewDestinationWaitsForReview()
{
    QVERIFY(m_book->add(m_operator, QStringLiteral("web:ada"), Chain::Stellar, kAdasOwn, QString()).ok());
    // Only an admin turns it on; a refusal changes nothing.
    QVERIFY(!m_withdrawals->setReviewNewDestinations(m_operator, "XLM", true).ok());
    QVERIFY(!m_withdrawals->reviewNewDestinations("XLM").value());
    QVERIFY(m_withdrawals->setReviewNewDestinations(m_admin, "XLM", true).ok());
    QVERIFY(m_withdrawals->reviewNewDestinations("XLM").value());
    QVERIFY(!m_withdrawals->reviewNewDestinations("ETH").value());
    const auto settings = audited("withdrawal.settings");
    QCOMPARE(settings.size(), std::size_t{1});
    QCOMPARE(settings.front().objectId, std::string("XLM"));
    QCOMPARE(settings.front().before, std::string(R"({"review_new_destinations":false})"));
    QCOMPARE(settings.front().after, std::string(R"({"review_new_destinations":true})"));

    auto elsewhere = m_withdrawals->request(m_admin, m_ada, "XLM", kElsewhere, xlm("10"));
    QVERIFY2(elsewhere.ok(), elsewhere.ok() ? "" : elsewhere.error().message.c_str());
    auto stored = m_withdrawals->find(elsewhere.value().id).value();
    QVERIFY(stored.newDestination);
    QCOMPARE(stored.state, withdrawals::WithdrawalState::UnderReview);
    QCOMPARE(stored.reviewReason, std::string("new destination: the address is not on the customer's address list"));
    QCOMPARE(Message::parse(stored.reviewReason)->id, MessageId::WithdrawalNewDestination);

    // To a listed address it is paid as before.
    auto listed = m_withdrawals->request(m_admin, m_ada, "XLM", kAdasOwn, xlm("10"));
    QVERIFY(listed.ok());
    QCOMPARE(m_withdrawals->find(listed.value().id).value().state, withdrawals::WithdrawalState::Processing);

    // Over a limit too: both reasons.
    auto both = m_withdrawals->request(m_admin, m_ada, "XLM", kElsewhere, xlm("1500"));
    QVERIFY(both.ok());
    stored = m_withdrawals->find(both.value().id).value();
    QCOMPARE(stored.state, withdrawals::WithdrawalState::UnderReview);
    QVERIFY2(stored.reviewReason.find("24h") == 0, stored.reviewReason.c_str());
    QVERIFY2(stored.reviewReason.find("; new destination") != std::string::npos, stored.reviewReason.c_str());

    // Off again: a new destination is only flagged (the clock past the
    // 72h window of the large one).
    QVERIFY(m_withdrawals->setReviewNewDestinations(m_admin, "XLM", false).ok());
    m_clock.advance(73LL * 3600 * 1000);
    auto off = m_withdrawals->request(m_admin, m_ada, "XLM", kElsewhere, xlm("10"));
    QVERIFY(off.ok());
    stored = m_withdrawals->find(off.value().id).value();
    QVERIFY(stored.newDestination);
    QCOMPARE(stored.state, withdrawals::WithdrawalState::Processing);
}

void TestCustomerAddressBook::theMigrationFlagsNoEarlierWithdrawal()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    const auto &all = allMigrations().migrations();
    const auto ours = std::find_if(all.begin(), all.end(), [](const Migration &m) {
        return m.statements == &customers::customerAddressSchema;
    });
    QVERIFY(ours != all.end());
    QVERIFY(db->migrate(MigrationList(std::vector<Migration>(all.begin(), ours))).ok());
    const QSqlDatabase c = db->connection();
    auto ada = sql::run(c, QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Ada', 1) RETURNING id"));
    QVERIFY(ada.ok() && ada.value().next());
    const qint64 customer = ada.value().value(0).toLongLong();
    ada.value().finish();
    QVERIFY(sql::run(c,
                     QStringLiteral("INSERT INTO withdrawals (customer_id, asset, chain, destination, amount, fee, state,"
                                    " requested_by, requested_at, updated_at) VALUES (?, 'XLM', 'stellar', ?, ?, ?, 'succeeded', 'test', 1, 1)"),
                     {customer, QString::fromStdString(kElsewhere), db->dialect().amountToSql(Amount::fromBaseUnits(50)),
                      db->dialect().amountToSql(Amount::fromBaseUnits(1))})
                .ok());
    QVERIFY(sql::run(c, QStringLiteral("INSERT INTO withdrawal_settings (asset, two_approvers_above) VALUES ('XLM', NULL)")).ok());
    QVERIFY(!sql::run(c, QStringLiteral("SELECT new_destination FROM withdrawals")).ok()); // not yet there

    QVERIFY(db->migrate(allMigrations()).ok());
    auto flags = sql::run(c, QStringLiteral("SELECT new_destination FROM withdrawals"));
    QVERIFY(flags.ok() && flags.value().next());
    QCOMPARE(flags.value().value(0).toInt(), 0);
    auto review = sql::run(c, QStringLiteral("SELECT review_new_destinations FROM withdrawal_settings WHERE asset = 'XLM'"));
    QVERIFY(review.ok() && review.value().next());
    QCOMPARE(review.value().value(0).toInt(), 0);
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE withdrawals SET new_destination = 2")).ok());
}

QTEST_GUILESS_MAIN(TestCustomerAddressBook)
#include "tst_customeraddressbook.moc"
