#include "core/wallets/stellartrustlines.h"

#include "core/base/clock.h"
#include "core/chains/stellar/horizonaccount.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/store/database.h"
#include "core/wallets/stellarownaccount.h"
#include "core/wallets/stellarvaultsigning.h"
#include "core/wallets/walletservice.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace exchange::wallets {

namespace {

std::string lineName(const AssetIdentity &identity)
{
    return identity.stellarCode + ":" + identity.issuer;
}

QJsonObject describe(const TrustlineState &s, const std::string &txid, bool submitted)
{
    return QJsonObject{{QStringLiteral("asset"), QString::fromStdString(s.asset)},
                       {QStringLiteral("identity"), QString::fromStdString(s.identity.describe())},
                       {QStringLiteral("tier"), QString::fromLatin1(walletTierName(s.tier))},
                       {QStringLiteral("address"), QString::fromStdString(s.address)},
                       {QStringLiteral("txid"), QString::fromStdString(txid)},
                       {QStringLiteral("submitted"), submitted}};
}

} // namespace

StellarTrustlines::StellarTrustlines(Database &database, const Clock &clock, security::AuditLog &audit, WalletService &wallets,
                                     stellar::HorizonClient &horizon, std::string networkPassphrase)
    : m_database(database), m_clock(clock), m_audit(audit), m_wallets(wallets), m_horizon(horizon),
      m_passphrase(std::move(networkPassphrase))
{
}

Result<Wallet> StellarTrustlines::walletOf(WalletTier tier) const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    const auto it = std::find_if(all.value().begin(), all.value().end(),
                                 [tier](const Wallet &w) { return w.chain == Chain::Stellar && w.tier == tier; });
    if (it == all.value().end())
        return Error{ErrorCode::NotFound, "there is no " + std::string(walletTierName(tier))
                                              + " wallet on stellar: exctl wallet add --chain stellar --tier "
                                              + std::string(walletTierName(tier)) + " --address G…"};
    return *it;
}

Result<TrustlineState> StellarTrustlines::stateOf(const Wallet &wallet, const WatchedToken &token, std::int64_t *sequence,
                                                  Amount *spendable)
{
    TrustlineState s;
    s.tier = wallet.tier;
    s.address = wallet.address;
    s.asset = token.asset;
    s.identity = token.identity;
    auto account = readStellarAccount(m_horizon, wallet.address);
    if (!account)
        return account.error();
    if (!account.value())
        return s;
    s.accountExists = true;
    if (sequence)
        *sequence = account.value()->sequence();
    if (spendable)
        *spendable = account.value()->spendableLumens();
    if (const stellar::HorizonTrustline *line = account.value()->trustline(token.identity)) {
        s.exists = true;
        s.authorized = line->authorized;
        s.balance = line->balance;
        s.limit = line->limit;
    }
    return s;
}

Result<std::vector<TrustlineState>> StellarTrustlines::list(const PinnedKeySource &pin)
{
    auto tokens = tokensInForce(m_database.connection(), m_database.dialect(), Chain::Stellar, pin);
    if (!tokens)
        return tokens.error();
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    std::vector<TrustlineState> states;
    for (const Wallet &w : all.value()) {
        if (w.chain != Chain::Stellar || w.tier == WalletTier::Deposit)
            continue;
        for (const WatchedToken &t : tokens.value()) {
            auto s = stateOf(w, t, nullptr, nullptr);
            if (!s)
                return s.error();
            states.push_back(s.value());
        }
    }
    return states;
}

