#include "core/demo/demotrust.h"

#include "core/base/manualclock.h"
#include "core/demo/demotokens.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/signedstatements.h"
#include "core/security/totp.h"
#include "core/security/trustanchor.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/chainsettingsstatement.h"
#include "core/wallets/walletaddressstatement.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/withdrawalservice.h"

#include <array>

namespace exchange {

namespace {

constexpr std::int64_t kCodeStepMs = 30'000;

// Demo operators, one per role, with the demo passwords the README names.
// The admin and the approver are enrolled for two-factor codes with the
// demo secret, so that an authenticator app can produce their codes.
struct DemoOperator {
    const char *username;
    security::Role role;
    const char *password;
};

constexpr std::array<DemoOperator, 4> kOperators{{
    {"admin", security::Role::Admin, "demo-admin"},
    {"approver", security::Role::Approver, "demo-approver"},
    {"operator", security::Role::Operator, "demo-operator"},
    {"viewer", security::Role::Viewer, "demo-viewer"},
}};

struct DemoSettings {
    const char *code;
    // min deposit, min collection, withdraw fee, 24h, 72h, hot max, warm max
    std::array<const char *, 7> values;
};

// Sized like a small exchange: the hot wallet holds about a day of
// withdrawals, warm a week or two, the rest is cold.
// The USDC tokens (demotokens.h) alike on every chain, but for what a
// withdrawal costs the exchange there (gas on Ethereum) and what is worth
// sweeping from a deposit address (Stellar has none: deposits arrive at the
// base account).
constexpr std::array<DemoSettings, 6> kSettings{{
    {"XLM", {"1", "100", "0.01", "10000", "25000", "50000", "500000"}},
    {"ETH", {"0.001", "0.05", "0.0005", "5", "12", "50", "500"}},
    {"ALGO", {"1", "50", "0.001", "20000", "50000", "100000", "1000000"}},
    {"USDC", {"10", "500", "5", "25000", "60000", "100000", "1000000"}},
    {"USDCXLM", {"1", "1", "0.5", "25000", "60000", "100000", "1000000"}},
    {"USDCALGO", {"1", "100", "0.5", "25000", "60000", "100000", "1000000"}},
}};

// Above these, two approvers agree.
constexpr std::array<std::pair<const char *, const char *>, 4> kFourEyes{{
    {"XLM", "5000"}, {"USDC", "10000"}, {"USDCXLM", "10000"}, {"USDCALGO", "10000"},
}};

Result<void> addDemoOperators(security::OperatorService &operators, ManualClock &clock)
{
    const QByteArray totpSecret(kDemoTotpSecret);
    for (const DemoOperator &o : kOperators) {
        auto added = operators.add(security::Actor::cli("demo-data"), o.username, o.role, QByteArray(o.password));
        if (!added) {
            if (added.error().code == ErrorCode::Conflict)
                continue; // someone made this operator already; leave it as it is
            return added.error();
        }
        // The operator, who requests the demo's withdrawals, signs them:
        // enrolled too, by choice (their role does not require it).
        if (o.role == security::Role::Viewer)
            continue;
        auto session = operators.login(o.username, QByteArray(o.password));
        if (!session)
            return session.error();
        if (auto begun = operators.beginEnrolment(*session.value(), totpSecret); !begun)
            return begun.error();
        clock.advance(kCodeStepMs);
        const std::string code = security::Totp::codeAt(totpSecret, clock.nowMs() / 1000);
        if (auto enrolled = operators.confirmEnrolment(*session.value(), code); !enrolled)
            return enrolled.error();
    }
    return {};
}

// The admin creates the vault, which pins their key, and registers their
// own key by it, as `exctl vault init --operator` does.
Result<void> pinTheVault(Database &database, ManualClock &clock, security::AuditLog &audit,
                         security::OperatorService &operators)
{
    security::KeyVault vault(database, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
    auto state = vault.state();
    if (!state)
        return state.error();
    if (state.value() != security::KeyVault::State::Uninitialized)
        return {}; // someone made a vault already; leave it as it is
    auto admin = demoConfirmed(operators, clock, "admin");
    if (!admin)
        return admin.error();
    if (auto created = vault.initialize(admin.value(), QByteArray(kDemoVaultPassphrase)); !created)
        return created.error();
    if (auto anchored = security::registerPinnedAdmin(operators, vault, admin.value()); !anchored)
        return anchored.error();
    vault.lock(admin.value());
    return {};
}

// Every asset's money settings as the admin sets them, one signed change
// each, and the four-eyes amounts: above 5,000 XLM or 10,000 USDC (on any
// chain) two approvers agree.
Result<void> signDemoSettings(Database &database, ManualClock &clock, security::AuditLog &audit,
                              security::OperatorService &operators)
{
    security::AuditedSettings settings(database, clock);
    for (const DemoSettings &demo : kSettings) {
        std::vector<AssetSettingsService::Change> changes;
        for (std::size_t i = 0; i < demo.values.size(); ++i)
            changes.emplace_back(kAllAssetSettings[i], demo.values[i]);
        auto admin = demoConfirmed(operators, clock, "admin");
        if (!admin)
            return admin.error();
        if (auto changed = settings.change(admin.value(), demo.code, changes); !changed)
            return changed.error();
    }
    ledger::LedgerService ledger(database, clock);
    withdrawals::WithdrawalService service(database, clock, ledger, audit);
    for (const auto &[code, above] : kFourEyes) {
        auto admin = demoConfirmed(operators, clock, "admin");
        if (!admin)
            return admin.error();
        if (auto set = service.setTwoApproversAbove(admin.value(), code, demoAmount(code, above)); !set)
            return set.error();
    }
    return {};
}

// The demo has no nodes to change to: the admin signs each chain's
// settings as they stand, so that what is in force is what they signed.
Result<void> signDemoChains(Database &database, ManualClock &clock, security::AuditLog &audit,
                            security::OperatorService &operators)
{
    wallets::WalletService wallets(database, clock, audit);
    auto chains = wallets.chainSettings();
    if (!chains)
        return chains.error();
    auto admin = demoConfirmed(operators, clock, "admin");
    if (!admin)
        return admin.error();
    for (const wallets::ChainSettings &chain : chains.value()) {
        auto signed_ = security::SignedStatements(database.connection())
                           .sign(admin.value(), "chain", std::string(chainName(chain.chain)),
                                 wallets::chainSettingsStatement(chain, chain), clock.nowMs());
        if (!signed_)
            return signed_.error();
    }
    return {};
}

} // namespace

Result<security::Actor> demoConfirmed(security::OperatorService &operators, ManualClock &clock,
                                      const std::string &username)
{
    const DemoOperator *who = nullptr;
    for (const DemoOperator &o : kOperators)
        who = o.username == username ? &o : who;
    if (!who)
        return Error{ErrorCode::NotFound, "no demo operator " + username};
    auto session = operators.login(who->username, QByteArray(who->password));
    if (!session)
        return session.error();
    clock.advance(kCodeStepMs);
    return operators.confirm(*session.value(),
                             security::Totp::codeAt(QByteArray(kDemoTotpSecret), clock.nowMs() / 1000));
}

Result<void> addDemoTrust(Database &database, ManualClock &clock)
{
    security::AuditLog audit(database, clock);
    security::OperatorService operators(database, clock, audit);
    if (auto people = addDemoOperators(operators, clock); !people)
        return people;
    if (auto pinned = pinTheVault(database, clock, audit, operators); !pinned)
        return pinned;
    auto admin = demoConfirmed(operators, clock, "admin");
    if (!admin)
        return admin.error();
    for (const char *name : {"approver", "operator"}) {
        if (auto registered = operators.registerKey(admin.value(), name); !registered)
            return registered.error();
    }
    if (auto tokens = addDemoTokens(database, clock, operators); !tokens)
        return tokens;
    if (auto settings = signDemoSettings(database, clock, audit, operators); !settings)
        return settings;
    return signDemoChains(database, clock, audit, operators);
}

Result<void> signDemoWallets(Database &database, ManualClock &clock)
{
    security::AuditLog audit(database, clock);
    security::OperatorService operators(database, clock, audit);
    auto admin = demoConfirmed(operators, clock, "admin");
    if (!admin)
        return admin.error();
    auto all = wallets::WalletRepository(database.connection(), database.dialect()).list();
    if (!all)
        return all.error();
    UnitOfWork work(database);
    if (auto began = work.began(); !began)
        return began.error();
    for (const wallets::Wallet &w : all.value()) {
        if (w.tier == wallets::WalletTier::Deposit)
            continue;
        if (auto signed_ = wallets::signWalletAddress(work.db(), admin.value(), w, std::nullopt, clock.nowMs()); !signed_)
            return signed_.error();
    }
    return work.commit();
}

} // namespace exchange
