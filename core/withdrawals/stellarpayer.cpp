#include "core/withdrawals/stellarpayer.h"

#include "core/base/clock.h"
#include "core/encoding/exactjson.h"
#include "core/chains/stellar/feebumptransaction.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/horizonledger.h"
#include "core/chains/stellar/horizonnumber.h"
#include "core/chains/stellar/horizonresult.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/keys.h"
#include "core/store/database.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/wallets/stellarvaultsigning.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/stellarchannelpool.h"


#include <algorithm>
#include <limits>
#include <utility>

namespace exchange::withdrawals {

namespace {

std::string xlm(int128 stroops)
{
    return Amount::fromBaseUnits(stroops).format(7) + " XLM";
}

Error unavailable(const std::string &what)
{
    return Error{ErrorCode::Unavailable, what};
}

// "USDC (USDC:G…)": the asset as the exchange names it and as the ledger does.
std::string named(const Asset &asset)
{
    return asset.code + " (" + asset.identity.stellarCode + ":" + asset.identity.issuer + ")";
}

} // namespace

StellarPayer::StellarPayer(stellar::HorizonClient &horizon, wallets::WalletService &wallets, const Clock &clock)
    : m_horizon(horizon), m_wallets(wallets), m_clock(clock)
{
}

Result<StellarPayer::Account> StellarPayer::account(const std::string &address)
{
    auto answer = m_horizon.get(QStringLiteral("/accounts/") + QString::fromStdString(address));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return Account{};
    if (answer.value().status != 200)
        return unavailable("Horizon answered HTTP " + std::to_string(answer.value().status) + " for account " + address);
    const std::string text = answer.value().body.toStdString();
    auto read = stellar::HorizonAccount::fromJson(text);
    if (!read)
        return unavailable(read.error().message + " (" + address + ")");
    return Account{true, read.value()};
}

Result<Amount> StellarPayer::balance(const std::string &address, const Asset &asset)
{
    if (!asset.identity.isNative() && asset.identity.kind != AssetKind::StellarCredit)
        return Error{ErrorCode::InvalidInput, asset.code + " is not a Stellar asset (" + asset.identity.describe() + ")"};
    auto a = account(address);
    if (!a)
        return a.error();
    if (!a.value().exists)
        return Amount::zero(); // an account that does not exist holds nothing
    if (asset.identity.isNative())
        return a.value().state.spendableLumens();
    const stellar::HorizonTrustline *line = a.value().state.trustline(asset.identity);
    return line ? line->spendable() : Amount::zero(); // without a trustline it cannot hold the token
}

Result<Amount> StellarPayer::maxFee(const WithdrawalRecord &, const Asset &, const wallets::Wallet &)
{
    return maxFee();
}

Result<std::pair<std::int64_t, std::int64_t>> StellarPayer::feeStats()
{
    auto answer = m_horizon.get(QStringLiteral("/fee_stats"));
    if (!answer)
        return answer.error();
    if (answer.value().status != 200)
        return unavailable("Horizon answered HTTP " + std::to_string(answer.value().status) + " for /fee_stats");
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *charged = json ? json.value().member("fee_charged") : nullptr;
    const auto base = json ? stellar::horizonWholeNumber(json.value().member("last_ledger_base_fee")) : std::nullopt;
    const auto p90 = charged ? stellar::horizonWholeNumber(charged->member("p90")) : std::nullopt;
    if (!base || !p90)
        return unavailable("Horizon's /fee_stats lacks last_ledger_base_fee or fee_charged.p90");
    return std::make_pair(base.value_or(0), p90.value_or(0)); // both checked above
}

Result<Amount> StellarPayer::maxFee()
{
    if (m_fee)
        return *m_fee;
    auto stats = feeStats();
    if (!stats)
        return stats.error();
    const auto [baseFee, tip] = stats.value();
    const std::int64_t fee = std::max({kMinFee, baseFee, tip});
    if (baseFee > kMaxFee)
        return unavailable("Stellar's base fee is " + xlm(baseFee) + " now, above the payer's cap of " + xlm(kMaxFee)
                           + "; payouts wait for it to come down");
    m_fee = Amount::fromBaseUnits(std::min(fee, kMaxFee));
    return *m_fee;
}

Result<std::int64_t> StellarPayer::chainSequence(const std::string &address)
{
    auto a = account(address);
    if (!a)
        return a.error();
    if (!a.value().exists)
        return Error{ErrorCode::NotFound, "the Stellar account " + address + " does not exist on the network"};
    if (a.value().state.sequence() == std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::Conflict, "the Stellar account " + address + " has used its last sequence number"};
    return a.value().state.sequence() + 1;
}

Result<std::string> StellarPayer::sequenceAccount(const wallets::Wallet &hot, const security::KeyVault &vault)
{
    m_channel.reset();
    StellarChannelPool pool(m_wallets.database());
    auto free = pool.freeChannel(vault);
    for (const std::string &skipped : pool.skipped())
        qWarning("%s", skipped.c_str());
    if (!free)
        return free.error();
    if (!free.value())
        return hot.address;
    m_channel = *free.value();
    return m_channel->address;
}

Result<PayoutRecord> StellarPayer::sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                  const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee)
{
    auto onChain = stellar::StellarAsset::fromIdentity(asset.identity);
    if (!onChain)
        return Error{ErrorCode::InvalidInput, asset.code + " is not a Stellar asset (" + asset.identity.describe() + "); nothing signed"};
    const bool token = !onChain.value().isNative();
    if (token && asset.decimals != 7)
        return Error{ErrorCode::InvalidInput, asset.code + " has " + std::to_string(asset.decimals)
                                                  + " decimals, a Stellar asset 7; nothing signed"};
    auto settings = m_wallets.chainSettings(Chain::Stellar);
    if (!settings)
        return settings.error();
    const std::string passphrase = settings.value().network;
    if (passphrase.empty())
        return Error{ErrorCode::InvalidInput, "Stellar has no network passphrase: exctl chain set stellar --network "
                                              "\"Public Global Stellar Network ; September 2015\"; nothing signed"};
    if (maxFee.baseUnits() < kMinFee || maxFee.baseUnits() > std::numeric_limits<std::uint32_t>::max())
        return Error{ErrorCode::InvalidInput, "a Stellar fee is between 100 and 2^32-1 stroops, not " + maxFee.toBaseUnitString()};
    if (!w.amount.isPositive() || w.amount.baseUnits() > std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s amount is not a Stellar payment amount"};
    auto source = stellar::StellarAccount::fromString(hot.address);
    if (!source || source.value().muxedId)
        return Error{ErrorCode::InvalidInput, "hot's Stellar address " + hot.address + " is not a G… account"};
    auto destination = stellar::StellarAccount::fromString(w.destination);
    if (!destination)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s destination is not a Stellar account"};

    // A payment needs an existing account; create_account makes one (of
    // lumens only: a token needs a trustline of an existing account).
    const std::string destinationAccount = stellar::StellarAccount{destination.value().publicKey, std::nullopt}.toString();
    auto existing = account(destinationAccount);
    if (!existing)
        return existing.error();
    if (token) {
        if (auto movable = tokenCanMove(w, asset, hot.address, destinationAccount, existing.value()); !movable)
            return movable.error();
    }
    const bool create = !existing.value().exists;
    if (create && destination.value().muxedId)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + " pays the muxed account " + w.destination
                                                  + ", whose account " + destinationAccount + " does not exist; nothing signed"};
    if (create && w.amount.baseUnits() < 2 * kBaseReserve)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s destination " + destinationAccount
                                                  + " does not exist yet: creating it takes at least " + xlm(2 * kBaseReserve)
                                                  + ", the withdrawal sends " + xlm(w.amount.baseUnits()) + "; nothing signed"};

    // Through a channel: its sequence and fee, hot's money.
    const std::optional<wallets::StellarChannel> channel = std::exchange(m_channel, std::nullopt);
    stellar::PaymentTransaction tx;
    tx.source = source.value();
    if (channel) {
        auto from = stellar::StellarAccount::fromString(channel->address);
        if (!from || from.value().muxedId)
            return Error{ErrorCode::Conflict, "Stellar channel " + channel->address + " is not a G… account; nothing signed"};
        tx.source = from.value();
        tx.operationSource = source.value();
    }
    tx.fee = static_cast<std::uint32_t>(maxFee.baseUnits());
    tx.sequence = sequence;
    const std::int64_t maxTime = m_clock.nowMs() / 1000 + kValiditySeconds;
    tx.timeBounds = stellar::TimeBounds{0, static_cast<std::uint64_t>(maxTime)};
    tx.operation = create ? stellar::OperationType::CreateAccount : stellar::OperationType::Payment;
    tx.destination = destination.value();
    tx.asset = onChain.value();
    tx.amount = static_cast<std::int64_t>(w.amount.baseUnits());
    if (auto valid = tx.validate(); !valid)
        return valid.error();

    if (channel) {
        if (auto signedTx = wallets::signWithStellarVaultKey(vault, channel->keyName, channel->address, tx, passphrase); !signedTx)
            return signedTx.error();
    }
    if (auto signedTx = wallets::signWithStellarVaultKey(vault, hotKeyName(Chain::Stellar), hot.address, tx, passphrase); !signedTx)
        return signedTx.error();

    PayoutRecord p;
    p.chain = Chain::Stellar;
    p.asset = w.asset;
    p.source = channel ? channel->address : hot.address; // whose sequence it uses
    p.destination = w.destination;
    p.amount = w.amount;
    p.maxFee = maxFee;
    p.sequence = sequence;
    p.lastValid = maxTime;
    p.rawTx = tx.envelopeBase64();
    p.txid = tx.hashHex(passphrase);
    return p;
}

