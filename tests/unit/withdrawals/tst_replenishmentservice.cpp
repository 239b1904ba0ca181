// ReplenishmentService on this run's backend, with a scripted chain: the
// queue's sums by state (approved, processing, error for hot; manual_payout
// for warm; under_review not at all), the plan from them, an export stored
// once and audited, in-flight moves not proposed twice, refusals (another
// signer, a changed amount, an unknown file, a short source, a viewer) that
// change nothing, the signed transaction kept before a broadcast that
// fails, and a signed file imported twice sent once. The key vault pins
// root's key, as on a real exchange: export and import refuse a destination
// that is not the tier's as the signatures say (hot: its vault key's
// address, else the one an admin signed; warm: the address an admin
// signed), whatever the wallets rows say; and with no pin they refuse all.
// A token of each chain (Stellar credit asset, ERC-20, ASA) is planned
// without fees taken from its amounts, exported with the identity root
// signed, imported and booked exactly (the token warm -> hot, the fee out of
// warm's coin); a token not in force, a source short of the token and one
// short of the coin for the fee are refused, each naming what is missing,
// and change nothing; an export of a token whose identity an admin has
// signed anew since is not sent.

#include "core/ledger/ledgerservice.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/stellar/keys.h"
#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/security/assetidentitystatement.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletaddressstatement.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/replenishmentservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"
#include "scriptedreplenishmentchain.h"
#include "testtoken.h"

#include <QTest>

#include <map>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::wallets::WalletTier;
using exchange::withdrawals::test::ScriptedChain;

namespace {

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

std::string account(char fill)
{
    return stellar::accountIdFromSeed(QByteArray(32, fill));
}

} // namespace

class TestReplenishmentService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queueSumsByState();
    void planProposesTheRoundedShortfall();
    void exportIsStoredOnceAndAudited();
    void refusalsChangeNothing();
    void importSendsOnceAndConfirms();
    void aFailedBroadcastKeepsTheSignedTransaction();
    void booksThatCannotPayStopTheConfirmation();
    void oneWaitingExportPerWalletAndCancel();
    void aTamperedDestinationIsNeitherExportedNorImported();
    void withoutAPinNothingIsExportedNorImported();
    void aTokenMovesWithItsFeeInTheCoin_data();
    void aTokenMovesWithItsFeeInTheCoin();
    void aTokenNotInForceDoesNotMove();
    void aSourceShortOfTheTokenOrOfTheCoinForTheFeeIsRefused();
    void anExportOfATokenSignedAnewSinceIsNotSent();

private:
    // A token of `chain` with its settings, wallets of the chain (registered
    // under the coin), the books' opening balances of warm and cold in the
    // token and in the coin, and Ada's holding of it in hot.
    Asset addToken(Chain chain);
    std::int64_t count(const QString &statement);
    std::int64_t request(const char *amount);
    void setState(std::int64_t id, const char *state);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<ReplenishmentService> m_service;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    ScriptedChain m_chain;
    std::int64_t m_ada = 0;
    Actor m_admin; // root, whose key the vault pins, with a confirmed code
    const std::string m_hot = account('\x01');
    const std::string m_warm = account('\x02');
    const std::string m_cold = account('\x03');
};

void TestReplenishmentService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    // root makes the vault, which pins their key; what root adds is signed.
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", "replenishment test passphrase");
    m_admin = m_signers->confirmed("root");
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0"}, {AssetSetting::Limit24h, "100000"},
                                             {AssetSetting::Limit72h, "100000"}, {AssetSetting::HotMax, "50000"},
                                             {AssetSetting::WarmMax, "500000"}})
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(m_ada, "XLM"), xlm("50000")))
                .ok());
    // What the books say warm and cold hold (opening balances).
    for (const auto &[tier, amount] : {std::pair{ledger::owner::WarmWallet, "10000"}, {ledger::owner::ColdWallet, "900000"}})
        QVERIFY(m_ledger
                    ->submit(ledger::TransferRequest::posted("test:opening:" + std::string(tier), ledger::TransferCode::Adjustment,
                                                             ledger::walletAccount(tier, "XLM"),
                                                             ledger::equityAccount("opening_balance", "XLM"), xlm(amount)))
                    .ok());
    for (const auto &[tier, address] : {std::pair{WalletTier::Hot, m_hot}, {WalletTier::Warm, m_warm}, {WalletTier::Cold, m_cold}}) {
        wallets::Wallet w;
        w.chain = Chain::Stellar;
        w.tier = tier;
        w.asset = "XLM";
        w.address = address;
        QVERIFY(m_wallets->add(m_admin, w).ok());
    }
    m_chain = ScriptedChain{};
    m_chain.balances[m_hot] = xlm("200");
    m_chain.balances[m_warm] = xlm("300000");
    m_chain.balances[m_cold] = xlm("9000000");
    m_service = std::make_unique<ReplenishmentService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets,
                                                       [this](Chain c) -> ReplenishmentChain * {
                                                           return c == m_chain.onChain ? &m_chain : nullptr;
                                                       });
}

