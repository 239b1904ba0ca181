#include "core/withdrawals/stellarpayer.h"

#include "core/base/clock.h"
#include "core/encoding/exactjson.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/horizonresult.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/security/keyvault.h"
#include "core/wallets/walletservice.h"

#include <QDateTime>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

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

// A whole number that Horizon writes as a string ("sequence", fees) or as
// a number ("subentry_count"), exactly.
std::optional<std::int64_t> wholeNumber(const encoding::JsonValue *v)
{
    if (!v || (v->kind != encoding::JsonValue::Kind::String && v->kind != encoding::JsonValue::Kind::Number) || v->text.empty()
        || v->text.size() > 19)
        return std::nullopt;
    std::int64_t n = 0;
    for (char c : v->text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::optional<Amount> stroops(const encoding::JsonValue *v)
{
    if (!v || v->kind != encoding::JsonValue::Kind::String)
        return std::nullopt;
    auto parsed = Amount::parse(v->text, 7);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
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
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return unavailable("Horizon's account " + address + " is not a JSON object");
    const encoding::JsonValue &a = json.value();
    const auto sequence = wholeNumber(a.member("sequence"));
    const auto subentries = wholeNumber(a.member("subentry_count"));
    if (!sequence || !subentries)
        return unavailable("Horizon's account " + address + " lacks sequence or subentry_count");
    const std::int64_t sponsoring = wholeNumber(a.member("num_sponsoring")).value_or(0);
    const std::int64_t sponsored = wholeNumber(a.member("num_sponsored")).value_or(0);
    const encoding::JsonValue *balances = a.member("balances");
    if (!balances || balances->kind != encoding::JsonValue::Kind::Array)
        return unavailable("Horizon's account " + address + " has no balances");
    for (const encoding::JsonValue &b : balances->items) {
        const encoding::JsonValue *type = b.member("asset_type");
        if (!type || type->text != "native")
            continue;
        const auto held = stroops(b.member("balance"));
        if (!held)
            return unavailable("Horizon's native balance of " + address + " is malformed");
        const Amount selling = stroops(b.member("selling_liabilities")).value_or(Amount::zero());
        const int128 minimum = static_cast<int128>(2 + *subentries + sponsoring - sponsored) * kBaseReserve;
        const int128 free = held->baseUnits() - minimum - selling.baseUnits();
        return Account{true, *sequence, Amount::fromBaseUnits(std::max<int128>(free, 0))};
    }
    return unavailable("Horizon's account " + address + " has no native balance");
}

Result<Amount> StellarPayer::balance(const std::string &address, const Asset &asset)
{
    if (!asset.identity.isNative())
        return Error{ErrorCode::InvalidInput, "payouts of " + asset.code + " (a token) are not made automatically on stellar yet"};
    auto a = account(address);
    if (!a)
        return a.error();
    return a.value().spendable; // an account that does not exist holds nothing
}

Result<Amount> StellarPayer::maxFee(const WithdrawalRecord &, const Asset &, const wallets::Wallet &)
{
    return maxFee();
}

Result<Amount> StellarPayer::maxFee()
{
    if (m_fee)
        return *m_fee;
    auto answer = m_horizon.get(QStringLiteral("/fee_stats"));
    if (!answer)
        return answer.error();
    if (answer.value().status != 200)
        return unavailable("Horizon answered HTTP " + std::to_string(answer.value().status) + " for /fee_stats");
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *charged = json ? json.value().member("fee_charged") : nullptr;
    const auto base = json ? wholeNumber(json.value().member("last_ledger_base_fee")) : std::nullopt;
    const auto p90 = charged ? wholeNumber(charged->member("p90")) : std::nullopt;
    if (!base || !p90)
        return unavailable("Horizon's /fee_stats lacks last_ledger_base_fee or fee_charged.p90");
    const std::int64_t baseFee = base.value_or(0), tip = p90.value_or(0); // both checked above
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
        return Error{ErrorCode::NotFound, "hot's Stellar account " + address + " does not exist on the network"};
    if (a.value().sequence == std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::Conflict, "hot's Stellar account " + address + " has used its last sequence number"};
    return a.value().sequence + 1;
}

Result<PayoutRecord> StellarPayer::sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                  const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee)
{
    if (!asset.identity.isNative())
        return Error{ErrorCode::InvalidInput, "payouts of " + asset.code + " (a token) are not made automatically on stellar yet"};
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

    // A payment needs an existing account; create_account makes one.
    const std::string destinationAccount = stellar::StellarAccount{destination.value().publicKey, std::nullopt}.toString();
    auto existing = account(destinationAccount);
    if (!existing)
        return existing.error();
    const bool create = !existing.value().exists;
    if (create && destination.value().muxedId)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + " pays the muxed account " + w.destination
                                                  + ", whose account " + destinationAccount + " does not exist; nothing signed"};
    if (create && w.amount.baseUnits() < 2 * kBaseReserve)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s destination " + destinationAccount
                                                  + " does not exist yet: creating it takes at least " + xlm(2 * kBaseReserve)
                                                  + ", the withdrawal sends " + xlm(w.amount.baseUnits()) + "; nothing signed"};

    stellar::PaymentTransaction tx;
    tx.source = source.value();
    tx.fee = static_cast<std::uint32_t>(maxFee.baseUnits());
    tx.sequence = sequence;
    const std::int64_t maxTime = m_clock.nowMs() / 1000 + kValiditySeconds;
    tx.timeBounds = stellar::TimeBounds{0, static_cast<std::uint64_t>(maxTime)};
    tx.operation = create ? stellar::OperationType::CreateAccount : stellar::OperationType::Payment;
    tx.destination = destination.value();
    tx.amount = static_cast<std::int64_t>(w.amount.baseUnits());
    if (auto valid = tx.validate(); !valid)
        return valid.error();

    Result<void> signing = Error{ErrorCode::Internal, "not signed"};
    auto used = vault.useKey(hotKeyName(Chain::Stellar), [&](const unsigned char *key, std::size_t size) {
        if (size != 32) {
            signing = Error{ErrorCode::Conflict, "the vault's hot:stellar key is not a 32-byte Ed25519 seed; nothing signed"};
            return;
        }
        QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        if (stellar::accountIdFromSeed(seed) != source.value().toString()) {
            signing = Error{ErrorCode::Conflict, "the vault's hot:stellar key is not the hot wallet's (" + hot.address + "); nothing signed"};
        } else {
            tx.sign(seed, passphrase);
            signing = Result<void>();
        }
        seed.fill('\0');
    });
    if (!used)
        return used.error();
    if (!signing)
        return signing.error();

    PayoutRecord p;
    p.chain = Chain::Stellar;
    p.asset = w.asset;
    p.source = hot.address;
    p.destination = w.destination;
    p.amount = w.amount;
    p.maxFee = maxFee;
    p.sequence = sequence;
    p.lastValid = maxTime;
    p.rawTx = tx.envelopeBase64();
    p.txid = tx.hashHex(passphrase);
    return p;
}