Result<void> StellarPayer::tokenCanMove(const WithdrawalRecord &w, const Asset &asset, const std::string &hotAddress,
                                        const std::string &destinationAccount, const Account &destination)
{
    const std::string withdrawal = "withdrawal " + std::to_string(w.id) + "'s destination " + destinationAccount;
    // Never a create_account: an account that does not exist holds no token.
    if (!destination.exists)
        return Error{ErrorCode::InvalidInput, withdrawal + " does not exist on the network, so it cannot hold " + named(asset)
                                                  + ": its owner must create it and add a trustline first; nothing signed"};
    // Paid to its issuer the token is burnt: no trustline is needed.
    if (destinationAccount != asset.identity.issuer) {
        const stellar::HorizonTrustline *line = destination.state.trustline(asset.identity);
        if (!line)
            return Error{ErrorCode::InvalidInput, withdrawal + " has no trustline to " + named(asset)
                                                      + ": its owner must add one before it can receive it; nothing signed"};
        if (!line->authorized)
            return Error{ErrorCode::InvalidInput, withdrawal + "'s trustline to " + named(asset)
                                                      + " is not authorized by the issuer: it cannot receive it until the issuer "
                                                        "authorizes it; nothing signed"};
        if (line->room() < w.amount)
            return Error{ErrorCode::InvalidInput, withdrawal + " can receive at most " + asset.format(line->room()) + " "
                                                      + asset.code + " more under its trustline's limit, the withdrawal sends "
                                                      + asset.format(w.amount) + " " + asset.code + "; nothing signed"};
    }
    // Hot sends from its own trustline (the issuer would need none).
    if (hotAddress == asset.identity.issuer)
        return {};
    auto from = account(hotAddress);
    if (!from)
        return from.error();
    const stellar::HorizonTrustline *own = from.value().exists ? from.value().state.trustline(asset.identity) : nullptr;
    if (!own)
        return Error{ErrorCode::InvalidInput, "hot (" + hotAddress + ") has no trustline to " + named(asset)
                                                  + ", so it holds none to pay; nothing signed"};
    if (!own->authorized)
        return Error{ErrorCode::InvalidInput, "hot's trustline to " + named(asset)
                                                  + " is not authorized by the issuer: it cannot send it until the issuer "
                                                    "authorizes it; nothing signed"};
    return {};
}