void TestReplenishmentService::cleanup()
{
    m_service.reset();
    m_vault.reset();
    m_signers.reset();
    m_withdrawals.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

std::int64_t TestReplenishmentService::count(const QString &statement)
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

std::int64_t TestReplenishmentService::request(const char *amount)
{
    auto w = m_withdrawals->request(m_admin, m_ada, "XLM", account('\x09'), xlm(amount));
    if (!w)
        qWarning() << QString::fromStdString(w.error().message);
    return w ? w.value().id : 0;
}

// The payout and manual-payout steps belong to other services; here only
// the state the queue is summed by matters.
void TestReplenishmentService::setState(std::int64_t id, const char *state)
{
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET state = ? WHERE id = ?"),
                     {QString::fromLatin1(state), QVariant::fromValue(static_cast<qint64>(id))})
                .ok());
}

void TestReplenishmentService::queueSumsByState()
{
    const std::int64_t a = request("1000");
    const std::int64_t b = request("234.5");
    const std::int64_t c = request("0.0000001");
    const std::int64_t d = request("7000");
    const std::int64_t e = request("99");
    QVERIFY(a && b && c && d && e);
    setState(b, "error");
    setState(c, "approved");
    setState(d, "manual_payout");
    setState(e, "under_review");
    auto sums = ReplenishmentRepository(m_db->connection(), m_db->dialect()).queueSums();
    QVERIFY(sums.ok());
    const QueueSums s = sums.value().at("XLM");
    QCOMPARE(s.automatic, xlm("1234.5000001"));
    QCOMPARE(s.automaticCount, 3);
    QCOMPARE(s.manual, xlm("7000"));
    QCOMPARE(s.manualCount, 1);
}

void TestReplenishmentService::planProposesTheRoundedShortfall()
{
    QVERIFY(request("1000") && request("234.5"));
    auto plans = m_service->plan();
    QVERIFY(plans.ok());
    const auto it = std::find_if(plans.value().begin(), plans.value().end(), [](const auto &p) { return p.asset.code == "XLM"; });
    QVERIFY(it != plans.value().end());
    QVERIFY(it->problem.empty());
    QVERIFY(it->plan.warmToHot && it->plan.coldToWarm);
    // need 1,234.5 + 2 x 100 stroops; hot has 200: short 1,034.50002 -> 1,100.
    QCOMPARE(it->plan.warmToHot->need, xlm("1234.50002"));
    QCOMPARE(it->plan.warmToHot->shortfall, xlm("1034.50002"));
    QCOMPARE(it->plan.warmToHot->amount, xlm("1100"));
    QVERIFY(it->plan.coldToWarm->amount.isZero());
    // ETH and ALGO have no chain here: no plan, and the reason.
    for (const auto &p : plans.value()) {
        if (p.asset.code != "XLM")
            QVERIFY(!p.plan.warmToHot && p.problem.find("no node URL") != std::string::npos);
    }
}

