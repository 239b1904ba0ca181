// What the payout signer's checks cost (PayoutAuthorization: the request's
// signatures, the ledger's hold, the signed statements, the limits
// recomputed from the ledger, the approvals verified against the key
// vault's pinned admin key). On one SQLite database, N withdrawals wait in
// processing: half within the limits, requested by the customer on the API
// with a Stellar key an admin registered (verified again, with the key
// statements, by the signer), half over them, requested by an operator who
// signs, and approved by two approvers whose keys an admin registered. The benchmark times the checks alone over all N (a fresh
// authorization, as one payout run builds), then a whole PayoutService run
// that checks, signs (an Ed25519 signature per payout, as a Stellar or
// Algorand payout costs), stores and sends each of them, and prints the
// checks' share of the run. It fails (exit 1) if a check holds any of them
// or the run pays fewer than N.
//
//   bench_payouts [--quick] [--withdrawals N]

#include "core/base/manualclock.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/signedwithdrawalservice.h"
#include "core/withdrawals/withdrawalkeyservice.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "scriptedpayer.h"
#include "testsigners.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

const std::string kHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kDestination = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

// The scripted chain, with a real Ed25519 signature over each payout.
class SigningPayer final : public ChainPayer
{
public:
    Chain chain() const override { return m_inner.chain(); }
    Result<Amount> balance(const std::string &a, const Asset &asset) override { return m_inner.balance(a, asset); }
    Result<Amount> maxFee(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot) override
    {
        return m_inner.maxFee(w, asset, hot);
    }
    bool sequential() const override { return true; }
    Result<std::int64_t> chainSequence(const std::string &) override { return m_next; }
    Result<PayoutRecord> sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                              const security::KeyVault &vault, std::int64_t sequence, const Amount &fee) override
    {
        auto p = m_inner.sign(w, asset, hot, vault, sequence, fee);
        if (p)
            p.value().rawTx += crypto::ed25519::sign(m_seed, QByteArray::fromStdString(p.value().rawTx)).toHex().toStdString();
        ++m_next;
        return p;
    }
    Result<void> send(const PayoutRecord &p) override { return m_inner.send(p); }
    Result<PayoutStatus> status(const PayoutRecord &p) override { return m_inner.status(p); }

    ScriptedPayer m_inner;
    QByteArray m_seed = QByteArray(32, '\x2a');
    std::int64_t m_next = 101;
};