Result<std::optional<PayoutStatus>> StellarPayer::lookup(const PayoutRecord &payout)
{
    const std::string &txid = payout.txid;
    auto answer = m_horizon.get(QStringLiteral("/transactions/") + QString::fromStdString(txid));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return std::optional<PayoutStatus>();
    if (answer.value().status != 200)
        return unavailable("Horizon answered HTTP " + std::to_string(answer.value().status) + " for transaction " + txid);
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *successful = json ? json.value().member("successful") : nullptr;
    const auto charged = json ? stellar::horizonWholeNumber(json.value().member("fee_charged")) : std::nullopt;
    if (!successful || successful->kind != encoding::JsonValue::Kind::Bool || !charged)
        return unavailable("Horizon's transaction " + txid + " lacks successful or fee_charged");
    Amount fee = Amount::fromBaseUnits(*charged);
    // Applied inside a fee bump (Horizon finds it by the inner hash too):
    // ours (paid by this payout's source) settles through its own record;
    // another account's cost us no fee.
    const encoding::JsonValue *bump = json.value().member("fee_bump_transaction");
    const encoding::JsonValue *outer = bump ? bump->member("hash") : nullptr;
    if (outer && outer->kind == encoding::JsonValue::Kind::String && outer->text != txid) {
        const encoding::JsonValue *payer = json.value().member("fee_account");
        if (payer && payer->text == payout.source)
            return std::optional<PayoutStatus>(
                PayoutStatus{PayoutStatus::Kind::Pending, {}, "in a ledger inside the fee bump " + outer->text});
        fee = Amount::zero();
    }
    if (successful->text == "true")
        return std::optional<PayoutStatus>(PayoutStatus{PayoutStatus::Kind::Succeeded, fee, {}});
    std::string note = "failed in its ledger";
    if (const encoding::JsonValue *result = json.value().member("result_xdr"); result && result->kind == encoding::JsonValue::Kind::String) {
        if (auto codes = stellar::decodeTransactionResult(result->text))
            note = stellar::describeResultCodes(codes.value());
    }
    return std::optional<PayoutStatus>(PayoutStatus{PayoutStatus::Kind::Failed, fee, note});
}