void TestReplenishmentService::exportIsStoredOnceAndAudited()
{
    QVERIFY(request("1000"));
    auto first = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, std::nullopt});
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(first.value().record.amount, xlm("810")); // 800.00001 short, rounded up
    QCOMPARE(first.value().record.fromAddress, m_warm);
    QCOMPARE(first.value().record.toAddress, m_hot);
    QCOMPARE(first.value().contents, QByteArray::fromStdString(m_warm + "|" + m_hot + "|8100000000"));
    QVERIFY(!first.value().existing);
    // What is on its way is not proposed again.
    auto plans = m_service->plan();
    QVERIFY(plans.ok());
    for (const auto &p : plans.value()) {
        if (p.asset.code == "XLM") {
            QCOMPARE(p.inFlightToHot, xlm("810"));
            QVERIFY(p.plan.warmToHot->amount.isZero());
        }
    }
    auto again = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("810")});
    QVERIFY(again.ok());
    QVERIFY(again.value().existing);
    QCOMPARE(again.value().record.id, first.value().record.id);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'replenishment.export'")), 1);
    // Cold -> warm on request.
    auto cold = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Warm, xlm("5000")});
    QVERIFY(cold.ok());
    QCOMPARE(cold.value().record.fromAddress, m_cold);
    QCOMPARE(cold.value().record.toAddress, m_warm);
}

void TestReplenishmentService::refusalsChangeNothing()
{
    QVERIFY(request("1000"));
    // Nothing to move when hot covers its queue.
    m_chain.balances[m_hot] = xlm("5000");
    auto nothing = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, std::nullopt});
    QVERIFY(!nothing.ok());
    QVERIFY(nothing.error().message.find("nothing to move") != std::string::npos);
    // A source that cannot pay amount and fee.
    m_chain.balances[m_warm] = xlm("100");
    auto shortWarm = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("100")});
    QVERIFY(!shortWarm.ok());
    QVERIFY2(shortWarm.error().message.find("replenish warm from cold first") != std::string::npos, shortWarm.error().message.c_str());
    // A viewer may not.
    auto viewer = m_service->exportTransfer(Actor::fromOperator(5, "vera", security::Role::Viewer),
                                            ExportRequest{"XLM", WalletTier::Hot, xlm("1")});
    QCOMPARE(viewer.error().code, ErrorCode::Unauthorized);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), 0);

    m_chain.balances[m_warm] = xlm("300000");
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY(exported.ok());
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QByteArray file = exported.value().contents;
    auto wrongSigner = m_service->importSigned(m_admin, file + "|sig:" + QByteArray::fromStdString(m_cold));
    QVERIFY(!wrongSigner.ok());
    QVERIFY(wrongSigner.error().message.find("not signed by the source wallet") != std::string::npos);
    auto changed = m_service->importSigned(m_admin, QByteArray::fromStdString(m_warm + "|" + m_hot + "|25000000001|sig:" + m_warm));
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().message.find("not the exported transaction: it differs from replenishment "
                                          + std::to_string(exported.value().record.id)
                                          + " (amount: 25000000000 in the export, 25000000001 in the file)")
                 != std::string::npos,
             changed.error().message.c_str());
    auto unsignedFile = m_service->importSigned(m_admin, file);
    QVERIFY(!unsignedFile.ok());
    QCOMPARE(m_chain.broadcasts, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE state = 'exported' AND signed_tx IS NULL"
                                  " AND txid IS NULL")), 1);
}

void TestReplenishmentService::importSendsOnceAndConfirms()
{
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY(exported.ok());
    const QByteArray signedFile = exported.value().contents + "|sig:" + QByteArray::fromStdString(m_warm);
    auto imported = m_service->importSigned(m_admin, signedFile);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(imported.value().record.state, ReplenishmentState::Confirmed);
    QVERIFY(!imported.value().alreadyImported);
    QCOMPARE(m_chain.broadcasts, 1);
    auto again = m_service->importSigned(m_admin, signedFile);
    QVERIFY(again.ok());
    QVERIFY(again.value().alreadyImported);
    QCOMPARE(again.value().record.id, imported.value().record.id);
    QCOMPARE(m_chain.broadcasts, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), 1);
    // Booked with the confirmation: warm -> hot, and the fee as an expense.
    const auto balance = [this](std::string_view owner) {
        return m_ledger->account(ledger::walletAccount(owner, "XLM")).value().balance();
    };
    QCOMPARE(balance(ledger::owner::HotWallet), xlm("52500"));
    QCOMPARE(balance(ledger::owner::WarmWallet), xlm("7499.99999"));
    QCOMPARE(m_ledger->account(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")).value().balance(), xlm("0.00001"));
    for (const char *action : {"replenishment.import", "replenishment.broadcast", "replenishment.confirmed"})
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action))), 1);
    QVERIFY(m_audit->verify().ok());
}

