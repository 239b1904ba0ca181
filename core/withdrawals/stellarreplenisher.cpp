#include "core/withdrawals/stellarreplenisher.h"

#include "core/encoding/exactjson.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/strkey.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace exchange::withdrawals {

namespace {

constexpr int kTimeoutMs = 15000;

std::string xlm(std::int64_t stroops)
{
    return Amount::fromBaseUnits(stroops).format(7, 0) + " XLM";
}

// An amount of the payment's asset (seven decimals, whatever the asset).
std::string units(std::int64_t stroops, const stellar::StellarAsset &asset)
{
    return asset.isNative() ? xlm(stroops) : Amount::fromBaseUnits(stroops).format(7, 0) + " " + asset.code;
}

Amount sellingLiabilities(const encoding::JsonValue &line)
{
    if (const auto *liabilities = line.member("selling_liabilities")) {
        if (auto parsed = Amount::parse(liabilities->text, 7))
            return parsed.value();
    }
    return Amount::zero();
}

Result<std::int64_t> int64Of(const encoding::JsonValue *v, const char *what)
{
    if (!v || v->kind != encoding::JsonValue::Kind::String || v->text.empty() || v->text.size() > 19)
        return Error{ErrorCode::Unavailable, std::string("Horizon's ") + what + " is missing"};
    std::int64_t n = 0;
    for (char c : v->text) {
        if (c < '0' || c > '9')
            return Error{ErrorCode::Unavailable, std::string("Horizon's ") + what + " is not a number"};
        n = n * 10 + (c - '0');
    }
    return n;
}

// Horizon's refusal in its own words: the result codes of the transaction
// and its operations ("tx_bad_seq", "op_underfunded").
std::string horizonReason(const QByteArray &body, int status)
{
    const std::string text = body.toStdString();
    auto json = encoding::parseJson(text);
    if (json) {
        std::string codes;
        if (const auto *extras = json.value().member("extras")) {
            if (const auto *rc = extras->member("result_codes")) {
                if (const auto *tx = rc->member("transaction"))
                    codes = tx->text;
                if (const auto *ops = rc->member("operations")) {
                    for (const auto &op : ops->items)
                        codes += ", " + op.text;
                }
            }
        }
        if (!codes.empty())
            return codes;
        if (const auto *title = json.value().member("title"))
            return title->text;
    }
    return "HTTP " + std::to_string(status);
}

} // namespace

StellarReplenisher::StellarReplenisher(QUrl horizon, std::string networkPassphrase)
    : m_horizon(std::move(horizon)), m_passphrase(std::move(networkPassphrase)), m_network(new QNetworkAccessManager)
{
}

StellarReplenisher::~StellarReplenisher()
{
    delete m_network;
}

Result<StellarReplenisher::Answer> StellarReplenisher::request(const QString &path, const QByteArray *form)
{
    QUrl url = m_horizon;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest req(url);
    req.setTransferTimeout(kTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (form) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(req, *form);
    } else {
        reply = m_network->get(req);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return Error{ErrorCode::Unavailable, "Horizon at " + m_horizon.toString().toStdString() + " could not be reached ("
                                                 + reply->errorString().toStdString() + ")"};
    return Answer{status.toInt(), reply->readAll()};
}

Result<Amount> StellarReplenisher::spendable(const std::string &address, const Asset &asset)
{
    if (!asset.identity.isNative() && asset.identity.kind != AssetKind::StellarCredit)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Stellar"};
    auto answer = request(QStringLiteral("/accounts/") + QString::fromStdString(address), nullptr);
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return Amount::zero(); // not created yet: nothing to spend
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable, "Horizon answered HTTP " + std::to_string(answer.value().status) + " for " + address};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json)
        return Error{ErrorCode::Unavailable, "Horizon's account is not JSON"};
    const auto *subentries = json.value().member("subentry_count");
    const auto *balances = json.value().member("balances");
    if (!subentries || subentries->kind != encoding::JsonValue::Kind::Number || !balances)
        return Error{ErrorCode::Unavailable, "Horizon's account lacks balances or subentry_count"};
    auto count = Amount::parse(subentries->text, 0);
    if (!count)
        return Error{ErrorCode::Unavailable, "Horizon's subentry_count is not a whole number"};
    if (!asset.identity.isNative()) {
        for (const auto &b : balances->items) {
            const auto *code = b.member("asset_code");
            const auto *issuer = b.member("asset_issuer");
            const auto *balance = b.member("balance");
            if (!code || !issuer || !balance || code->text != asset.identity.stellarCode || issuer->text != asset.identity.issuer)
                continue;
            auto held = Amount::parse(balance->text, 7);
            if (!held)
                return Error{ErrorCode::Unavailable, "Horizon's balance of " + asset.code + " is malformed"};
            const int128 free = held.value().baseUnits() - sellingLiabilities(b).baseUnits();
            return Amount::fromBaseUnits(free > 0 ? free : 0);
        }
        return Amount::zero(); // no trustline: none of it
    }
    for (const auto &b : balances->items) {
        const auto *type = b.member("asset_type");
        const auto *balance = b.member("balance");
        if (!type || type->text != "native" || !balance)
            continue;
        auto held = Amount::parse(balance->text, 7);
        const Amount selling = sellingLiabilities(b);
        if (!held)
            return Error{ErrorCode::Unavailable, "Horizon's native balance is malformed"};
        const int128 reserve = (2 + count.value().baseUnits()) * kBaseReserve;
        const int128 free = held.value().baseUnits() - reserve - selling.baseUnits();
        return Amount::fromBaseUnits(free > 0 ? free : 0);
    }
    return Error{ErrorCode::Unavailable, "Horizon's account has no native balance"};
}

