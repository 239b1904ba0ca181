#include "core/withdrawals/algorandoptins.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandpayer.h"

#include <QJsonObject>

#include <algorithm>

namespace exchange::withdrawals {

namespace {

constexpr std::uint64_t kOptInMinBalance = 100'000; // what algod adds to the minimum balance per ASA held

std::string algos(std::uint64_t micro)
{
    return Amount::fromBaseUnits(static_cast<int128>(micro)).format(6, 0) + " ALGO";
}

} // namespace

struct AlgorandOptIns::Prepared {
    wallets::Wallet wallet;
    wallets::WatchedToken token;
    algorand::AssetTransferTransaction tx;
};

AlgorandOptIns::AlgorandOptIns(Database &database, security::AuditLog &audit, wallets::WalletService &wallets,
                               algorand::AlgodClient &algod)
    : m_database(database), m_audit(audit), m_wallets(wallets), m_algod(algod)
{
}

Result<std::vector<wallets::Wallet>> AlgorandOptIns::exchangeWallets() const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    std::vector<wallets::Wallet> mine;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Algorand && w.tier != wallets::WalletTier::Deposit && !w.customerId)
            mine.push_back(w);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const wallets::Wallet &a, const wallets::Wallet &b) { return a.tier < b.tier; });
    return mine;
}

Result<std::vector<AlgorandOptIns::Row>> AlgorandOptIns::list(const wallets::PinnedKeySource &pin)
{
    auto tokens = wallets::tokensInForce(m_database.connection(), m_database.dialect(), Chain::Algorand, pin);
    if (!tokens)
        return tokens.error();
    auto mine = exchangeWallets();
    if (!mine)
        return mine.error();
    std::vector<Row> rows;
    for (const wallets::Wallet &w : mine.value()) {
        for (const wallets::WatchedToken &t : tokens.value()) {
            if (t.identity.kind != AssetKind::AlgorandAsa)
                continue;
            auto holding = m_algod.assetHolding(w.address, t.identity.asaId);
            if (!holding)
                return holding.error();
            rows.push_back({w, t.asset, t.identity.asaId, holding.value()});
        }
    }
    return rows;
}