void TestReplenishmentService::aFailedBroadcastKeepsTheSignedTransaction()
{
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY(exported.ok());
    const QByteArray signedFile = exported.value().contents + "|sig:" + QByteArray::fromStdString(m_warm);
    m_chain.failBroadcasts = 1;
    m_chain.verdict = ChainVerdict::Pending;
    auto failed = m_service->importSigned(m_admin, signedFile);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Unavailable);
    QVERIFY(failed.error().message.find("import the file again") != std::string::npos);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE state = 'exported' AND signed_tx IS NOT NULL")), 1);
    auto retried = m_service->importSigned(m_admin, signedFile);
    QVERIFY(retried.ok());
    QCOMPARE(retried.value().record.state, ReplenishmentState::Broadcast);
    QCOMPARE(m_chain.broadcasts, 1);
    // follow() takes it to confirmed once the chain says so.
    m_chain.verdict = ChainVerdict::Confirmed;
    auto followed = m_service->follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().size(), size_t{1});
    QCOMPARE(followed.value().front().state, ReplenishmentState::Confirmed);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'replenishment.import'")), 1);
}

void TestReplenishmentService::booksThatCannotPayStopTheConfirmation()
{
    // The chain says warm sent 20,000 XLM; the books say warm held 10,000.
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("20000")});
    QVERIFY(exported.ok());
    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(m_warm));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.find("is confirmed on the chain but cannot be booked") != std::string::npos,
             imported.error().message.c_str());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE state = 'broadcast'")), 1);
    QCOMPARE(m_ledger->account(ledger::walletAccount(ledger::owner::WarmWallet, "XLM")).value().balance(), xlm("10000"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'replenishment.confirmed'")), 0);
}

void TestReplenishmentService::oneWaitingExportPerWalletAndCancel()
{
    auto first = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY(first.ok());
    // Another move from warm would take the same sequence number.
    auto rival = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("3000")});
    QVERIFY(!rival.ok());
    QCOMPARE(rival.error().code, ErrorCode::Conflict);
    QVERIFY2(rival.error().message.find("replenish cancel " + std::to_string(first.value().record.id)) != std::string::npos,
             rival.error().message.c_str());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), 1);
    // A viewer may not cancel; the exporter may.
    QCOMPARE(m_service->cancel(Actor::fromOperator(5, "vera", security::Role::Viewer), first.value().record.id).error().code,
             ErrorCode::Unauthorized);
    auto cancelled = m_service->cancel(m_admin, first.value().record.id);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled.value().state, ReplenishmentState::Cancelled);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'replenishment.cancel'")), 1);
    // Its signed file is refused now; nothing is sent.
    auto late = m_service->importSigned(m_admin, first.value().contents + "|sig:" + QByteArray::fromStdString(m_warm));
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.find("was cancelled") != std::string::npos);
    QCOMPARE(m_chain.broadcasts, 0);
    // The wallet is free for a new move, which can be sent and then not cancelled.
    auto second = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("3000")});
    QVERIFY(second.ok());
    QVERIFY(m_service->importSigned(m_admin, second.value().contents + "|sig:" + QByteArray::fromStdString(m_warm)).ok());
    QCOMPARE(m_service->cancel(m_admin, second.value().record.id).error().code, ErrorCode::WrongState);
    QCOMPARE(m_service->cancel(m_admin, 999).error().code, ErrorCode::NotFound);
}

