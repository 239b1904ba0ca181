#include "core/demo/demotokens.h"

#include "core/base/manualclock.h"
#include "core/crypto/base32.h"
#include "core/crypto/hashes.h"
#include "core/demo/demotrust.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedassets.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"

#include <array>
#include <tuple>

namespace exchange {

namespace {

using wallets::WalletTier;

// Circle's USD Coin as the chains know it (public identities: an ERC-20
// contract, a Stellar issuer, an ASA). Stellar counts every credit asset in
// 7 decimals; the contract and the ASA say 6.
const std::array<Asset, 3> kTokens{{
    {"USDC", "USD Coin (Ethereum)", Chain::Ethereum, 6, 2,
     AssetIdentity::erc20("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")},
    {"USDCXLM", "USD Coin (Stellar)", Chain::Stellar, 7, 2,
     AssetIdentity::stellarCredit("USDC", "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN")},
    {"USDCALGO", "USD Coin (Algorand)", Chain::Algorand, 6, 2, AssetIdentity::algorandAsa(31566704)},
}};

struct TokenPayment {
    int customer; // 0…5: Ada, Grace, Alan, Edsger, Barbara, Donald
    const char *asset;
    const char *amount;
};

constexpr std::array<TokenPayment, 7> kPayments{{
    {1, "USDC", "25000"},
    {0, "USDC", "38000"},
    {4, "USDCXLM", "40000"},
    {2, "USDCXLM", "1250.75"},
    {5, "USDCALGO", "3000"},
    {1, "USDCALGO", "40000"},
    {3, "USDC", "5"}, // below the minimum deposit (10 USDC): recorded, not credited
}};

// A transaction id in the chain's format, derived from a label.
std::string tokenTxid(Chain chain, int n)
{
    const QByteArray digest = crypto::sha256("exchange-console demo token payment " + QByteArray::number(n));
    switch (chain) {
    case Chain::Ethereum: return "0x" + digest.toHex().toStdString();
    case Chain::Stellar: return digest.toHex().toStdString();
    case Chain::Algorand: return base32::encode(digest);
    }
    return {};
}

// The demo vault's pin, as a watcher in the leader process reads it: the
// admin opens the vault with its published passphrase, and locks it again.
Result<QByteArray> demoPin(Database &database, ManualClock &clock)
{
    security::AuditLog audit(database, clock);
    security::OperatorService operators(database, clock, audit);
    security::KeyVault vault(database, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
    auto admin = demoConfirmed(operators, clock, "admin");
    if (!admin)
        return admin.error();
    if (auto opened = vault.unlock(admin.value(), QByteArray(kDemoVaultPassphrase)); !opened)
        return opened.error();
    auto pin = vault.pinnedAdminKey();
    vault.lock(admin.value());
    if (!pin)
        return pin.error();
    if (!pin.value())
        return Error{ErrorCode::WrongState, "the demo vault pins no admin key"};
    return *pin.value();
}

} // namespace

std::span<const Asset> demoTokens()
{
    return kTokens;
}

std::optional<Asset> demoAsset(std::string_view code)
{
    if (auto native = nativeAsset(code))
        return native;
    for (const Asset &token : kTokens) {
        if (token.code == code)
            return token;
    }
    return std::nullopt;
}

Amount demoAmount(std::string_view code, std::string_view text)
{
    return demoAsset(code)->parse(text).value();
}

Result<void> addDemoTokens(Database &database, ManualClock &clock, security::OperatorService &operators)
{
    security::AuditedAssets assets(database, clock);
    for (const Asset &token : kTokens) {
        auto admin = demoConfirmed(operators, clock, "admin");
        if (!admin)
            return admin.error();
        // The demo has no node to ask: its answer is the token's published
        // decimals, which is what `exctl asset add` would have read.
        auto added = assets.add(admin.value(), token, token.decimals);
        if (!added && added.error().code != ErrorCode::Conflict) // there already: leave it as it is
            return added.error();
    }
    return {};
}

Result<void> addDemoTokenJournal(Database &database, ManualClock &at, const std::vector<Customer> &customers)
{
    using namespace ledger;
    auto pin = demoPin(database, at);
    if (!pin)
        return pin.error();
    auto all = wallets::WalletRepository(database.connection(), database.dialect()).list();
    if (!all)
        return all.error();
    const auto addressOf = [&](Chain chain, WalletTier tier, std::optional<std::int64_t> customer) -> std::string {
        for (const wallets::Wallet &w : all.value()) {
            if (w.chain == chain && w.tier == tier && w.customerId == customer)
                return w.address;
        }
        return {};
    };

    LedgerService ledger(database, at);
    security::AuditLog audit(database, at);
    deposits::DepositService deposits(database, at, ledger, audit);
    deposits.setPinnedKeySource([key = pin.value()]() -> Result<std::optional<QByteArray>> {
        return std::optional<QByteArray>(key);
    });
    int n = 0;
    for (const TokenPayment &p : kPayments) {
        at.advance(2 * 3600 * 1000 + 41 * 60 * 1000);
        const Asset token = *demoAsset(p.asset);
        const std::int64_t customer = customers.at(static_cast<std::size_t>(p.customer)).id;
        deposits::ObservedPayment payment;
        payment.chain = token.chain;
        payment.txid = tokenTxid(token.chain, ++n);
        payment.asset = token.code;
        payment.token = token.identity;
        payment.amount = demoAmount(p.asset, p.amount);
        payment.height = 5000 + n;
        payment.from = "demo sender";
        if (token.chain == Chain::Stellar) {
            payment.to = addressOf(Chain::Stellar, WalletTier::Hot, std::nullopt); // the base account
            payment.memo = std::to_string(customer);
        } else {
            payment.to = addressOf(token.chain, WalletTier::Deposit, customer);
        }
        auto done = deposits.ingest({payment}, deposits::CursorUpdate{"demo", "token " + std::to_string(n)});
        if (!done)
            return done.error();
        if (done.value().recorded != 1)
            return Error{ErrorCode::Internal, "the demo's " + token.code + " deposit " + std::to_string(n) + " was not recorded"};
    }

    // The exchange's own USDC in its tiers (opening balances).
    const std::array<std::tuple<const char *, std::string_view, const char *>, 9> opening{{
        {"USDC", owner::HotWallet, "62000"},     {"USDC", owner::WarmWallet, "450000"},     {"USDC", owner::ColdWallet, "3000000"},
        {"USDCXLM", owner::HotWallet, "38000"},  {"USDCXLM", owner::WarmWallet, "300000"},  {"USDCXLM", owner::ColdWallet, "1500000"},
        {"USDCALGO", owner::HotWallet, "85000"}, {"USDCALGO", owner::WarmWallet, "250000"}, {"USDCALGO", owner::ColdWallet, "2000000"},
    }};
    int k = 0;
    for (const auto &[asset, tier, amount] : opening) {
        at.advance(60 * 1000);
        if (auto r = ledger.submit(TransferRequest::posted("demo:token-opening:" + std::to_string(++k), TransferCode::Adjustment,
                                                           walletAccount(tier, asset), equityAccount("opening_balance", asset),
                                                           demoAmount(asset, amount), "opening balance"));
            !r)
            return r.error();
    }
    return {};
}

} // namespace exchange