Result<void> StellarPayer::send(const PayoutRecord &payout)
{
    // A fee bump goes the way its inner went.
    auto tx = stellar::FeeBumpTransaction::isFeeBumpEnvelope(payout.rawTx)
                  ? [&payout]() -> Result<stellar::PaymentTransaction> {
                        auto bump = stellar::FeeBumpTransaction::fromEnvelopeBase64(payout.rawTx);
                        if (!bump)
                            return bump.error();
                        return bump.value().inner;
                    }()
                  : stellar::PaymentTransaction::fromEnvelopeBase64(payout.rawTx);
    if (!tx)
        return Error{ErrorCode::Corrupted, "payout " + payout.txid + "'s stored envelope: " + tx.error().message};
    if (tx.value().operationSource)
        return sendAsync(payout);
    return sendWaiting(payout);
}

Result<void> StellarPayer::sendWaiting(const PayoutRecord &payout)
{
    auto answer = m_horizon.submit(payout.rawTx);
    if (!answer)
        return answer.error();
    const int status = answer.value().status;
    if (status == 200) {
        const std::string text = answer.value().body.toStdString();
        auto json = encoding::parseJson(text);
        const encoding::JsonValue *hash = json ? json.value().member("hash") : nullptr;
        if (hash && hash->text != payout.txid)
            return Error{ErrorCode::Corrupted, "Horizon named the sent transaction " + hash->text + ", not " + payout.txid};
        return {};
    }
    if (status >= 500 || status == 429 || status == 408)
        return unavailable("Horizon could not take the transaction now (HTTP " + std::to_string(status) + ")");
    // Refused; but a transaction already in a ledger (sent before, or one
    // that failed there and still took its fee and sequence) is answered
    // with the codes of a new attempt: then it is on chain, and that is Ok.
    auto known = lookup(payout);
    if (!known)
        return known.error();
    if (known.value())
        return {};
    const auto codes = stellar::refusalCodes(answer.value().body);
    return Error{ErrorCode::InvalidInput, "Horizon refused the transaction: "
                                              + (codes ? stellar::describeResultCodes(*codes) : "HTTP " + std::to_string(status))};
}

Result<void> StellarPayer::sendAsync(const PayoutRecord &payout)
{
    auto answer = m_horizon.submitAsync(payout.rawTx);
    if (!answer)
        return answer.error();
    const int status = answer.value().status;
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *txStatus = json ? json.value().member("tx_status") : nullptr;
    const std::string said = txStatus ? txStatus->text : std::string();
    if (status == 404 && said.empty())
        return sendWaiting(payout); // a Horizon without the endpoint: the waiting one
    // Horizon answers PENDING with 201 and DUPLICATE with 409.
    if ((said == "PENDING" || said == "DUPLICATE") && (status == 200 || status == 201 || status == 409)) {
        const encoding::JsonValue *hash = json.value().member("hash");
        if (hash && hash->text != payout.txid)
            return Error{ErrorCode::Corrupted, "Horizon named the sent transaction " + hash->text + ", not " + payout.txid};
        return {};
    }
    if (status >= 500 || status == 429 || status == 408 || said == "TRY_AGAIN_LATER")
        return unavailable("Horizon could not take the transaction now (HTTP " + std::to_string(status) + ")");
    // Refused; unless it is in a ledger already (sent before).
    auto known = lookup(payout);
    if (!known)
        return known.error();
    if (known.value())
        return {};
    const encoding::JsonValue *result = json ? json.value().member("error_result_xdr") : nullptr;
    auto codes = result ? stellar::decodeTransactionResult(result->text) : Result<stellar::ResultCodes>(Error{ErrorCode::InvalidInput, ""});
    return Error{ErrorCode::InvalidInput, "Horizon refused the transaction: "
                                              + (codes ? stellar::describeResultCodes(codes.value()) : "HTTP " + std::to_string(status))};
}