void TestReplenishmentService::aTamperedDestinationIsNeitherExportedNorImported()
{
    // root stores hot's key (hot is then its address) and signs warm's
    // address again.
    const QByteArray hotSeed(32, '\x01');
    QVERIFY(m_vault->storeKey(m_signers->confirmed("root"), "hot:stellar", "stellar", m_hot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(hotSeed.constData()), 32))
                .ok());
    wallets::Wallet warm;
    warm.chain = Chain::Stellar;
    warm.tier = WalletTier::Warm;
    warm.asset = "XLM";
    warm.address = m_warm;
    QVERIFY(wallets::signWalletAddress(m_db->connection(), m_signers->confirmed("root"), warm, std::nullopt, m_clock.nowMs()).value() > 0);

    // Honest: both moves export.
    auto toHot = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY2(toHot.ok(), toHot.ok() ? "" : toHot.error().message.c_str());
    QVERIFY(m_service->cancel(m_admin, toHot.value().record.id).ok());
    auto toWarm = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Warm, xlm("5000")});
    QVERIFY2(toWarm.ok(), toWarm.ok() ? "" : toWarm.error().message.c_str());
    QVERIFY(m_service->cancel(m_admin, toWarm.value().record.id).ok());
    const std::int64_t exports = count(QStringLiteral("SELECT COUNT(*) FROM replenishments"));
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // Rows changed in SQL: neither move is exported to them.
    const std::string attacker = account('\x07');
    m_chain.balances[attacker] = xlm("300000");
    const auto setRow = [this](const char *tier, const std::string &address) {
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE wallets SET address = ? WHERE tier = ?"),
                         {QString::fromStdString(address), QString::fromLatin1(tier)})
                    .ok());
    };
    setRow("warm", attacker);
    auto tamperedWarm = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Warm, xlm("5000")});
    QVERIFY(!tamperedWarm.ok());
    QCOMPARE(tamperedWarm.error().code, ErrorCode::Conflict);
    QVERIFY2(tamperedWarm.error().message.find("is not the one an admin signed") != std::string::npos,
             tamperedWarm.error().message.c_str());
    setRow("warm", m_warm);
    setRow("hot", attacker);
    auto tamperedHot = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY(!tamperedHot.ok());
    QCOMPARE(tamperedHot.error().code, ErrorCode::Conflict);
    QVERIFY2(tamperedHot.error().message.find("is not the one the vault's hot key derives") != std::string::npos,
             tamperedHot.error().message.c_str());
    setRow("hot", m_hot);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), exports);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);

    // Exported to warm, then an admin signs another warm address: the
    // signed file of the old move is refused at import, nothing is sent.
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Warm, xlm("5001")});
    QVERIFY(exported.ok());
    QVERIFY(!exported.value().existing);
    warm.address = account('\x08');
    QVERIFY(wallets::signWalletAddress(m_db->connection(), m_signers->confirmed("root"), warm, m_warm, m_clock.nowMs()).value() > 0);
    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(m_cold));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::Conflict);
    QVERIFY2(imported.error().message.find(account('\x08')) != std::string::npos, imported.error().message.c_str());
    QCOMPARE(m_chain.broadcasts, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE signed_tx IS NOT NULL OR txid IS NOT NULL")), 0);
}

// Fail closed: with no pin listed (a vault made without one; here the pin's
// row deleted) no destination can be verified, so no move is exported and
// no signed file imported; nothing is stored or sent.
void TestReplenishmentService::withoutAPinNothingIsExportedNorImported()
{
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Hot, xlm("2500")});
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("DELETE FROM vault_keys WHERE name = ?"),
                     {QString::fromLatin1(security::KeyVault::kTrustAnchorName)})
                .ok());
    const std::string noPin = Message{MessageId::SignerNoPinnedAdminKey, {}}.english();
    const std::int64_t exports = count(QStringLiteral("SELECT COUNT(*) FROM replenishments"));
    auto toWarm = m_service->exportTransfer(m_admin, ExportRequest{"XLM", WalletTier::Warm, xlm("5000")});
    QVERIFY(!toWarm.ok());
    QCOMPARE(toWarm.error().code, ErrorCode::WrongState);
    QCOMPARE(toWarm.error().message, noPin);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), exports);
    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(m_warm));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().message, noPin);
    QCOMPARE(m_chain.broadcasts, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE signed_tx IS NOT NULL OR txid IS NOT NULL")), 0);
}