int fail(const char *what)
{
    std::fprintf(stderr, "bench_payouts: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int n = args.contains(QStringLiteral("--quick")) ? 100 : 400;
    if (const auto i = args.indexOf(QStringLiteral("--withdrawals")); i > 0 && i + 1 < args.size())
        n = args.at(i + 1).toInt();
    n -= n % 2;

    QTemporaryDir dir;
    qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", dir.path().toUtf8());
    auto db = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db")));
    if (!db || !db.value()->migrate(allMigrations()))
        return fail("cannot make the database");
    Database &database = *db.value();
    ManualClock clock(1'700'000'000'000);
    ledger::LedgerService books(database, clock);
    security::AuditLog audit(database, clock);
    wallets::WalletService walletService(database, clock, audit);
    security::KeyVault vault(database, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
    WithdrawalService service(database, clock, books, audit);
    TestSigners signers(database, clock, audit);
    signers.addFirstAdmin("root");
    for (const char *name : {"olga", "pete"})
        signers.add(name, Role::Approver);
    signers.add("sam", Role::Operator);
    signers.trustVault(vault, "root", "bench vault passphrase");
    signers.registerKey("root", "olga");
    signers.registerKey("root", "pete");
    signers.registerKey("root", "sam"); // sam signs his requests: the signer verifies each
    if (!wallets::WalletRepository(database.connection(), database.dialect())
             .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1))
        return fail("cannot add the hot wallet");
    security::AuditedSettings settings(database, clock);
    if (!settings.change(signers.confirmed("root"), "XLM",
                         {{AssetSetting::Limit24h, "1000"}, {AssetSetting::Limit72h, "100000000"}}))
        return fail("cannot set the limits");
    if (!WithdrawalRepository(database.connection(), database.dialect()).setTwoApproversAbove("XLM", xlm("1000")))
        return fail("cannot set the four-eyes amount");

    // Each customer: one withdrawal within the limits, signed on the API
    // with their own Stellar key, then one over them, by sam.
    const Actor sam = signers.confirmed("sam");
    const Actor root = signers.confirmed("root");
    WithdrawalKeyService keys(database, clock, audit);
    SignedWithdrawalService api(database, clock, service, audit);
    for (int c = 0; c < n / 2; ++c) {
        auto customer = CustomerRepository(database.connection()).add(QStringLiteral("Bench %1").arg(c), QString(), 1);
        if (!customer)
            return fail("cannot add a customer");
        const std::int64_t id = customer.value().id;
        if (!books.submit(ledger::TransferRequest::posted("bench:" + std::to_string(c), ledger::TransferCode::Deposit,
                                                           ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                           ledger::customerAccount(id, "XLM"), xlm("10000"))))
            return fail("cannot credit a customer");
        QByteArray seed(32, '\x07');
        seed[0] = static_cast<char>(c & 0xff);
        seed[1] = static_cast<char>((c >> 8) & 0xff);
        const std::string key = stellar::accountIdFromSeed(seed);
        if (!keys.add(root, id, Chain::Stellar, key))
            return fail("cannot register a customer's key");
        clock.advance(1000);
        const std::string payload = QStringLiteral(R"({"customer_id":%1,"request_id":"bench","asset":"XLM","destination":"%2","amount":"500"})")
                                        .arg(id)
                                        .arg(QString::fromStdString(kDestination))
                                        .toStdString();
        SignedWithdrawalRequest signedRequest{id, "bench", "XLM", kDestination, "500", {}};
        signedRequest.signatures.push_back(
            {Chain::Stellar, key, base64::encode(stellar::signMessage(seed, QByteArray::fromStdString(payload))), payload});
        if (auto within = api.submit(signedRequest); !within)
            return fail(within.error().message.c_str());
        auto over = service.request(sam, id, "XLM", kDestination, xlm("2000"));
        if (!over)
            return fail("cannot request over the limits");
        for (const char *approver : {"olga", "pete"}) {
            if (auto approved = service.approve(signers.confirmed(approver), over.value().id); !approved)
                return fail(approved.error().message.c_str());
        }
    }
    SigningPayer payer;
    payer.m_inner.hotBalance = xlm("100000000");
    PayoutService payouts(database, clock, books, audit, walletService, payer);

    // Processing (within the limits) and approved (over them): the run
    // takes the approved ones into processing first.
    WithdrawalFilter approvedOrProcessing;
    approvedOrProcessing.limit = n + 10;
    auto all = WithdrawalRepository(database.connection(), database.dialect()).list(approvedOrProcessing);
    if (!all || static_cast<int>(all.value().size()) != n)
        return fail("the queue is not as built");

    auto pinned = vault.pinnedAdminKey();
    if (!pinned || !pinned.value())
        return fail("the vault pins no key");
    QElapsedTimer timer;
    timer.start();
    PayoutAuthorization authorization(database.connection(), database.dialect(), pinned.value(),
                                      PayoutAuthorization::limitsFromRows(database.connection(), database.dialect()));
    for (const WithdrawalRecord &w : all.value()) {
        auto finding = authorization.check(w);
        if (!finding || finding.value())
            return fail(finding ? finding.value()->reason.english().c_str() : finding.error().message.c_str());
    }
    const double checksMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    auto run = payouts.run(vault);
    const double runMs = timer.nsecsElapsed() / 1e6;
    if (!run || run.value().signedNew != n || run.value().held != 0)
        return fail(run ? "the run did not pay every withdrawal" : run.error().message.c_str());

    std::printf("payout signer's checks, %d withdrawals (%d within limits, signed by their customers; %d signed by an operator, with two verified approvals), SQLite:\n",
                n, n / 2, n / 2);
    std::printf("  checks alone:        %8.1f ms  (%6.0f us per withdrawal)\n", checksMs, checksMs * 1000 / n);
    std::printf("  run with the checks: %8.1f ms  (%6.0f us per payout, %.0f payouts/s)\n", runMs, runMs * 1000 / n,
                n / (runMs / 1000));
    std::printf("  the checks' share:   %8.1f %%  (payouts/s without them would be %.0f)\n", 100 * checksMs / runMs,
                n / ((runMs - checksMs) / 1000));
    return 0;
}