Result<PayoutStatus> StellarPayer::status(const PayoutRecord &payout)
{
    auto found = lookup(payout);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();

    // Not in any ledger. It can never be once hot's sequence number has
    // reached this payout's (another transaction used it) or a ledger has
    // closed after its max time.
    std::string never;
    auto hot = account(payout.source);
    if (!hot)
        return hot.error();
    if (hot.value().exists && hot.value().state.sequence() >= payout.sequence)
        never = "the sequence number " + std::to_string(payout.sequence) + " of " + payout.source
                + " was used by another transaction";
    if (never.empty() && payout.lastValid && m_clock.nowMs() / 1000 > *payout.lastValid) {
        auto closed = stellar::latestLedgerCloseTime(m_horizon);
        if (!closed)
            return closed.error();
        if (closed.value() > *payout.lastValid)
            never = "a ledger closed after its time bounds ended";
    }
    if (never.empty())
        return PayoutStatus{PayoutStatus::Kind::Unseen, {}, {}};
    // The ledger that moved the sequence may be ours, ingested between the
    // two reads: look once more.
    auto again = lookup(payout);
    if (!again)
        return again.error();
    if (again.value())
        return *again.value();
    // A fee bump that did not go in, while its inner did (itself, or in
    // another bump): the payment is made, and the record of what went in
    // settles it.
    if (stellar::FeeBumpTransaction::isFeeBumpEnvelope(payout.rawTx)) {
        auto settings = m_wallets.chainSettings(Chain::Stellar);
        if (!settings)
            return settings.error();
        auto bump = stellar::FeeBumpTransaction::fromEnvelopeBase64(payout.rawTx);
        if (!bump)
            return Error{ErrorCode::Corrupted, "payout " + payout.txid + "'s stored fee bump: " + bump.error().message};
        PayoutRecord inner = payout;
        inner.txid = bump.value().inner.hashHex(settings.value().network);
        auto applied = lookup(inner);
        if (!applied)
            return applied.error();
        if (applied.value())
            return PayoutStatus{PayoutStatus::Kind::Pending, {}, "its inner transaction " + inner.txid + " is in a ledger"};
    }
    return PayoutStatus{PayoutStatus::Kind::Expired, {}, never};
}

Result<bool> StellarPayer::paysThrough(const wallets::Wallet &hot, const std::string &source)
{
    if (source == hot.address)
        return true;
    auto channel = wallets::StellarChannelRepository(m_wallets.database().connection(), m_wallets.database().dialect()).byAddress(source);
    if (!channel)
        return channel.error();
    return channel.value().has_value();
}