namespace {

// EIP-55's examples: a token contract and three wallets.
const std::string kContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kEthHot = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
const std::string kEthWarm = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
const std::string kEthCold = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb";
const std::string kEthCustomer = "0x52908400098527886E0F7030069857D2E4169EE7";

struct TokenChain {
    Asset token;
    std::string hot, warm, cold, customer;
};

TokenChain tokenChain(Chain chain)
{
    const auto algo = [](char fill) { return algorand::addressFromSeed(QByteArray(32, fill)); };
    switch (chain) {
    case Chain::Ethereum:
        return {testToken("USDE", chain, AssetIdentity::erc20(kContract), 6), kEthHot, kEthWarm, kEthCold, kEthCustomer};
    case Chain::Algorand:
        return {testToken("USDA", chain, AssetIdentity::algorandAsa(31566704), 6), algo('\x11'), algo('\x12'), algo('\x13'),
                algo('\x19')};
    case Chain::Stellar:
        break;
    }
    return {testToken("USDS", chain, AssetIdentity::stellarCredit("USDC", account('\x05')), 7), account('\x01'), account('\x02'),
            account('\x03'), account('\x09')};
}

} // namespace

Asset TestReplenishmentService::addToken(Chain chain)
{
    const TokenChain t = tokenChain(chain);
    const Asset &coin = nativeAssetOf(chain);
    auto added = security::AuditedAssets(*m_db, m_clock)
                     .add(m_admin, t.token, chain == Chain::Stellar ? std::nullopt : std::optional<int>(t.token.decimals));
    if (!added)
        qFatal("the token: %s", added.error().message.c_str());
    if (!security::AuditedSettings(*m_db, m_clock)
             .change(m_admin, t.token.code,
                     {{AssetSetting::WithdrawFee, "0"}, {AssetSetting::Limit24h, "100000"}, {AssetSetting::Limit72h, "100000"},
                      {AssetSetting::HotMax, "50000"}, {AssetSetting::WarmMax, "500000"}})
             .ok())
        qFatal("the token's settings");
    if (chain != Chain::Stellar) {
        for (const auto &[tier, address] : {std::pair{WalletTier::Hot, t.hot}, {WalletTier::Warm, t.warm}, {WalletTier::Cold, t.cold}}) {
            wallets::Wallet w;
            w.chain = chain;
            w.tier = tier;
            w.asset = coin.code;
            w.address = address;
            if (auto ok = m_wallets->add(m_admin, w); !ok)
                qFatal("the wallet: %s", ok.error().message.c_str());
        }
    }
    const auto open = [this](const std::string &id, const ledger::AccountKey &to, Amount amount, ledger::TransferCode code,
                             const ledger::AccountKey &from) {
        if (!m_ledger->submit(ledger::TransferRequest::posted(id, code, to, from, amount)).ok())
            qFatal("the opening balance %s", id.c_str());
    };
    const std::string c = t.token.code;
    open("test:ada:" + c, ledger::walletAccount(ledger::owner::HotWallet, c), t.token.parse("5000").value(),
         ledger::TransferCode::Deposit, ledger::customerAccount(m_ada, c));
    for (const auto &[tier, amount] : {std::pair{ledger::owner::WarmWallet, "10000"}, {ledger::owner::ColdWallet, "900000"}}) {
        open("test:opening:" + c + ":" + std::string(tier), ledger::walletAccount(tier, c), t.token.parse(amount).value(),
             ledger::TransferCode::Adjustment, ledger::equityAccount("opening_balance", c));
        if (chain != Chain::Stellar)
            open("test:opening:" + coin.code + ":" + std::string(tier), ledger::walletAccount(tier, coin.code), coin.parse("10").value(),
                 ledger::TransferCode::Adjustment, ledger::equityAccount("opening_balance", coin.code));
    }
    m_chain.onChain = chain;
    return t.token;
}

void TestReplenishmentService::aTokenMovesWithItsFeeInTheCoin_data()
{
    QTest::addColumn<QString>("chainText");
    QTest::addColumn<QString>("fee"); // the allowance and what the chain charges, in the coin
    QTest::newRow("stellar credit asset") << QStringLiteral("stellar") << QStringLiteral("0.0001");
    QTest::newRow("erc-20") << QStringLiteral("ethereum") << QStringLiteral("0.0021");
    QTest::newRow("asa") << QStringLiteral("algorand") << QStringLiteral("0.002");
}