Result<Amount> StellarReplenisher::feeAllowance(const Asset &)
{
    return Amount::fromBaseUnits(kFee); // XLM, whatever moves
}

Result<PreparedTransfer> StellarReplenisher::prepare(const std::string &from, const std::string &to, Amount amount,
                                                     const Asset &asset)
{
    auto paid = stellar::StellarAsset::fromIdentity(asset.identity);
    if (!paid)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Stellar: " + paid.error().message};
    if (m_passphrase.empty())
        return Error{ErrorCode::InvalidInput,
                     "Stellar has no network passphrase: exctl chain set stellar --network \"Public Global Stellar Network ; September 2015\""};
    auto source = stellar::StellarAccount::fromString(from);
    auto destination = stellar::StellarAccount::fromString(to);
    if (!source || !destination)
        return Error{ErrorCode::InvalidInput, "a Stellar wallet address is not a valid account id"};
    if (amount.baseUnits() <= 0 || amount.baseUnits() > INT64_MAX)
        return Error{ErrorCode::InvalidInput, "a Stellar payment is between 1 stroop and 2^63-1 stroops"};
    auto answer = request(QStringLiteral("/accounts/") + QString::fromStdString(from), nullptr);
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return Error{ErrorCode::NotFound, "the source account " + from + " does not exist on the network"};
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable, "Horizon answered HTTP " + std::to_string(answer.value().status) + " for " + from};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json)
        return Error{ErrorCode::Unavailable, "Horizon's account is not JSON"};
    auto sequence = int64Of(json.value().member("sequence"), "sequence");
    if (!sequence)
        return sequence.error();
    stellar::PaymentTransaction tx;
    tx.source = source.value();
    tx.fee = kFee;
    tx.sequence = sequence.value() + 1;
    tx.destination = destination.value();
    tx.asset = paid.value();
    tx.amount = static_cast<std::int64_t>(amount.baseUnits());
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return PreparedTransfer{tx.envelopeXdr(), Amount::fromBaseUnits(kFee)};
}

QByteArray StellarReplenisher::fileContents(const QByteArray &unsignedTx) const
{
    return unsignedTx.toBase64() + "\n";
}

Result<SignedTransfer> StellarReplenisher::readSigned(const QByteArray &file) const
{
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(file.trimmed().toStdString());
    if (!tx)
        return tx.error();
    if (tx.value().signatures.empty())
        return Error{ErrorCode::InvalidInput, "this Stellar transaction is not signed yet: sign the exported file first"};
    stellar::PaymentTransaction bare = tx.value();
    bare.signatures.clear();
    return SignedTransfer{bare.envelopeXdr(), tx.value().envelopeXdr(), tx.value().hashHex(m_passphrase)};
}

Result<void> StellarReplenisher::checkSigner(const SignedTransfer &transfer, const std::string &from) const
{
    auto tx = stellar::PaymentTransaction::fromEnvelopeXdr(transfer.signedTx);
    auto key = stellar::strkey::decodeAccountId(from);
    if (!tx || !key)
        return Error{ErrorCode::InvalidInput, "the signed Stellar transaction cannot be read"};
    if (!tx.value().isSignedBy(key.value(), m_passphrase))
        return Error{ErrorCode::InvalidInput, "not signed by the source wallet " + from
                                                  + " for this network (another key, or another network passphrase): nothing was sent"};
    return {};
}

