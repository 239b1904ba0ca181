// Stellar payouts per ledger through hot's channel accounts, against the
// test Horizon with its ledger clock: a ledger closes every 5 s with the
// transactions submitted since (POST /transactions_async), one per source
// account as stellar-core's queue keeps it. For a pool of 1 and of 10
// channels (made by StellarChannels from hot), 40 withdrawals wait; each
// PayoutService run signs one payout per free channel and sends it, the
// ledger takes them, the next run settles them and signs the next. Over 3
// ledgers it prints how many payouts each took, on one SQLite database. It
// fails (exit 1) when a payout goes wrong or 10 channels do not beat 1.
//
//   bench_stellarchannels [--quick] [--interval MS] [--ledgers N]
// --quick: a ledger every 1 s.

#include "core/base/manualclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/stellarchannels.h"
#include "core/withdrawals/stellarpayer.h"
#include "core/withdrawals/withdrawalservice.h"
#include "horizontestserver.h"
#include "testsigners.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <numeric>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Bench keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("bench stellar channels hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
const std::string kCustomer = stellar::accountIdFromSeed(crypto::sha256("bench stellar channels customer"));
constexpr int kWithdrawals = 40;

// Waits (serving the test Horizon) until it has closed `count` ledgers.
void waitForLedgers(const HorizonTestServer &horizon, std::size_t count)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (horizon.ledgerSizes().size() >= count)
            loop.quit();
    });
    poll.start(10);
    loop.exec();
}

// Payouts per closed ledger with `channels` channels, or an error.
Result<std::vector<int>> measure(int channels, int intervalMs, int ledgers)
{
    QTemporaryDir dir;
    auto opened = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db")));
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    if (auto migrated = db.migrate(allMigrations()); !migrated)
        return migrated.error();
    ManualClock clock(1'700'000'000'000);
    ledger::LedgerService ledger(db, clock);
    security::AuditLog audit(db, clock);
    wallets::WalletService wallets(db, clock, audit);
    security::KeyVault vault(db, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
    TestSigners signers(db, clock, audit);
    signers.addFirstAdmin("root");
    signers.add("sam", security::Role::Operator);
    signers.trustVault(vault, "root", "bench stellar channels passphrase");
    signers.registerKey("root", "sam");
    const security::Actor admin = signers.confirmed("root");
    const security::Actor clerk = signers.confirmed("sam");
    const std::int64_t ada = CustomerRepository(db.connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    if (auto hot = wallets::WalletRepository(db.connection(), db.dialect())
                       .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1);
        !hot)
        return hot.error();
    if (auto set = security::AuditedSettings(db, clock).change(admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"},
                                                                             {AssetSetting::Limit24h, "1000000"},
                                                                             {AssetSetting::Limit72h, "1000000"}});
        !set)
        return set.error();
    if (auto key = vault.storeKey(admin, "hot:stellar", "stellar", kHot,
                                  security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                         static_cast<std::size_t>(kHotSeed.size())));
        !key)
        return key.error();
    HorizonTestServer horizon(stellar::TestNetworkPassphrase);
    if (!horizon.listen())
        return Error{ErrorCode::Unavailable, "the test Horizon cannot listen"};
    horizon.setCloseTime(clock.nowMs() / 1000);
    horizon.setAccount(QString::fromStdString(kHot), 100'000'0000000, 8'589'934'592);
    horizon.setAccount(QString::fromStdString(kCustomer), 10'0000000, 5);
    stellar::HorizonClient client{QUrl(horizon.url())};
    if (auto chain = wallets.setChainSettings(admin, {Chain::Stellar, horizon.url().toStdString(), {}, 1, stellar::TestNetworkPassphrase});
        !chain)
        return chain.error();
    if (auto funded = ledger.submit(ledger::TransferRequest::posted("bench:deposit", ledger::TransferCode::Deposit,
                                                                    ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                                    ledger::customerAccount(ada, "XLM"),
                                                                    Amount::parse("100000", 7).value()));
        !funded)
        return funded.error();
    if (auto made = StellarChannels(db, clock, audit, wallets, client, stellar::TestNetworkPassphrase).create(admin, channels, vault);
        !made)
        return made.error();
    WithdrawalService withdrawals(db, clock, ledger, audit);
    for (int i = 0; i < kWithdrawals; ++i) {
        if (auto w = withdrawals.request(clerk, ada, "XLM", kCustomer, Amount::parse("1", 7).value()); !w)
            return w.error();
    }

    StellarPayer payer(client, wallets, clock);
    PayoutService payouts(db, clock, ledger, audit, wallets, payer);
    horizon.setLedgerClock(intervalMs);
    for (int i = 0; i <= ledgers; ++i) {
        auto run = payouts.run(vault);
        if (!run)
            return run.error();
        if (run.value().errors > 0 || run.value().held > 0)
            return Error{ErrorCode::Internal, "a payout went wrong: " + run.value().problems.front()};
        if (i < ledgers)
            waitForLedgers(horizon, static_cast<std::size_t>(i + 1));
    }
    horizon.setLedgerClock(0);
    return horizon.ledgerSizes();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int intervalMs = args.contains(QStringLiteral("--quick")) ? 1000 : 5000;
    int ledgers = 3;
    if (const qsizetype at = args.indexOf(QStringLiteral("--interval")); at > 0 && at + 1 < args.size())
        intervalMs = args.at(at + 1).toInt();
    if (const qsizetype at = args.indexOf(QStringLiteral("--ledgers")); at > 0 && at + 1 < args.size())
        ledgers = args.at(at + 1).toInt();
    if (intervalMs < 100 || ledgers < 1) {
        std::fprintf(stderr, "bench_stellarchannels: --interval takes 100 ms or more, --ledgers 1 or more\n");
        return 2;
    }
    std::printf("Stellar payouts per ledger (a ledger every %d ms, %d ledgers, %d withdrawals waiting)\n", intervalMs, ledgers,
                kWithdrawals);
    double perLedger[2] = {0, 0};
    const int pools[2] = {1, 10};
    for (int i = 0; i < 2; ++i) {
        auto sizes = measure(pools[i], intervalMs, ledgers);
        if (!sizes) {
            std::fprintf(stderr, "bench_stellarchannels: %s\n", sizes.error().message.c_str());
            return 1;
        }
        std::string each;
        for (int n : sizes.value())
            each += (each.empty() ? "" : ", ") + std::to_string(n);
        const int total = std::accumulate(sizes.value().begin(), sizes.value().end(), 0);
        perLedger[i] = static_cast<double>(total) / static_cast<double>(sizes.value().size());
        std::printf("  %2d channel(s): %.1f payouts per ledger (each ledger: %s)\n", pools[i], perLedger[i], each.c_str());
    }
    if (perLedger[1] <= perLedger[0]) {
        std::fprintf(stderr, "bench_stellarchannels: 10 channels paid no more per ledger than 1\n");
        return 1;
    }
    return 0;
}