void TestReplenishmentService::aTokenMovesWithItsFeeInTheCoin()
{
    QFETCH(QString, chainText);
    QFETCH(QString, fee);
    const Chain chain = chainFromName(chainText.toStdString()).value();
    const Asset token = addToken(chain);
    const Asset &coin = nativeAssetOf(chain);
    const TokenChain t = tokenChain(chain);
    const auto units = [&token](const char *text) { return token.parse(text).value(); };
    const auto coins = [&coin](const std::string &text) { return coin.parse(text).value(); };
    m_chain.fee = coins(fee.toStdString());
    m_chain.charged = coins(fee.toStdString());
    m_chain.tokenBalances[{t.hot, token.identity.describe()}] = units("200");
    m_chain.tokenBalances[{t.warm, token.identity.describe()}] = units("9000");
    m_chain.balances[t.warm] = coins("1");
    m_chain.balances[t.hot] = coins("1");
    // 1,234.5 of the token queued; hot holds 200: short by 1,034.5 exactly
    // (no fee in the token), rounded up to 1,100.
    for (const char *amount : {"1000", "234.5"}) {
        auto w = m_withdrawals->request(m_admin, m_ada, token.code, t.customer, units(amount));
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    }
    auto plans = m_service->plan();
    QVERIFY(plans.ok());
    const auto it = std::find_if(plans.value().begin(), plans.value().end(), [&](const auto &p) { return p.asset.code == token.code; });
    QVERIFY(it != plans.value().end());
    QVERIFY2(it->problem.empty(), it->problem.c_str());
    QCOMPARE(it->feeAsset.code, coin.code);
    QCOMPARE(it->feeAllowance, coins(fee.toStdString()));
    QVERIFY(it->plan.warmToHot);
    QCOMPARE(it->plan.warmToHot->need, units("1234.5"));
    QCOMPARE(it->plan.warmToHot->shortfall, units("1034.5"));
    QCOMPARE(it->plan.warmToHot->amount, units("1100"));

    auto exported = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, std::nullopt});
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    QCOMPARE(exported.value().record.amount, units("1100"));
    QCOMPARE(exported.value().record.maxFee, coins(fee.toStdString()));
    QCOMPARE(exported.value().record.fromAddress, t.warm);
    QCOMPARE(exported.value().record.toAddress, t.hot);
    // The chain was asked to move the token as root signed it.
    QCOMPARE(m_chain.prepared.size(), std::size_t(1));
    QVERIFY(m_chain.prepared.front().identity == token.identity);
    QCOMPARE(exported.value().contents, QByteArray::fromStdString(t.warm + "|" + t.hot + "|" + units("1100").toBaseUnitString() + "|"
                                                                  + token.identity.describe()));

    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(t.warm));
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(imported.value().record.state, ReplenishmentState::Confirmed);
    const auto balance = [this](const ledger::AccountKey &key) { return m_ledger->account(key).value().balance(); };
    // The token moved warm -> hot; the fee left warm's coin as an expense.
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::HotWallet, token.code)), units("6100"));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, token.code)), units("8900"));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, token.code)), Amount());
    const Amount warmCoinBefore = chain == Chain::Stellar ? coins("10000") : coins("10");
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, coin.code)),
             Amount::fromBaseUnits(warmCoinBefore.baseUnits() - coins(fee.toStdString()).baseUnits()));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, coin.code)), coins(fee.toStdString()));
    QVERIFY(m_audit->verify().ok());
}