Result<AlgorandOptIns::Prepared> AlgorandOptIns::prepare(const security::Actor &actor, const std::string &assetCode,
                                                         wallets::WalletTier tier, const wallets::PinnedKeySource &pin)
{
    // Where money may go: an admin, in person, with a confirmed code.
    if (auto allowed = security::authorize(actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (tier == wallets::WalletTier::Deposit)
        return Error{ErrorCode::InvalidInput, "opt-ins are made for the hot, warm and cold wallets"};
    auto tokens = wallets::tokensInForce(m_database.connection(), m_database.dialect(), Chain::Algorand, pin);
    if (!tokens)
        return tokens.error();
    const auto token = std::find_if(tokens.value().begin(), tokens.value().end(), [&](const wallets::WatchedToken &t) {
        return t.asset == assetCode && t.identity.kind == AssetKind::AlgorandAsa;
    });
    if (token == tokens.value().end())
        return Error{ErrorCode::NotFound, assetCode + " is not an Algorand Standard Asset in force (an ASA whose identity an admin signed)"};
    auto mine = exchangeWallets();
    if (!mine)
        return mine.error();
    const auto wallet = std::find_if(mine.value().begin(), mine.value().end(),
                                     [tier](const wallets::Wallet &w) { return w.tier == tier; });
    if (wallet == mine.value().end())
        return Error{ErrorCode::NotFound, "no " + std::string(wallets::walletTierName(tier)) + " wallet is registered on algorand"};
    auto account = algorand::decodeAddress(wallet->address);
    if (!account)
        return Error{ErrorCode::InvalidInput, "the " + std::string(wallets::walletTierName(tier)) + " wallet's address "
                                                  + wallet->address + " is not an Algorand address"};
    const std::string asa = assetCode + " (ASA " + std::to_string(token->identity.asaId) + ")";

    auto holding = m_algod.assetHolding(wallet->address, token->identity.asaId);
    if (!holding)
        return holding.error();
    if (holding.value())
        return Error{ErrorCode::Conflict, "the " + std::string(wallets::walletTierName(tier)) + " wallet " + wallet->address
                                              + " has opted in to " + asa + " already; nothing signed"};
    auto params = m_algod.params();
    if (!params)
        return params.error();
    auto settings = m_wallets.chainSettings(Chain::Algorand);
    if (!settings)
        return settings.error();
    if (auto network = algorand::checkNetwork(params.value(), settings.value().network); !network)
        return Error{network.error().code, network.error().message + "; nothing signed"};
    const Amount fee = AlgorandPayer::assetFeeFor(params.value());
    const auto feeUnits = static_cast<std::uint64_t>(fee.baseUnits());
    auto info = m_algod.account(wallet->address);
    if (!info)
        return info.error();
    const std::uint64_t above = info.value().amount > info.value().minBalance ? info.value().amount - info.value().minBalance : 0;
    if (above < feeUnits + kOptInMinBalance)
        return Error{ErrorCode::WrongState, "the " + std::string(wallets::walletTierName(tier)) + " wallet holds " + algos(above)
                                                + " above its minimum balance; an opt-in to " + asa + " needs " + algos(feeUnits)
                                                + " for the fee and " + algos(kOptInMinBalance)
                                                + " more minimum balance: send it ALGO first"};

    algorand::TransactionHeader header;
    header.fee = feeUnits;
    header.firstValid = params.value().lastRound;
    header.lastValid = params.value().lastRound + AlgorandPayer::kValidityRounds;
    header.genesisId = params.value().genesisId;
    header.genesisHash = params.value().genesisHash;
    auto tx = algorand::AssetTransferTransaction::optIn(account.value(), token->identity.asaId, header);
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return Prepared{*wallet, *token, tx};
}

Result<AlgorandOptIns::Sent> AlgorandOptIns::optInHot(const security::Actor &actor, const std::string &assetCode,
                                                      const security::KeyVault &vault)
{
    auto prepared = prepare(actor, assetCode, wallets::WalletTier::Hot, [&vault] { return vault.pinnedAdminKey(); });
    if (!prepared)
        return prepared.error();
    Prepared &p = prepared.value();
    if (auto signedTx = AlgorandPayer::signAsHot(p.tx, vault, p.wallet.address); !signedTx)
        return signedTx.error();
    const std::string txid = p.tx.id();
    const QJsonObject details{{QStringLiteral("wallet"), QString::fromStdString(p.wallet.address)},
                              {QStringLiteral("tier"), QStringLiteral("hot")},
                              {QStringLiteral("asset"), QString::fromStdString(p.token.asset)},
                              {QStringLiteral("asa_id"), QString::number(p.token.identity.asaId)},
                              {QStringLiteral("fee"), QString::fromStdString(Amount::fromBaseUnits(static_cast<int128>(p.tx.fee)).toBaseUnitString())},
                              {QStringLiteral("txid"), QString::fromStdString(txid)}};
    // Audited before it leaves: a crash after sending still shows who did it.
    if (auto audited = m_audit.record(actor, "algorand.opt_in", "wallet", std::to_string(p.wallet.id), {}, details); !audited)
        return audited.error();
    auto sent = m_algod.send(p.tx.encodeSigned());
    if (!sent)
        return sent.error();
    if (sent.value() != txid)
        return Error{ErrorCode::Corrupted, "algod named the opt-in " + sent.value() + ", not " + txid};
    return Sent{p.wallet, txid, Amount::fromBaseUnits(static_cast<int128>(p.tx.fee))};
}

Result<AlgorandOptIns::Exported> AlgorandOptIns::exportOptIn(const security::Actor &actor, const std::string &assetCode,
                                                             wallets::WalletTier tier, const wallets::PinnedKeySource &pin)
{
    if (tier != wallets::WalletTier::Warm && tier != wallets::WalletTier::Cold)
        return Error{ErrorCode::InvalidInput, "an opt-in is exported for the warm or the cold wallet; hot's is signed here"};
    auto prepared = prepare(actor, assetCode, tier, pin);
    if (!prepared)
        return prepared.error();
    const Prepared &p = prepared.value();
    const std::string txid = p.tx.id();
    const QJsonObject details{{QStringLiteral("wallet"), QString::fromStdString(p.wallet.address)},
                              {QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(tier))},
                              {QStringLiteral("asset"), QString::fromStdString(p.token.asset)},
                              {QStringLiteral("asa_id"), QString::number(p.token.identity.asaId)},
                              {QStringLiteral("fee"), QString::fromStdString(Amount::fromBaseUnits(static_cast<int128>(p.tx.fee)).toBaseUnitString())},
                              {QStringLiteral("last_valid"), QString::number(p.tx.lastValid)},
                              {QStringLiteral("txid"), QString::fromStdString(txid)}};
    if (auto audited = m_audit.record(actor, "algorand.opt_in_exported", "wallet", std::to_string(p.wallet.id), {}, details); !audited)
        return audited.error();
    return Exported{p.wallet, p.tx.encodeTransaction(), txid, Amount::fromBaseUnits(static_cast<int128>(p.tx.fee)), p.tx.lastValid};
}

} // namespace exchange::withdrawals