Result<TrustlineOutcome> StellarTrustlines::establish(const security::Actor &actor, const std::string &asset, WalletTier tier,
                                                      const PinnedKeySource &pin, const security::KeyVault *vault)
{
    if (auto allowed = security::authorizeNow(m_database.connection(), actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (tier == WalletTier::Deposit)
        return Error{ErrorCode::InvalidInput, "trustlines are made for hot, warm or cold, not deposit addresses"};
    if (m_passphrase.empty())
        return Error{ErrorCode::InvalidInput, "Stellar has no network passphrase: exctl chain set stellar --network "
                                              "\"Public Global Stellar Network ; September 2015\"; nothing made"};
    auto tokens = tokensInForce(m_database.connection(), m_database.dialect(), Chain::Stellar, pin);
    if (!tokens)
        return Error{tokens.error().code, "Stellar's tokens are not in force (" + tokens.error().message + "); nothing made"};
    const auto token = std::find_if(tokens.value().begin(), tokens.value().end(),
                                    [&asset](const WatchedToken &t) { return t.asset == asset; });
    if (token == tokens.value().end())
        return Error{ErrorCode::InvalidInput, asset + " is not a Stellar token an admin signed (exctl asset list); nothing made"};
    auto wallet = walletOf(tier);
    if (!wallet)
        return wallet.error();
    std::int64_t sequence = 0;
    Amount spendable;
    auto state = stateOf(wallet.value(), *token, &sequence, &spendable);
    if (!state)
        return state.error();
    TrustlineOutcome outcome;
    outcome.before = state.value();
    const std::string where = std::string(walletTierName(tier)) + " (" + wallet.value().address + ")";
    if (!state.value().accountExists)
        return Error{ErrorCode::InvalidInput, where + " does not exist on the network: send it XLM first; nothing made"};
    if (state.value().exists) {
        outcome.alreadyTrusted = true;
        return outcome;
    }
    // The line is one more subentry: half a lumen more reserve, and the fee.
    const Amount needed = Amount::fromBaseUnits(stellar::HorizonAccount::kBaseReserve + kFee);
    if (spendable < needed)
        return Error{ErrorCode::InvalidInput, where + " can spend " + spendable.format(7) + " XLM above its reserve; a trustline needs "
                                                  + needed.format(7) + " XLM (0.5 XLM more reserve and the fee); send it XLM first; nothing made"};
    if (sequence == std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::Conflict, where + " has used its last sequence number"};

    auto source = stellar::StellarAccount::fromString(wallet.value().address);
    auto onChain = stellar::StellarAsset::fromIdentity(token->identity);
    if (!source || source.value().muxedId || !onChain)
        return Error{ErrorCode::InvalidInput, where + " or " + lineName(token->identity) + " is not a Stellar account or asset"};
    stellar::PaymentTransaction tx;
    tx.source = source.value();
    tx.fee = kFee;
    tx.sequence = sequence + 1;
    tx.operation = stellar::OperationType::ChangeTrust;
    tx.asset = onChain.value();
    tx.amount = stellar::MaxTrustLimit;
    // Hot's is sent now; an export waits for its signer, unbounded as the
    // SDK's TimeoutInfinite writes it.
    tx.timeBounds = tier == WalletTier::Hot
                        ? stellar::TimeBounds{0, static_cast<std::uint64_t>(m_clock.nowMs() / 1000 + kValiditySeconds)}
                        : stellar::TimeBounds{0, 0};
    if (auto valid = tx.validate(); !valid)
        return valid.error();

    if (tier == WalletTier::Hot) {
        if (!vault)
            return Error{ErrorCode::WrongState, "hot's trustline is signed with the vault's hot:stellar key: unlock the vault"};
        if (auto signedTx = signWithStellarVaultKey(*vault, "hot:stellar", wallet.value().address, tx, m_passphrase); !signedTx)
            return signedTx.error();
    }
    outcome.envelope = tx.envelopeBase64();
    outcome.txid = tx.hashHex(m_passphrase);

    if (tier == WalletTier::Hot) {
        if (auto sent = submitStellarTransaction(m_horizon, outcome.envelope, "hot's trustline to " + lineName(token->identity),
                                                 "exctl stellar trustlines");
            !sent)
            return sent.error();
        outcome.submitted = true;
    }
    if (auto audited = m_audit.record(actor, "stellar.trustline", "wallet", wallet.value().address, {},
                                      describe(outcome.before, outcome.txid, outcome.submitted));
        !audited)
        return audited.error();
    return outcome;
}

} // namespace exchange::wallets
