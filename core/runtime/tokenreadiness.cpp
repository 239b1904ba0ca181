#include "core/runtime/tokenreadiness.h"

#include "core/chains/algorand/algodclient.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/deposits/algorandtokencollection.h"
#include "core/runtime/coreservices.h"
#include "core/security/actor.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/stellartrustlines.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandoptins.h"

#include <QUrl>

#include <map>

namespace exchange {

namespace {

constexpr int kStellarDecimals = 7; // Horizon's amounts are stroops for every asset

QUrl url(const std::string &s)
{
    return QUrl(QString::fromStdString(s));
}

// The admin key the tokens in force are traced from: the vault's sealed one
// while it is unlocked, else the one it lists (as exctl's commands take it).
wallets::PinnedKeySource pinOf(CoreServices &services)
{
    return [&services]() -> Result<std::optional<QByteArray>> {
        auto key = wallets::SignerNode::pin(services.database().connection(), services.vault());
        if (!key)
            return key.error();
        if (key.value().isEmpty())
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(key.value());
    };
}

} // namespace

TokenReadiness::TokenReadiness(CoreServices &services) : m_services(services)
{
}

Result<std::string> TokenReadiness::nodeUrl(Chain chain, std::string *network)
{
    auto node = wallets::SignerNode::of(m_services.database().connection(), m_services.vault(), m_services.wallets(), chain);
    if (!node)
        return node.error();
    if (node.value().settings.nodeUrl.empty()) {
        // A node only in the rows (not signed) is not asked: say why.
        if (!node.value().warnings.empty())
            return Error{ErrorCode::WrongState, node.value().warnings.front()};
        return Error{ErrorCode::WrongState, std::string(chainName(chain)) + " has no node set: an admin sets it in Settings"};
    }
    if (network)
        *network = node.value().settings.network;
    return node.value().settings.nodeUrl;
}

Result<TokenReadinessReport> TokenReadiness::read()
{
    TokenReadinessReport report;
    if (auto stellar = readStellar(report); !stellar)
        report.notes.push_back("Stellar: " + stellar.error().message);
    if (auto algorand = readAlgorand(report); !algorand)
        report.notes.push_back("Algorand: " + algorand.error().message);
    return report;
}

Result<void> TokenReadiness::readStellar(TokenReadinessReport &report)
{
    const wallets::PinnedKeySource pin = pinOf(m_services);
    auto tokens = wallets::tokensInForce(m_services.database().connection(), m_services.database().dialect(), Chain::Stellar, pin);
    if (!tokens)
        return tokens.error();
    if (tokens.value().empty())
        return {};
    std::string network;
    auto node = nodeUrl(Chain::Stellar, &network);
    if (!node)
        return node.error();
    stellar::HorizonClient horizon(url(node.value()));
    wallets::StellarTrustlines trustlines(m_services.database(), m_services.clock(), m_services.audit(), m_services.wallets(),
                                          horizon, network);
    auto states = trustlines.list(pin);
    if (!states)
        return states.error();
    for (const wallets::TrustlineState &s : states.value()) {
        TokenReadinessRow row;
        row.chain = Chain::Stellar;
        row.asset = s.asset;
        row.decimals = kStellarDecimals;
        row.tier = s.tier;
        row.address = s.address;
        row.accountExists = s.accountExists;
        row.ready = s.exists;
        if (s.exists) {
            row.authorized = s.authorized;
            row.limit = s.limit;
            row.balance = s.balance;
        }
        report.rows.push_back(std::move(row));
    }
    return {};
}

Result<void> TokenReadiness::readAlgorand(TokenReadinessReport &report)
{
    const wallets::PinnedKeySource pin = pinOf(m_services);
    auto tokens = wallets::tokensInForce(m_services.database().connection(), m_services.database().dialect(), Chain::Algorand, pin);
    if (!tokens)
        return tokens.error();
    if (tokens.value().empty())
        return {};
    std::map<std::string, int> decimals;
    for (const wallets::WatchedToken &t : tokens.value())
        decimals[t.asset] = t.decimals;
    auto node = nodeUrl(Chain::Algorand);
    if (!node)
        return node.error();
    algorand::AlgodClient algod(url(node.value()));
    withdrawals::AlgorandOptIns optIns(m_services.database(), m_services.audit(), m_services.wallets(), algod);
    auto rows = optIns.list(pin);
    if (!rows)
        return rows.error();
    for (const withdrawals::AlgorandOptIns::Row &r : rows.value()) {
        TokenReadinessRow row;
        row.chain = Chain::Algorand;
        row.asset = r.asset;
        row.decimals = decimals[r.asset];
        row.tier = r.wallet.tier;
        row.address = r.wallet.address;
        row.ready = r.holding.has_value();
        if (r.holding) {
            row.authorized = !r.holding->frozen;
            row.balance = Amount::fromBaseUnits(static_cast<int128>(r.holding->amount));
        }
        report.rows.push_back(std::move(row));
    }
    deposits::AlgorandTokenCollection collection(m_services.database(), m_services.clock(), m_services.ledger(), m_services.audit(),
                                                 m_services.wallets(), algod);
    auto count = collection.countMissingOptIns(tokens.value());
    if (!count)
        return count.error();
    if (count.value().addresses == 0)
        return {};
    for (const auto &[asset, missing] : count.value().missing) {
        TokenReadinessRow row;
        row.chain = Chain::Algorand;
        row.asset = asset;
        row.decimals = decimals[asset];
        row.tier = wallets::WalletTier::Deposit;
        row.ready = missing == 0;
        row.depositAddresses = count.value().addresses;
        row.depositMissing = missing;
        report.rows.push_back(std::move(row));
    }
    return {};
}

Result<TokenPreparation> TokenReadiness::prepare(const security::Actor &actor, Chain chain, const std::string &asset,
                                                 wallets::WalletTier tier)
{
    if (tier != wallets::WalletTier::Hot && tier != wallets::WalletTier::Warm && tier != wallets::WalletTier::Cold)
        return Error{ErrorCode::InvalidInput, "only the hot, warm and cold wallets are prepared here; deposit addresses opt in "
                                              "with the collection run"};
    const bool hot = tier == wallets::WalletTier::Hot;
    if (hot) {
        auto state = m_services.vault().state();
        if (!state)
            return state.error();
        if (state.value() != security::KeyVault::State::Unlocked)
            return Error{ErrorCode::WrongState, "the key vault is locked: an admin unlocks it on the Operators screen, then tries again"};
    }
    const wallets::PinnedKeySource pin = pinOf(m_services);
    switch (chain) {
    case Chain::Stellar: {
        std::string network;
        auto node = nodeUrl(Chain::Stellar, &network);
        if (!node)
            return node.error();
        stellar::HorizonClient horizon(url(node.value()));
        wallets::StellarTrustlines trustlines(m_services.database(), m_services.clock(), m_services.audit(), m_services.wallets(),
                                              horizon, network);
        auto made = trustlines.establish(actor, asset, tier, pin, hot ? &m_services.vault() : nullptr);
        if (!made)
            return made.error();
        TokenPreparation p;
        p.address = made.value().before.address;
        p.txid = made.value().txid;
        p.alreadyDone = made.value().alreadyTrusted;
        if (!hot && !p.alreadyDone)
            p.exported = QByteArray::fromStdString(made.value().envelope) + "\n"; // as exctl writes it
        return p;
    }
    case Chain::Algorand: {
        auto node = nodeUrl(Chain::Algorand);
        if (!node)
            return node.error();
        algorand::AlgodClient algod(url(node.value()));
        withdrawals::AlgorandOptIns optIns(m_services.database(), m_services.audit(), m_services.wallets(), algod);
        TokenPreparation p;
        if (hot) {
            auto sent = optIns.optInHot(actor, asset, m_services.vault());
            if (!sent)
                return sent.error();
            p.address = sent.value().wallet.address;
            p.txid = sent.value().txid;
            return p;
        }
        auto exported = optIns.exportOptIn(actor, asset, tier, pin);
        if (!exported)
            return exported.error();
        p.address = exported.value().wallet.address;
        p.txid = exported.value().txid;
        p.exported = exported.value().unsignedTx;
        return p;
    }
    case Chain::Ethereum:
        break;
    }
    return Error{ErrorCode::InvalidInput, "an Ethereum token needs no trustline or opt-in"};
}

} // namespace exchange