Result<std::optional<PayoutStatus>> StellarPayer::lookup(const std::string &txid)
{
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
    const auto charged = json ? wholeNumber(json.value().member("fee_charged")) : std::nullopt;
    if (!successful || successful->kind != encoding::JsonValue::Kind::Bool || !charged)
        return unavailable("Horizon's transaction " + txid + " lacks successful or fee_charged");
    const Amount fee = Amount::fromBaseUnits(*charged);
    if (successful->text == "true")
        return std::optional<PayoutStatus>(PayoutStatus{PayoutStatus::Kind::Succeeded, fee, {}});
    std::string note = "failed in its ledger";
    if (const encoding::JsonValue *result = json.value().member("result_xdr"); result && result->kind == encoding::JsonValue::Kind::String) {
        if (auto codes = stellar::decodeTransactionResult(result->text))
            note = stellar::describeResultCodes(codes.value());
    }
    return std::optional<PayoutStatus>(PayoutStatus{PayoutStatus::Kind::Failed, fee, note});
}

Result<std::int64_t> StellarPayer::latestLedgerCloseTime()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("desc"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    auto answer = m_horizon.get(QStringLiteral("/ledgers"), query);
    if (!answer)
        return answer.error();
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *embedded = json ? json.value().member("_embedded") : nullptr;
    const encoding::JsonValue *records = embedded ? embedded->member("records") : nullptr;
    const encoding::JsonValue *closed = records && !records->items.empty() ? records->items.front().member("closed_at") : nullptr;
    const QDateTime at = closed ? QDateTime::fromString(QString::fromStdString(closed->text), Qt::ISODate) : QDateTime();
    if (answer.value().status != 200 || !at.isValid())
        return unavailable("Horizon's latest ledger has no closed_at");
    return at.toSecsSinceEpoch();
}

Result<void> StellarPayer::send(const PayoutRecord &payout)
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
    auto known = lookup(payout.txid);
    if (!known)
        return known.error();
    if (known.value())
        return {};
    const auto codes = stellar::refusalCodes(answer.value().body);
    return Error{ErrorCode::InvalidInput, "Horizon refused the transaction: "
                                              + (codes ? stellar::describeResultCodes(*codes) : "HTTP " + std::to_string(status))};
}

Result<PayoutStatus> StellarPayer::status(const PayoutRecord &payout)
{
    auto found = lookup(payout.txid);
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
    if (hot.value().exists && hot.value().sequence >= payout.sequence)
        never = "hot's sequence number " + std::to_string(payout.sequence) + " was used by another transaction";
    if (never.empty() && payout.lastValid && m_clock.nowMs() / 1000 > *payout.lastValid) {
        auto closed = latestLedgerCloseTime();
        if (!closed)
            return closed.error();
        if (closed.value() > *payout.lastValid)
            never = "a ledger closed after its time bounds ended";
    }
    if (never.empty())
        return PayoutStatus{PayoutStatus::Kind::Unseen, {}, {}};
    // The ledger that moved the sequence may be ours, ingested between the
    // two reads: look once more.
    auto again = lookup(payout.txid);
    if (!again)
        return again.error();
    if (again.value())
        return *again.value();
    return PayoutStatus{PayoutStatus::Kind::Expired, {}, never};
}

} // namespace exchange::withdrawals