void TestReplenishmentService::aTokenNotInForceDoesNotMove()
{
    const Asset token = addToken(Chain::Stellar);
    const TokenChain t = tokenChain(Chain::Stellar);
    m_chain.tokenBalances[{t.warm, token.identity.describe()}] = token.parse("9000").value();
    // Exported while in force; then someone with SQL access points the row
    // at another issuer.
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, token.parse("100").value()});
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_issuer = ? WHERE code = ?"),
                     {QString::fromStdString(account('\x06')), QString::fromStdString(token.code)})
                .ok());
    const std::int64_t exports = count(QStringLiteral("SELECT COUNT(*) FROM replenishments"));
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto refused = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Warm, token.parse("100").value()});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find(token.code + " is not in force") != std::string::npos, refused.error().message.c_str());
    auto plans = m_service->plan();
    QVERIFY(plans.ok());
    for (const auto &p : plans.value()) {
        if (p.asset.code == token.code) {
            QVERIFY(!p.plan.warmToHot && !p.plan.coldToWarm);
            QVERIFY2(p.problem.find("is not in force") != std::string::npos, p.problem.c_str());
        }
    }
    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(t.warm));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.find("is not in force") != std::string::npos, imported.error().message.c_str());
    QVERIFY(imported.error().message.find("nothing was sent") != std::string::npos);
    QCOMPARE(m_chain.broadcasts, 0);
    QCOMPARE(m_chain.prepared.size(), std::size_t(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), exports);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE signed_tx IS NOT NULL")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestReplenishmentService::aSourceShortOfTheTokenOrOfTheCoinForTheFeeIsRefused()
{
    const Asset token = addToken(Chain::Ethereum);
    const Asset &eth = nativeAssetOf(Chain::Ethereum);
    const TokenChain t = tokenChain(Chain::Ethereum);
    m_chain.fee = eth.parse("0.0021").value();
    m_chain.tokenBalances[{t.warm, token.identity.describe()}] = token.parse("99.999999").value();
    m_chain.balances[t.warm] = eth.parse("1").value();
    auto shortToken = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, token.parse("100").value()});
    QVERIFY(!shortToken.ok());
    QCOMPARE(shortToken.error().code, ErrorCode::InvalidInput);
    QCOMPARE(shortToken.error().message, std::string("warm holds 99.999999 USDE, the move needs 100.00 USDE: replenish warm from cold first"
                                                     " (--tier warm)"));
    // The token is there, the ether for the fee is not (by one wei).
    m_chain.tokenBalances[{t.warm, token.identity.describe()}] = token.parse("100").value();
    m_chain.balances[t.warm] = eth.parse("0.002099999999999999").value();
    auto shortCoin = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, token.parse("100").value()});
    QVERIFY(!shortCoin.ok());
    QCOMPARE(shortCoin.error().code, ErrorCode::InvalidInput);
    QVERIFY2(shortCoin.error().message.find("needs up to 0.0021 ETH for its network fee: send ETH to warm first")
                 != std::string::npos,
             shortCoin.error().message.c_str());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'replenishment.export'")), 0);
    // Exactly enough of each: exported.
    m_chain.balances[t.warm] = eth.parse("0.0021").value();
    auto exact = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, token.parse("100").value()});
    QVERIFY2(exact.ok(), exact.ok() ? "" : exact.error().message.c_str());
}

// An admin signs another issuer for the token after the export: the token
// is in force, but not as the export moves it; nothing is sent.
void TestReplenishmentService::anExportOfATokenSignedAnewSinceIsNotSent()
{
    Asset token = addToken(Chain::Stellar);
    const TokenChain t = tokenChain(Chain::Stellar);
    m_chain.tokenBalances[{t.warm, token.identity.describe()}] = token.parse("9000").value();
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, token.parse("100").value()});
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    const std::string before = token.identity.describe();
    token.identity = AssetIdentity::stellarCredit("USDC", account('\x06'));
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_issuer = ? WHERE code = ?"),
                     {QString::fromStdString(token.identity.issuer), QString::fromStdString(token.code)})
                .ok());
    QVERIFY(security::signAssetIdentity(m_db->connection(), m_signers->confirmed("root"), token, m_clock.nowMs()).ok());
    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(t.warm));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::Conflict);
    QVERIFY2(imported.error().message.find("moves " + before + ", but " + token.code + " is " + token.identity.describe()
                                           + " as an admin signed it now: nothing was sent")
                 != std::string::npos,
             imported.error().message.c_str());
    QCOMPARE(m_chain.broadcasts, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE signed_tx IS NOT NULL")), 0);
    // Once cancelled, the token moves as it is signed now.
    QVERIFY(m_service->cancel(m_admin, exported.value().record.id).ok());
    m_chain.tokenBalances[{t.warm, token.identity.describe()}] = token.parse("9000").value();
    auto again = m_service->exportTransfer(m_admin, ExportRequest{token.code, WalletTier::Hot, token.parse("100").value()});
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
    QVERIFY(m_chain.prepared.back().identity == token.identity);
}

QTEST_GUILESS_MAIN(TestReplenishmentService)
#include "tst_replenishmentservice.moc"
