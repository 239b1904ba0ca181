#include "horizontestserver.h"

#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/xdrwriter.h"
#include "core/money/amount.h"

#include <QDateTime>
#include <QTimeZone>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

using namespace exchange;

namespace {

constexpr std::int64_t kBaseReserve = 5'000'000;

QHttpServerResponse json(const QByteArray &body, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArray("application/json"), body, status);
}

QHttpServerResponse notFound()
{
    return json("{\"type\":\"https://stellar.org/horizon-errors/not_found\",\"title\":\"Resource Missing\",\"status\":404,"
                "\"detail\":\"The resource at the url requested was not found.\"}",
                QHttpServerResponse::StatusCode::NotFound);
}

QByteArray n(std::int64_t v)
{
    return QByteArray::number(static_cast<qlonglong>(v));
}

QByteArray lumens(std::int64_t stroops)
{
    return QByteArray::fromStdString(Amount::fromBaseUnits(stroops).format(7, 7));
}

// TransactionResult (Stellar-transaction.x): feeCharged, code, and for
// txSUCCESS/txFAILED the one operation's result (opINNER, its type, its
// code), then an empty ext.
QByteArray resultXdr(std::int64_t fee, std::int32_t txCode, std::int32_t opType, std::int32_t opCode)
{
    stellar::XdrWriter out;
    out.int64(fee);
    out.int32(txCode);
    if (txCode == 0 || txCode == -1) {
        out.uint32(1);
        out.int32(0);
        out.int32(opType);
        out.int32(opCode);
    }
    out.int32(0);
    return out.data().toBase64();
}

QByteArray refusal(const QByteArray &txCode, const QByteArray &opCode, const QByteArray &result)
{
    return "{\"type\":\"https://stellar.org/horizon-errors/transaction_failed\",\"title\":\"Transaction Failed\",\"status\":400,"
           "\"extras\":{\"result_codes\":{\"transaction\":\""
           + txCode + "\"" + (opCode.isEmpty() ? QByteArray() : ",\"operations\":[\"" + opCode + "\"]") + "},\"result_xdr\":\"" + result
           + "\"}}";
}

QByteArray transactionJson(const QByteArray &hash, const HorizonTestServer::Transaction &t)
{
    return "{\"id\":\"" + hash + "\",\"hash\":\"" + hash + "\",\"ledger\":" + n(t.ledger) + ",\"successful\":"
           + (t.successful ? "true" : "false") + ",\"fee_charged\":\"" + n(t.feeCharged) + "\",\"envelope_xdr\":\"" + t.envelope
           + "\",\"result_xdr\":\"" + t.resultXdr + "\"}";
}

} // namespace

HorizonTestServer::HorizonTestServer(QByteArray passphrase, QObject *parent) : QObject(parent), m_passphrase(std::move(passphrase))
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/accounts/<arg>"), Method::Get, [this](const QString &id) {
        const auto it = m_accounts.find(id);
        if (it == m_accounts.end())
            return notFound();
        const Account &a = it->second;
        return json("{\"id\":\"" + id.toLatin1() + "\",\"account_id\":\"" + id.toLatin1() + "\",\"sequence\":\"" + n(a.sequence)
                    + "\",\"subentry_count\":" + n(a.subentries) + ",\"num_sponsoring\":0,\"num_sponsored\":0,"
                      "\"balances\":[{\"balance\":\"" + lumens(a.balance)
                    + "\",\"buying_liabilities\":\"0.0000000\",\"selling_liabilities\":\"0.0000000\",\"asset_type\":\"native\"}]}");
    });
    m_server.route(QStringLiteral("/fee_stats"), Method::Get, [this] {
        const QByteArray p = "\"" + n(m_p90) + "\"";
        const QByteArray b = "\"" + n(m_baseFee) + "\"";
        return json("{\"last_ledger\":\"" + n(m_ledger) + "\",\"last_ledger_base_fee\":" + b + ",\"ledger_capacity_usage\":\"0.42\","
                    "\"fee_charged\":{\"max\":" + p + ",\"min\":" + b + ",\"mode\":" + b + ",\"p10\":" + b + ",\"p50\":" + b
                    + ",\"p90\":" + p + ",\"p99\":" + p + "},\"max_fee\":{\"max\":" + p + ",\"min\":" + b + ",\"mode\":" + b
                    + ",\"p50\":" + b + ",\"p90\":" + p + "}}");
    });
    m_server.route(QStringLiteral("/ledgers"), Method::Get, [this] {
        const QByteArray closed = QDateTime::fromSecsSinceEpoch(m_closeTime, QTimeZone::utc()).toString(Qt::ISODate).toLatin1();
        return json("{\"_embedded\":{\"records\":[{\"sequence\":" + n(m_ledger) + ",\"closed_at\":\"" + closed
                    + "\",\"base_fee_in_stroops\":" + n(m_baseFee) + ",\"base_reserve_in_stroops\":" + n(kBaseReserve) + "}]}}");
    });
    m_server.route(QStringLiteral("/transactions/<arg>"), Method::Get, [this](const QString &hash) {
        const auto it = m_transactions.find(hash.toLatin1());
        if (it == m_transactions.end())
            return notFound();
        return json(transactionJson(it->first, it->second));
    });
    m_server.route(QStringLiteral("/transactions"), Method::Post, [this](const QHttpServerRequest &request) {
        ++m_posts;
        int status = 200;
        const QByteArray body = submit(request.body(), status);
        return json(body, static_cast<QHttpServerResponse::StatusCode>(status));
    });
}