Result<PayoutRecord> StellarPayer::signReplacement(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                                   const security::KeyVault &vault, const PayoutRecord &pending, const Amount &cap)
{
    auto settings = m_wallets.chainSettings(Chain::Stellar);
    if (!settings)
        return settings.error();
    const std::string passphrase = settings.value().network;
    const std::string notBumped = "payout " + pending.txid + " is not bumped: ";
    // The inner: the pending payout's own, or its inner when it is a bump.
    const bool bumped = stellar::FeeBumpTransaction::isFeeBumpEnvelope(pending.rawTx);
    stellar::PaymentTransaction inner;
    std::int64_t pendingRate = 0; // stroops per operation
    if (bumped) {
        auto bump = stellar::FeeBumpTransaction::fromEnvelopeBase64(pending.rawTx);
        if (!bump || bump.value().hashHex(passphrase) != pending.txid || bump.value().feeSource.toString() != pending.source)
            return Error{ErrorCode::Corrupted, notBumped + "its stored fee bump is not the one it names"};
        inner = bump.value().inner;
        pendingRate = bump.value().fee / stellar::FeeBumpTransaction::kFeeOperations;
    } else {
        auto plain = stellar::PaymentTransaction::fromEnvelopeBase64(pending.rawTx);
        if (!plain || plain.value().hashHex(passphrase) != pending.txid)
            return Error{ErrorCode::Corrupted, notBumped + "its stored envelope is not the transaction it names"};
        inner = plain.value();
        pendingRate = inner.fee;
    }
    // Hot's signed payment of w, from the record's source and sequence.
    auto hotAccount = stellar::StellarAccount::fromString(hot.address);
    auto destination = stellar::StellarAccount::fromString(w.destination);
    auto onChain = stellar::StellarAsset::fromIdentity(asset.identity);
    if (!hotAccount || !destination || !onChain)
        return Error{ErrorCode::InvalidInput, notBumped + "hot's address, the destination or the asset is not Stellar's"};
    const stellar::StellarAccount &mover = inner.operationSource ? *inner.operationSource : inner.source;
    const stellar::StellarAccount payee = inner.operation == stellar::OperationType::CreateAccount
                                              ? stellar::StellarAccount{destination.value().publicKey, std::nullopt}
                                              : destination.value();
    const bool paysW = (inner.operation == stellar::OperationType::Payment || inner.operation == stellar::OperationType::CreateAccount)
                       && inner.destination == payee && inner.asset == onChain.value() && int128(inner.amount) == w.amount.baseUnits();
    if (inner.source.toString() != pending.source || inner.sequence != pending.sequence || mover != hotAccount.value()
        || !inner.isSignedBy(hotAccount.value().publicKey, passphrase) || !inner.isSignedBy(inner.source.publicKey, passphrase) || !paysW)
        return Error{ErrorCode::Conflict, notBumped + "its stored transaction is not hot's signed payment of withdrawal "
                                              + std::to_string(w.id) + " from " + pending.source + " at sequence "
                                              + std::to_string(pending.sequence)};
    // Only while a ledger can still take it; after that the expiry path rebuilds it.
    const std::int64_t now = m_clock.nowMs() / 1000;
    if (!inner.timeBounds || inner.timeBounds->maxTime == 0
        || static_cast<std::int64_t>(inner.timeBounds->maxTime) < now + kLedgerSeconds)
        return Error{ErrorCode::WrongState, notBumped + "its time bounds end within a ledger; once past them it is signed again"};

    // The rate stellar-core's queue asks of a replacement, and at least
    // what the network charges now.
    auto stats = feeStats();
    if (!stats)
        return stats.error();
    const auto [baseFee, p90] = stats.value();
    const std::int64_t rate = std::max({kReplaceFactor * pendingRate, kMinFee, baseFee, p90});
    const std::int64_t fee = rate * stellar::FeeBumpTransaction::kFeeOperations;
    if (int128(fee) > cap.baseUnits())
        return Error{ErrorCode::InvalidInput, notBumped + "its fee bump needs " + xlm(fee) + " (" + std::to_string(kReplaceFactor)
                                                  + " x its rate of " + std::to_string(pendingRate)
                                                  + " stroops, for two operations), above the cap of " + xlm(cap.baseUnits())};
    // The fee source: the account that paid the inner fee, with its key.
    std::string keyName = hotKeyName(Chain::Stellar);
    if (pending.source != hot.address) {
        auto channel = wallets::StellarChannelRepository(m_wallets.database().connection(), m_wallets.database().dialect())
                           .byAddress(pending.source);
        if (!channel)
            return channel.error();
        if (!channel.value())
            return Error{ErrorCode::WrongState, notBumped + pending.source + " is neither hot nor one of hot's channels"};
        keyName = channel.value()->keyName;
    }
    auto payer = account(pending.source);
    if (!payer)
        return payer.error();
    const Amount spendable = payer.value().exists ? payer.value().state.spendableLumens() : Amount::zero();
    if (spendable.baseUnits() < int128(fee))
        return Error{ErrorCode::InvalidInput, notBumped + pending.source + " can spend " + xlm(spendable.baseUnits())
                                                  + ", its fee bump needs " + xlm(fee)};

    stellar::FeeBumpTransaction bump;
    bump.feeSource = inner.source;
    bump.fee = fee;
    bump.inner = std::move(inner);
    if (auto valid = bump.validate(); !valid)
        return valid.error();
    if (auto signedBump = wallets::signWithStellarVaultKey(vault, keyName, pending.source, bump, passphrase); !signedBump)
        return signedBump.error();

    PayoutRecord p = pending;
    p.id = 0;
    p.fee.reset();
    p.note.clear();
    p.maxFee = Amount::fromBaseUnits(fee);
    p.rawTx = bump.envelopeBase64();
    p.txid = bump.hashHex(passphrase);
    return p;
}

} // namespace exchange::withdrawals