Result<AssetIdentity> StellarReplenisher::movedAsset(const QByteArray &unsignedTx) const
{
    auto tx = stellar::PaymentTransaction::fromEnvelopeXdr(unsignedTx);
    if (!tx)
        return tx.error();
    if (tx.value().operation != stellar::OperationType::Payment)
        return Error{ErrorCode::InvalidInput, "the Stellar transaction is not a payment"};
    if (tx.value().asset.isNative())
        return AssetIdentity::native();
    return AssetIdentity::stellarCredit(tx.value().asset.code, stellar::strkey::encodeAccountId(tx.value().asset.issuer));
}

std::string StellarReplenisher::describeDifference(const QByteArray &exported, const QByteArray &other) const
{
    auto a = stellar::PaymentTransaction::fromEnvelopeXdr(exported);
    auto b = stellar::PaymentTransaction::fromEnvelopeXdr(other);
    if (!a || !b)
        return "a different transaction";
    std::vector<std::string> diffs;
    const auto add = [&](const char *field, const std::string &x, const std::string &y) {
        if (x != y)
            diffs.push_back(std::string(field) + ": " + x + " in the export, " + y + " in the file");
    };
    const auto &x = a.value();
    const auto &y = b.value();
    add("asset", x.asset.toString(), y.asset.toString());
    add("amount", units(x.amount, x.asset), units(y.amount, y.asset));
    add("destination", x.destination.toString(), y.destination.toString());
    add("source", x.source.toString(), y.source.toString());
    add("sequence", std::to_string(x.sequence), std::to_string(y.sequence));
    add("fee", xlm(x.fee), xlm(y.fee));
    if (!(x.memo == y.memo))
        diffs.push_back("memo differs");
    if (x.timeBounds != y.timeBounds || x.operationSource != y.operationSource)
        diffs.push_back("time bounds or operation source differ");
    if (diffs.empty())
        return "a different encoding of the same fields";
    std::string out;
    for (const auto &d : diffs)
        out += (out.empty() ? "" : "; ") + d;
    return out;
}

Result<void> StellarReplenisher::broadcast(const SignedTransfer &transfer)
{
    const QByteArray form = "tx=" + QUrl::toPercentEncoding(QString::fromLatin1(transfer.signedTx.toBase64()));
    auto answer = request(QStringLiteral("/transactions"), &form);
    if (!answer)
        return answer.error();
    if (answer.value().status == 200)
        return {};
    auto known = status(transfer.txid, transfer.unsignedTx);
    if (known && known.value().verdict != ChainVerdict::Unknown)
        return {}; // submitted before: Horizon answers tx_bad_seq for the same transaction again
    if (answer.value().status >= 500 || answer.value().status == 429)
        return Error{ErrorCode::Unavailable, "Horizon could not take the transaction now (HTTP "
                                                 + std::to_string(answer.value().status) + "); import the file again later"};
    return Error{ErrorCode::InvalidInput, "Horizon refused the transaction: " + horizonReason(answer.value().body, answer.value().status)};
}

Result<ChainStatus> StellarReplenisher::status(const std::string &txid, const QByteArray &)
{
    auto answer = request(QStringLiteral("/transactions/") + QString::fromStdString(txid), nullptr);
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return ChainStatus{ChainVerdict::Unknown, {}, std::nullopt};
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable, "Horizon answered HTTP " + std::to_string(answer.value().status) + " for " + txid};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const auto *ok = json ? json.value().member("successful") : nullptr;
    const auto *charged = json ? json.value().member("fee_charged") : nullptr;
    auto fee = charged ? Amount::parse(charged->text, 0) : Result<Amount>(Error{ErrorCode::Unavailable, "missing"});
    if (!ok || !fee || fee.value().isNegative())
        return Error{ErrorCode::Unavailable, "Horizon's transaction lacks 'successful' or 'fee_charged'"};
    if (ok->text == "true")
        return ChainStatus{ChainVerdict::Confirmed, {}, fee.value()};
    return ChainStatus{ChainVerdict::Failed, "the transaction was included but failed", fee.value()};
}

} // namespace exchange::withdrawals
