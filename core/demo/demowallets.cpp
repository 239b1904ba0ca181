#include "core/demo/demowallets.h"

#include "core/base/manualclock.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/base32.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/bip32publickey.h"
#include "core/crypto/bip39.h"
#include "core/customers/depositkeys.h"
#include "core/demo/demotokens.h"
#include "core/crypto/hashes.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"

#include <array>

namespace exchange {

namespace {

using wallets::WalletTier;

// BIP-39's published test mnemonic. Anyone can derive these keys: demo only.
constexpr std::string_view kTestMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

std::string ethereumAddress(std::uint32_t index)
{
    auto key = ethereum::secretKeyFromMnemonic(kTestMnemonic, "", index);
    auto address = ethereum::addressFromSecretKey(key.value());
    return ethereum::checksumAddress(address.value());
}

std::string stellarAddress(std::uint32_t index)
{
    return stellar::accountIdFromSeed(stellar::sep5Seed(kTestMnemonic, "", index).value());
}

std::string algorandAddress(std::uint32_t index)
{
    const QByteArray master = crypto::sha256(QByteArrayLiteral("exchange-console demo algorand master"));
    return algorand::addressFromSeed(algorand::depositSeed(master, index).value());
}

// Algorand deposit addresses derived ahead for customers added later.
constexpr std::uint32_t kDemoAlgorandPool = 20;

// Transaction ids in each chain's format, derived from a label.
std::string demoTxid(Chain chain, int n)
{
    const QByteArray digest = crypto::sha256("exchange-console demo payment " + QByteArray::number(n));
    switch (chain) {
    case Chain::Ethereum: return "0x" + digest.toHex().toStdString();
    case Chain::Stellar: return digest.toHex().toStdString();
    case Chain::Algorand: return base32::encode(digest);
    }
    return {};
}

struct DemoPayment {
    int customer; // index into the customers; -1: a memo naming nobody
    Chain chain;
    const char *asset;
    const char *amount;
};

// Customers 0…5: Ada, Grace, Alan, Edsger, Barbara, Donald.
constexpr std::array<DemoPayment, 14> kPayments{{
    {0, Chain::Stellar, "XLM", "12500"},       {1, Chain::Stellar, "XLM", "3200.5"},
    {2, Chain::Stellar, "XLM", "48000"},       {3, Chain::Stellar, "XLM", "150"},
    {4, Chain::Stellar, "XLM", "9999.9999999"}, {0, Chain::Ethereum, "ETH", "2.5"},
    {2, Chain::Ethereum, "ETH", "14.75"},      {5, Chain::Ethereum, "ETH", "0.3"},
    {1, Chain::Algorand, "ALGO", "5000"},      {4, Chain::Algorand, "ALGO", "120000"},
    {3, Chain::Algorand, "ALGO", "75.5"},      {5, Chain::Algorand, "ALGO", "1"},
    {-1, Chain::Stellar, "XLM", "42"},         // memo names no customer: waits for an operator
    {0, Chain::Stellar, "XLM", "0.5"},         // below the minimum deposit: recorded, not credited
}};

Amount amountOf(const char *asset, const char *text)
{
    return nativeAsset(asset)->parse(text).value();
}

} // namespace

Result<void> addDemoWalletsAndDeposits(Database &database, ManualClock &at, const std::vector<Customer> &customers)
{
    using namespace ledger;
    wallets::WalletRepository wallets(database.connection(), database.dialect());
    const auto add = [&](Chain chain, WalletTier tier, const char *asset, std::string address,
                         std::optional<std::int64_t> customer, std::optional<std::int64_t> index) -> Result<void> {
        wallets::Wallet w{0, chain, tier, asset, std::move(address), customer, index,
                          tier == WalletTier::Warm || tier == WalletTier::Cold, {}, 0};
        auto added = wallets.add(w, at.nowMs());
        if (!added)
            return added.error();
        return {};
    };
    // Index 0 hot, 1 warm, 2 cold; deposit keys from index 100 + customer.
    const std::array<std::pair<WalletTier, std::uint32_t>, 3> tiers{
        {{WalletTier::Hot, 0}, {WalletTier::Warm, 1}, {WalletTier::Cold, 2}}};
    for (const auto &[tier, index] : tiers) {
        for (auto r : {add(Chain::Stellar, tier, "XLM", stellarAddress(index), {}, {}),
                       add(Chain::Ethereum, tier, "ETH", ethereumAddress(index), {}, {}),
                       add(Chain::Algorand, tier, "ALGO", algorandAddress(index), {}, {})}) {
            if (!r)
                return r;
        }
    }
    std::vector<std::string> ethDeposit(customers.size()), algoDeposit(customers.size());
    for (size_t i = 0; i < customers.size(); ++i) {
        const auto index = static_cast<std::uint32_t>(100 + i);
        ethDeposit[i] = ethereumAddress(index);
        algoDeposit[i] = algorandAddress(index);
        if (auto r = add(Chain::Ethereum, WalletTier::Deposit, "ETH", ethDeposit[i], customers[i].id, index); !r)
            return r;
        if (auto r = add(Chain::Algorand, WalletTier::Deposit, "ALGO", algoDeposit[i], customers[i].id, index); !r)
            return r;
    }
    // What issuing a new customer's addresses needs (DepositKeys prepares it
    // from the vault's seed; the demo's vault holds none): the Ethereum
    // account's xpub of the same published mnemonic, and an Algorand pool
    // derived ahead from the demo's master, after the customers' indexes.
    auto seed = crypto::bip39::seedFromMnemonic(kTestMnemonic);
    if (!seed)
        return seed.error();
    auto master = crypto::Bip32Key::fromSeed(seed.value());
    if (!master)
        return master.error();
    auto account = master.value().derive(customers::DepositKeys::kEthereumAccountPath);
    if (!account)
        return account.error();
    if (auto q = sql::run(database.connection(),
                          QStringLiteral("INSERT INTO deposit_xpubs (chain, path, xpub, created_at) VALUES ('ethereum', ?, ?, ?)"),
                          {QString::fromLatin1(customers::DepositKeys::kEthereumAccountPath),
                           QString::fromStdString(crypto::Bip32PublicKey::fromPrivate(account.value()).serialise()),
                           QVariant::fromValue(at.nowMs())});
        !q)
        return q.error();
    for (std::uint32_t i = 0; i < kDemoAlgorandPool; ++i) {
        const auto index = static_cast<std::uint32_t>(100 + customers.size()) + i;
        if (auto r = add(Chain::Algorand, WalletTier::Deposit, "ALGO", algorandAddress(index), {}, index); !r)
            return r;
    }

    LedgerService ledger(database, at);
    security::AuditLog audit(database, at);
    deposits::DepositService deposits(database, at, ledger, audit);
    const std::string base = stellarAddress(0);
    int n = 0;
    for (const DemoPayment &p : kPayments) {
        at.advance(3 * 3600 * 1000 + 17 * 60 * 1000);
        ++n;
        deposits::ObservedPayment payment;
        payment.chain = p.chain;
        payment.txid = demoTxid(p.chain, n);
        payment.asset = p.asset;
        payment.amount = amountOf(p.asset, p.amount);
        payment.height = 1000 + n;
        payment.from = "demo sender";
        const auto customer = p.customer < 0 ? std::optional<std::int64_t>() : customers.at(static_cast<size_t>(p.customer)).id;
        switch (p.chain) {
        case Chain::Stellar:
            payment.to = base;
            payment.memo = customer ? std::to_string(*customer) : std::string("770001");
            break;
        case Chain::Ethereum: payment.to = ethDeposit.at(static_cast<size_t>(p.customer)); break;
        case Chain::Algorand: payment.to = algoDeposit.at(static_cast<size_t>(p.customer)); break;
        }
        auto done = deposits.ingest({payment}, deposits::CursorUpdate{"demo", std::to_string(n)});
        if (!done)
            return done.error();
    }

    // The exchange's own funds in its wallets (opening balances), and the
    // XLM above the hot wallet's max moved on to warm.
    const std::array<std::tuple<const char *, std::string_view, const char *>, 7> opening{{
        {"ETH", owner::HotWallet, "30"},      {"ETH", owner::WarmWallet, "200"},   {"ETH", owner::ColdWallet, "2000"},
        {"ALGO", owner::HotWallet, "80000"},  {"ALGO", owner::WarmWallet, "400000"}, {"ALGO", owner::ColdWallet, "5000000"},
        {"XLM", owner::ColdWallet, "1000000"},
    }};
    int k = 0;
    for (const auto &[asset, tier, amount] : opening) {
        at.advance(60 * 1000);
        if (auto r = ledger.submit(TransferRequest::posted("demo:opening:" + std::to_string(++k), TransferCode::Adjustment,
                                                           walletAccount(tier, asset), equityAccount("opening_balance", asset),
                                                           amountOf(asset, amount), "opening balance"));
            !r)
            return r.error();
    }
    if (auto r = ledger.submit(TransferRequest::posted("demo:rebalance:1", TransferCode::Collection,
                                                       walletAccount(owner::WarmWallet, "XLM"), walletAccount(owner::HotWallet, "XLM"),
                                                       amountOf("XLM", "23850.4999999"), "hot above its max"));
        !r)
        return r.error();

    return {};
}


Result<void> recordDemoChainBalances(Database &database, const Clock &clock)
{
    ManualClock at(clock.nowMs());
    wallets::WalletRepository wallets(database.connection(), database.dialect());
    ledger::LedgerService ledger(database, at);
    security::AuditLog audit(database, at);
    deposits::DepositService deposits(database, at, ledger, audit);
    using ledger::walletAccount;
    // What a wallet holds of an asset of its chain: at a deposit address
    // what was paid to it (nothing is swept in the demo), elsewhere the
    // ledger's balance of its tier.
    const auto held = [&](const wallets::Wallet &w, const std::string &asset) -> Result<Amount> {
        if (w.tier != WalletTier::Deposit) {
            auto account = ledger.account(walletAccount(wallets::walletTierName(w.tier), asset));
            if (!account)
                return account.error();
            return account.value().balance();
        }
        // Whoever it credited: one below the minimum credits nobody.
        auto received = deposits.list({std::nullopt, std::nullopt, asset, 1000, 0});
        if (!received)
            return received.error();
        Amount balance;
        for (const auto &d : received.value()) {
            if (d.to == w.address)
                balance = Amount::fromBaseUnits(balance.baseUnits() + d.amount.baseUnits());
        }
        return balance;
    };
    // What the nodes last reported: equal to the ledger, except ETH hot,
    // where 0.0021 ETH of gas is spent on chain but not yet booked, the
    // kind of difference the Wallets screen is there to show; and the same
    // of each token of the wallet's chain.
    auto all = wallets.list();
    if (!all)
        return all.error();
    for (const wallets::Wallet &w : all.value()) {
        auto balance = held(w, w.asset);
        if (!balance)
            return balance.error();
        if (w.asset == "ETH" && w.tier == WalletTier::Hot)
            balance = Amount::fromBaseUnits(balance.value().baseUnits() - amountOf("ETH", "0.0021").baseUnits());
        if (auto r = wallets.setChainBalance(w.id, balance.value(), at.nowMs()); !r)
            return r;
        for (const Asset &token : demoTokens()) {
            if (token.chain != w.chain)
                continue;
            auto tokens = held(w, token.code);
            if (!tokens)
                return tokens.error();
            if (auto r = wallets.setTokenBalance(w.id, token.code, tokens.value(), at.nowMs()); !r)
                return r;
        }
    }
    return {};
}

} // namespace exchange