HorizonTestServer::~HorizonTestServer() = default;

bool HorizonTestServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString HorizonTestServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray HorizonTestServer::submit(const QByteArray &form, int &status)
{
    const QString envelope = QUrlQuery(QString::fromLatin1(form)).queryItemValue(QStringLiteral("tx"), QUrl::FullyDecoded);
    auto decoded = stellar::PaymentTransaction::fromEnvelopeBase64(envelope.toStdString());
    status = 400;
    // This fake ledger keeps XLM only: a token's payment or a trustline is as
    // unknown to it as to the decoder before tokens.
    if (!decoded || decoded.value().operation == stellar::OperationType::ChangeTrust || !decoded.value().asset.isNative())
        return "{\"type\":\"https://stellar.org/horizon-errors/transaction_malformed\",\"title\":\"Transaction Malformed\",\"status\":400}";
    const stellar::PaymentTransaction &tx = decoded.value();
    const std::string passphrase = m_passphrase.toStdString();
    const QByteArray hash = QByteArray::fromStdString(tx.hashHex(passphrase));
    if (const auto known = m_transactions.find(hash); known != m_transactions.end()) {
        // Already in a ledger: Horizon answers with it.
        status = known->second.successful ? 200 : 400;
        return known->second.successful ? transactionJson(hash, known->second)
                                         : refusal("tx_failed", "op_underfunded", known->second.resultXdr);
    }
    if (m_hold) {
        status = 504;
        return "{\"type\":\"https://stellar.org/horizon-errors/timeout\",\"title\":\"Timeout\",\"status\":504}";
    }
    const QString source = QString::fromStdString(tx.source.toString());
    if (!tx.isSignedBy(tx.source.publicKey, passphrase))
        return refusal("tx_bad_auth", {}, resultXdr(0, -6, 0, 0));
    auto from = m_accounts.find(source);
    if (from == m_accounts.end())
        return refusal("tx_no_source_account", {}, resultXdr(0, -8, 0, 0));
    if (tx.timeBounds && tx.timeBounds->maxTime != 0 && static_cast<std::uint64_t>(m_closeTime) > tx.timeBounds->maxTime)
        return refusal("tx_too_late", {}, resultXdr(0, -3, 0, 0));
    if (static_cast<std::int64_t>(tx.fee) < m_baseFee)
        return refusal("tx_insufficient_fee", {}, resultXdr(0, -9, 0, 0));
    if (tx.sequence != from->second.sequence + 1)
        return refusal("tx_bad_seq", {}, resultXdr(0, -5, 0, 0));

    // Into the ledger: the fee and the sequence number are taken.
    Transaction t;
    t.feeCharged = m_baseFee;
    t.ledger = ++m_ledger;
    t.envelope = envelope.toLatin1();
    from->second.sequence = tx.sequence;
    from->second.balance -= m_baseFee;
    const QString to = QString::fromStdString(stellar::StellarAccount{tx.destination.publicKey, std::nullopt}.toString());
    const std::int64_t spendable = from->second.balance - (2 + from->second.subentries) * kBaseReserve;
    const bool createAccount = tx.operation == stellar::OperationType::CreateAccount;
    const std::int32_t opType = createAccount ? 0 : 1;
    std::int32_t opCode = 0;
    QByteArray opName;
    if (createAccount && m_accounts.count(to)) {
        opCode = -4;
        opName = "op_already_exists";
    } else if (createAccount && tx.amount < 2 * kBaseReserve) {
        opCode = -3;
        opName = "op_low_reserve";
    } else if (!createAccount && !m_accounts.count(to)) {
        opCode = -5;
        opName = "op_no_destination";
    } else if (spendable < tx.amount) {
        opCode = -2;
        opName = "op_underfunded";
    }
    t.successful = opCode == 0;
    t.resultXdr = resultXdr(t.feeCharged, t.successful ? 0 : -1, opType, opCode);
    m_transactions[hash] = t;
    if (!t.successful)
        return refusal("tx_failed", opName, t.resultXdr);
    from->second.balance -= tx.amount;
    if (createAccount)
        m_accounts[to] = {tx.amount, t.ledger << 32, 0};
    else
        m_accounts[to].balance += tx.amount;
    status = 200;
    return transactionJson(hash, t);
}
