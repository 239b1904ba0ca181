#include "horizontestserver.h"

#include "core/chains/stellar/xdrwriter.h"
#include "core/money/amount.h"

#include <QDateTime>
#include <QTimeZone>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

#include <algorithm>

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
// An account_merge that succeeded carries the merged account's balance.
QByteArray resultXdr(std::int64_t fee, std::int32_t txCode, std::int32_t opType, std::int32_t opCode,
                     std::optional<std::int64_t> mergedBalance = std::nullopt)
{
    stellar::XdrWriter out;
    out.int64(fee);
    out.int32(txCode);
    if (txCode == 0 || txCode == -1) {
        out.uint32(1);
        out.int32(0);
        out.int32(opType);
        out.int32(opCode);
        if (mergedBalance)
            out.int64(*mergedBalance);
    }
    out.int32(0);
    return out.data().toBase64();
}

// txFAILED before the operation ran: its OperationResultCode (opBAD_AUTH
// -1, opNO_ACCOUNT -2), no fee (never in a ledger).
QByteArray outerFailureXdr(std::int32_t outer)
{
    stellar::XdrWriter out;
    out.int64(0);
    out.int32(-1);
    out.uint32(1);
    out.int32(outer);
    out.int32(0);
    return out.data().toBase64();
}

// The account the operation acts for: its own source, else the transaction's.
QString operationSourceOf(const stellar::PaymentTransaction &tx)
{
    const stellar::StellarAccount &of = tx.operationSource ? *tx.operationSource : tx.source;
    return QString::fromStdString(stellar::StellarAccount{of.publicKey, std::nullopt}.toString());
}

QByteArray refusal(const QByteArray &txCode, const QByteArray &opCode, const QByteArray &result)
{
    return "{\"type\":\"https://stellar.org/horizon-errors/transaction_failed\",\"title\":\"Transaction Failed\",\"status\":400,"
           "\"extras\":{\"result_codes\":{\"transaction\":\""
           + txCode + "\"" + (opCode.isEmpty() ? QByteArray() : ",\"operations\":[\"" + opCode + "\"]") + "},\"result_xdr\":\"" + result
           + "\"}}";
}

QByteArray trustlineJson(const HorizonTestServer::Trustline &t, std::int64_t ledger)
{
    const QByteArray authorized = t.authorized ? "true" : "false";
    return "{\"balance\":\"" + lumens(t.balance) + "\",\"limit\":\"" + lumens(t.limit) + "\",\"buying_liabilities\":\""
           + lumens(t.buyingLiabilities) + "\",\"selling_liabilities\":\"" + lumens(t.sellingLiabilities)
           + "\",\"last_modified_ledger\":" + n(ledger) + ",\"is_authorized\":" + authorized
           + ",\"is_authorized_to_maintain_liabilities\":" + authorized + ",\"is_clawback_enabled\":false,\"asset_type\":\""
           + (t.code.size() <= 4 ? "credit_alphanum4" : "credit_alphanum12") + "\",\"asset_code\":\""
           + QByteArray::fromStdString(t.code) + "\",\"asset_issuer\":\"" + QByteArray::fromStdString(t.issuer) + "\"}";
}

HorizonTestServer::Trustline *lineOf(HorizonTestServer::Account &a, const std::string &code, const std::string &issuer)
{
    for (HorizonTestServer::Trustline &t : a.trustlines)
        if (t.code == code && t.issuer == issuer)
            return &t;
    return nullptr;
}

} // namespace

HorizonTestServer::HorizonTestServer(QByteArray passphrase, QObject *parent) : QObject(parent), m_passphrase(std::move(passphrase))
{
    connect(&m_ledgerTimer, &QTimer::timeout, this, &HorizonTestServer::closeLedger);
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/accounts/<arg>"), Method::Get, [this](const QString &id) {
        const auto it = m_accounts.find(id);
        if (it == m_accounts.end())
            return notFound();
        const Account &a = it->second;
        QByteArray lines; // Horizon lists the trustlines first, the native balance last
        for (const Trustline &t : a.trustlines)
            lines += trustlineJson(t, m_ledger) + ",";
        QByteArray data;
        for (const auto &[name, value] : a.data)
            data += (data.isEmpty() ? "\"" : ",\"") + QByteArray::fromStdString(name) + "\":\"" + value.toBase64() + "\"";
        return json("{\"id\":\"" + id.toLatin1() + "\",\"account_id\":\"" + id.toLatin1() + "\",\"sequence\":\"" + n(a.sequence)
                    + "\",\"subentry_count\":" + n(a.subentries) + ",\"num_sponsoring\":0,\"num_sponsored\":0,"
                      "\"balances\":[" + lines + "{\"balance\":\"" + lumens(a.balance)
                    + "\",\"buying_liabilities\":\"0.0000000\",\"selling_liabilities\":\"0.0000000\",\"asset_type\":\"native\"}],\"data\":{" + data + "}}");
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
        // An applied fee bump is found by its inner hash too.
        const auto inner = m_innerHashes.find(hash.toLatin1());
        const auto it = m_transactions.find(inner == m_innerHashes.end() ? hash.toLatin1() : inner->second);
        if (it == m_transactions.end())
            return notFound();
        return json(transactionJson(hash.toLatin1(), it->first, it->second));
    });
    m_server.route(QStringLiteral("/transactions_async"), Method::Post, [this](const QHttpServerRequest &request) {
        ++m_posts;
        int status = 201;
        const QByteArray body = submitAsync(request.body(), status);
        return json(body, static_cast<QHttpServerResponse::StatusCode>(status));
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

void HorizonTestServer::setTrustline(const QString &id, const Trustline &line)
{
    Account &a = m_accounts.at(id);
    if (Trustline *known = lineOf(a, line.code, line.issuer)) {
        *known = line;
        return;
    }
    a.trustlines.push_back(line);
    ++a.subentries;
}

void HorizonTestServer::setDataEntry(const QString &id, const std::string &name, const std::optional<QByteArray> &value)
{
    Account &a = m_accounts.at(id);
    const bool known = a.data.count(name) > 0;
    if (!value) {
        a.subentries -= a.data.erase(name) ? 1 : 0;
        return;
    }
    a.data[name] = *value;
    if (!known)
        ++a.subentries;
}

std::optional<HorizonTestServer::Trustline> HorizonTestServer::trustline(const QString &id, const std::string &code,
                                                                         const std::string &issuer) const
{
    const auto it = m_accounts.find(id);
    if (it == m_accounts.end())
        return std::nullopt;
    for (const Trustline &t : it->second.trustlines)
        if (t.code == code && t.issuer == issuer)
            return t;
    return std::nullopt;
}

std::int64_t HorizonTestServer::Envelope::rate() const
{
    return bump ? bump->fee / stellar::FeeBumpTransaction::kFeeOperations : static_cast<std::int64_t>(tx.fee);
}

std::optional<HorizonTestServer::Envelope> HorizonTestServer::decode(const QString &base64) const
{
    const std::string text = base64.toStdString();
    const std::string passphrase = m_passphrase.toStdString();
    Envelope e;
    e.base64 = base64.toLatin1();
    if (stellar::FeeBumpTransaction::isFeeBumpEnvelope(text)) {
        auto bump = stellar::FeeBumpTransaction::fromEnvelopeBase64(text);
        if (!bump)
            return std::nullopt;
        e.bump = bump.value();
        e.tx = bump.value().inner;
        e.hash = QByteArray::fromStdString(bump.value().hashHex(passphrase));
    } else {
        auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(text);
        if (!tx)
            return std::nullopt;
        e.tx = tx.value();
    }
    e.innerHash = QByteArray::fromStdString(e.tx.hashHex(passphrase));
    if (!e.bump)
        e.hash = e.innerHash;
    e.source = QString::fromStdString(e.tx.source.toString());
    return e;
}

void HorizonTestServer::setSurgeFee(std::int64_t stroops)
{
    m_surgeFee = stroops;
    if (m_ledgerTimer.isActive())
        return; // the next ledger takes them
    std::vector<Queued> held;
    held.swap(m_held);
    for (const Queued &q : held) {
        auto e = q.rate >= m_surgeFee ? decode(QString::fromLatin1(q.envelope)) : std::nullopt;
        if (q.rate < m_surgeFee)
            m_held.push_back(q);
        else if (e && !precheck(*e, 0))
            include(*e, ++m_ledger);
    }
}

std::vector<QByteArray> HorizonTestServer::held() const
{
    std::vector<QByteArray> hashes;
    for (const Queued &q : m_held)
        hashes.push_back(q.hash);
    return hashes;
}

bool HorizonTestServer::replaceByFee(const Envelope &e, std::optional<Refusal> &refusal)
{
    for (std::vector<Queued> *list : {&m_held, &m_queue}) {
        for (auto it = list->begin(); it != list->end(); ++it) {
            if (it->source != e.source)
                continue;
            if (!e.bump || it->innerHash != e.innerHash)
                return false; // another transaction waits from this source
            if (e.rate() < 10 * it->rate) {
                refusal = Refusal{"tx_insufficient_fee", {}, resultXdr(0, -9, 0, 0)};
                return true;
            }
            list->erase(it);
            return true;
        }
    }
    return false;
}

QByteArray HorizonTestServer::submit(const QByteArray &form, int &status)
{
    const QString envelope = QUrlQuery(QString::fromLatin1(form)).queryItemValue(QStringLiteral("tx"), QUrl::FullyDecoded);
    const auto decoded = decode(envelope);
    status = 400;
    if (!decoded)
        return "{\"type\":\"https://stellar.org/horizon-errors/transaction_malformed\",\"title\":\"Transaction Malformed\",\"status\":400}";
    const Envelope &e = *decoded;
    const QByteArray &hash = e.hash;
    if (const auto known = m_transactions.find(hash); known != m_transactions.end()) {
        // Already in a ledger: Horizon answers with it.
        status = known->second.successful ? 200 : 400;
        return known->second.successful ? transactionJson(hash, hash, known->second)
                                         : refusal("tx_failed", known->second.failure, known->second.resultXdr);
    }
    const QByteArray timeout = "{\"type\":\"https://stellar.org/horizon-errors/timeout\",\"title\":\"Timeout\",\"status\":504}";
    const bool waiting = std::any_of(m_held.begin(), m_held.end(), [&hash](const Queued &q) { return q.hash == hash; });
    if (m_hold || waiting) {
        status = 504;
        return timeout;
    }
    std::optional<Refusal> replaced;
    const bool replacing = replaceByFee(e, replaced);
    if (replaced)
        return refusal(replaced->txCode, replaced->opCode, replaced->resultXdr);
    const bool fromSource = std::any_of(m_held.begin(), m_held.end(), [&e](const Queued &q) { return q.source == e.source; })
                            || std::any_of(m_queue.begin(), m_queue.end(), [&e](const Queued &q) { return q.source == e.source; });
    if (!replacing && fromSource) {
        status = 503;
        return "{\"type\":\"https://stellar.org/horizon-errors/try_again_later\",\"title\":\"Try Again Later\",\"status\":503}";
    }
    if (auto refused = precheck(e, 0))
        return refusal(refused->txCode, refused->opCode, refused->resultXdr);
    if (e.rate() < m_surgeFee) {
        m_held.push_back({hash, e.source, e.base64, e.innerHash, e.rate()});
        status = 504; // Horizon's wait ends before a ledger takes it
        return timeout;
    }
    const Transaction t = include(e, ++m_ledger);
    if (!t.successful)
        return refusal("tx_failed", t.failure, t.resultXdr);
    status = 200;
    return transactionJson(hash, hash, t);
}

QByteArray HorizonTestServer::transactionJson(const QByteArray &asked, const QByteArray &hash, const Transaction &t) const
{
    // Horizon's `hash` is the one asked (a fee bump's inner, say).
    QByteArray bump;
    if (!t.innerHash.isEmpty())
        bump = ",\"fee_bump_transaction\":{\"hash\":\"" + hash + "\",\"signatures\":[]},\"inner_transaction\":{\"hash\":\""
               + t.innerHash + "\",\"signatures\":[],\"max_fee\":\"" + n(t.innerMaxFee) + "\"}";
    return "{\"id\":\"" + asked + "\",\"hash\":\"" + asked + "\",\"ledger\":" + n(t.ledger) + ",\"successful\":"
           + (t.successful ? "true" : "false") + ",\"fee_account\":\"" + t.feeAccount + "\",\"fee_charged\":\""
           + n(t.feeCharged) + "\",\"envelope_xdr\":\"" + t.envelope + "\",\"result_xdr\":\"" + t.resultXdr + "\"" + bump + "}";
}

std::optional<HorizonTestServer::Refusal> HorizonTestServer::precheck(const Envelope &e, std::int64_t queued) const
{
    const stellar::PaymentTransaction &tx = e.tx;
    const std::string passphrase = m_passphrase.toStdString();
    if (e.bump) {
        // The fee source signs, exists, offers the base fee for two
        // operations and holds it; the inner's own fee is not checked.
        if (!e.bump->isSignedBy(e.bump->feeSource.publicKey, passphrase))
            return Refusal{"tx_bad_auth", {}, resultXdr(0, -6, 0, 0)};
        const auto payer = m_accounts.find(
            QString::fromStdString(stellar::StellarAccount{e.bump->feeSource.publicKey, std::nullopt}.toString()));
        if (payer == m_accounts.end())
            return Refusal{"tx_no_source_account", {}, resultXdr(0, -8, 0, 0)};
        if (e.bump->fee < stellar::FeeBumpTransaction::kFeeOperations * m_baseFee)
            return Refusal{"tx_insufficient_fee", {}, resultXdr(0, -9, 0, 0)};
        if (payer->second.balance - (2 + payer->second.subentries) * kBaseReserve < e.bump->fee)
            return Refusal{"tx_insufficient_balance", {}, resultXdr(0, -7, 0, 0)};
    }
    const QString source = QString::fromStdString(tx.source.toString());
    if (!tx.isSignedBy(tx.source.publicKey, passphrase))
        return Refusal{"tx_bad_auth", {}, resultXdr(0, -6, 0, 0)};
    const auto from = m_accounts.find(source);
    if (from == m_accounts.end())
        return Refusal{"tx_no_source_account", {}, resultXdr(0, -8, 0, 0)};
    if (tx.timeBounds && tx.timeBounds->maxTime != 0 && static_cast<std::uint64_t>(m_closeTime) > tx.timeBounds->maxTime)
        return Refusal{"tx_too_late", {}, resultXdr(0, -3, 0, 0)};
    if (!e.bump && static_cast<std::int64_t>(tx.fee) < m_baseFee)
        return Refusal{"tx_insufficient_fee", {}, resultXdr(0, -9, 0, 0)};
    if (tx.sequence != from->second.sequence + 1 + queued)
        return Refusal{"tx_bad_seq", {}, resultXdr(0, -5, 0, 0)};
    // A channel's transaction: the operation's source must sign too, and exist.
    if (tx.operationSource && !tx.isSignedBy(tx.operationSource->publicKey, passphrase))
        return Refusal{"tx_failed", "op_bad_auth", outerFailureXdr(-1)};
    if (m_accounts.find(operationSourceOf(tx)) == m_accounts.end())
        return Refusal{"tx_failed", "op_no_source_account", outerFailureXdr(-2)};
    return std::nullopt;
}

HorizonTestServer::Transaction HorizonTestServer::include(const Envelope &e, std::int64_t ledger)
{
    const stellar::PaymentTransaction &tx = e.tx;
    // Into the ledger: the fee (the going rate for each operation, a fee
    // bump's two, from its fee source) and the sequence number are taken.
    Transaction t;
    t.feeCharged = std::max(m_baseFee, m_surgeFee) * (e.bump ? stellar::FeeBumpTransaction::kFeeOperations : 1);
    t.ledger = ledger;
    t.envelope = e.base64;
    t.feeAccount = e.source.toLatin1();
    if (e.bump) {
        t.feeAccount = QByteArray::fromStdString(stellar::StellarAccount{e.bump->feeSource.publicKey, std::nullopt}.toString());
        t.innerHash = e.innerHash;
        t.innerMaxFee = tx.fee;
        m_innerHashes[e.innerHash] = e.hash;
    }
    m_accounts.at(QString::fromLatin1(t.feeAccount)).balance -= t.feeCharged;
    Account &from = m_accounts.at(e.source);
    from.sequence = tx.sequence;
    const auto payer = m_accounts.find(operationSourceOf(tx));
    std::int32_t opType = 1;
    std::pair<std::int32_t, QByteArray> outcome{-1, "op_no_source_account"};
    std::optional<std::int64_t> merged;
    if (payer != m_accounts.end()) {
        switch (tx.operation) {
        case stellar::OperationType::CreateAccount:
            opType = 0;
            outcome = applyPayment(tx, payer->second, t.ledger);
            break;
        case stellar::OperationType::Payment:
            outcome = applyPayment(tx, payer->second, t.ledger);
            break;
        case stellar::OperationType::ChangeTrust:
            opType = 6;
            outcome = applyChangeTrust(tx, payer->second);
            break;
        case stellar::OperationType::ManageData:
            opType = 10;
            outcome = applyManageData(tx, payer->second);
            break;
        case stellar::OperationType::AccountMerge:
            opType = 8;
            merged = payer->second.balance;
            outcome = applyAccountMerge(tx, payer); // gone when merged: neither from nor payer is used below
            break;
        }
    }
    const auto [opCode, opName] = outcome;
    t.successful = opCode == 0;
    t.failure = opName;
    t.resultXdr = resultXdr(t.feeCharged, t.successful ? 0 : -1, opType, opCode, t.successful ? merged : std::nullopt);
    m_transactions[e.hash] = t;
    return t;
}

QByteArray HorizonTestServer::submitAsync(const QByteArray &form, int &status)
{
    const QString envelope = QUrlQuery(QString::fromLatin1(form)).queryItemValue(QStringLiteral("tx"), QUrl::FullyDecoded);
    const auto decoded = decode(envelope);
    status = 400;
    if (!decoded)
        return "{\"type\":\"https://stellar.org/horizon-errors/transaction_malformed\",\"title\":\"Transaction Malformed\",\"status\":400}";
    const Envelope &e = *decoded;
    const QByteArray &hash = e.hash;
    const auto answer = [&hash](const QByteArray &txStatus) {
        return "{\"tx_status\":\"" + txStatus + "\",\"hash\":\"" + hash + "\"}";
    };
    const auto same = [&hash](const Queued &q) { return q.hash == hash; };
    const bool pending = std::any_of(m_queue.begin(), m_queue.end(), same) || std::any_of(m_held.begin(), m_held.end(), same);
    if (pending || m_transactions.count(hash)) {
        status = 409;
        return answer("DUPLICATE");
    }
    if (m_hold) {
        status = 503;
        return answer("TRY_AGAIN_LATER");
    }
    // stellar-core keeps one transaction per source account in its queue,
    // and replaces it only by a fee bump of it that pays 10 times its rate.
    const QString &source = e.source;
    std::optional<Refusal> replaced;
    const bool replacing = replaceByFee(e, replaced);
    if (replaced)
        return "{\"tx_status\":\"ERROR\",\"hash\":\"" + hash + "\",\"error_result_xdr\":\"" + replaced->resultXdr + "\"}";
    const auto fromSource = [&source](const Queued &q) { return q.source == source; };
    const bool queuedFromSource = std::any_of(m_queue.begin(), m_queue.end(), fromSource)
                                  || std::any_of(m_held.begin(), m_held.end(), fromSource);
    if (!replacing && queuedFromSource) {
        status = 503;
        return answer("TRY_AGAIN_LATER");
    }
    if (auto refused = precheck(e, 0)) {
        status = 400;
        return "{\"tx_status\":\"ERROR\",\"hash\":\"" + hash + "\",\"error_result_xdr\":\"" + refused->resultXdr + "\"}";
    }
    status = 201;
    if (e.rate() < m_surgeFee)
        m_held.push_back({hash, source, e.base64, e.innerHash, e.rate()}); // under the surge: kept, not applied
    else if (m_ledgerTimer.isActive())
        m_queue.push_back({hash, source, e.base64, e.innerHash, e.rate()});
    else
        include(e, ++m_ledger); // no ledger clock: each in a ledger of its own at once
    return answer("PENDING");
}

void HorizonTestServer::setLedgerClock(int intervalMs)
{
    if (intervalMs <= 0) {
        m_ledgerTimer.stop();
        return;
    }
    m_ledgerTimer.start(intervalMs);
}

void HorizonTestServer::closeLedger()
{
    ++m_ledger;
    m_closeTime += std::max<std::int64_t>(1, m_ledgerTimer.interval() / 1000);
    int included = 0;
    std::vector<Queued> queue;
    queue.swap(m_queue);
    // Held ones the surge no longer keeps out go in too.
    std::vector<Queued> held;
    held.swap(m_held);
    for (const Queued &q : held)
        (q.rate < m_surgeFee ? m_held : queue).push_back(q);
    for (const Queued &q : queue) {
        auto e = decode(QString::fromLatin1(q.envelope));
        if (!e || precheck(*e, 0))
            continue; // no longer valid (its sequence used meanwhile): dropped, as stellar-core does
        include(*e, m_ledger);
        ++included;
    }
    m_ledgerSizes.push_back(included);
}

std::pair<std::int32_t, QByteArray> HorizonTestServer::applyPayment(const stellar::PaymentTransaction &tx, Account &from,
                                                                    std::int64_t ledger)
{
    const QString to = QString::fromStdString(stellar::StellarAccount{tx.destination.publicKey, std::nullopt}.toString());
    const QString source = operationSourceOf(tx);
    const std::int64_t spendable = from.balance - (2 + from.subentries) * kBaseReserve;
    if (tx.operation == stellar::OperationType::CreateAccount) {
        if (m_accounts.count(to))
            return {-4, "op_already_exists"};
        if (tx.amount < 2 * kBaseReserve)
            return {-3, "op_low_reserve"};
        if (spendable < tx.amount)
            return {-2, "op_underfunded"};
        from.balance -= tx.amount;
        m_accounts[to] = {tx.amount, ledger << 32, 0, {}, {}};
        return {0, {}};
    }
    const auto destination = m_accounts.find(to);
    if (destination == m_accounts.end())
        return {-5, "op_no_destination"};
    if (tx.asset.isNative()) {
        if (spendable < tx.amount)
            return {-2, "op_underfunded"};
        from.balance -= tx.amount;
        destination->second.balance += tx.amount;
        return {0, {}};
    }
    // A credit asset: the destination is credited first, then the source
    // debited, as stellar-core's path payment does it.
    const std::string code = tx.asset.code;
    const std::string issuer = stellar::strkey::encodeAccountId(tx.asset.issuer);
    Trustline *in = nullptr;
    if (to.toStdString() != issuer) {
        in = lineOf(destination->second, code, issuer);
        if (!in)
            return {-6, "op_no_trust"};
        if (!in->authorized)
            return {-7, "op_not_authorized"};
        if (in->limit - in->balance - in->buyingLiabilities < tx.amount)
            return {-8, "op_line_full"};
    }
    Trustline *out = nullptr;
    if (source.toStdString() != issuer) {
        out = lineOf(from, code, issuer);
        if (!out)
            return {-3, "op_src_no_trust"};
        if (!out->authorized)
            return {-4, "op_src_not_authorized"};
        if (out->balance - out->sellingLiabilities < tx.amount)
            return {-2, "op_underfunded"};
    }
    if (in)
        in->balance += tx.amount;
    if (out)
        out->balance -= tx.amount;
    return {0, {}};
}

std::pair<std::int32_t, QByteArray> HorizonTestServer::applyChangeTrust(const stellar::PaymentTransaction &tx, Account &from)
{
    const std::string code = tx.asset.code;
    const std::string issuer = stellar::strkey::encodeAccountId(tx.asset.issuer);
    if (QString::fromStdString(issuer) == operationSourceOf(tx))
        return {-5, "op_self_not_allowed"};
    Trustline *line = lineOf(from, code, issuer);
    if (!line && tx.amount == 0)
        return {-6, "op_trust_line_missing"};
    if (!m_accounts.count(QString::fromStdString(issuer)))
        return {-2, "op_no_issuer"};
    if (line) {
        if (tx.amount < line->balance + line->buyingLiabilities)
            return {-3, "op_invalid_limit"};
        if (tx.amount == 0) {
            from.trustlines.erase(from.trustlines.begin() + (line - from.trustlines.data()));
            --from.subentries;
        } else {
            line->limit = tx.amount;
        }
        return {0, {}};
    }
    // A new line is one more subentry: the account must hold its reserve.
    if (from.balance < (2 + from.subentries + 1) * kBaseReserve)
        return {-4, "op_low_reserve"};
    Trustline added;
    added.code = code;
    added.issuer = issuer;
    added.limit = tx.amount;
    from.trustlines.push_back(added);
    ++from.subentries;
    return {0, {}};
}

std::pair<std::int32_t, QByteArray> HorizonTestServer::applyManageData(const stellar::PaymentTransaction &tx, Account &from)
{
    const auto entry = from.data.find(tx.dataName);
    if (!tx.dataValue) {
        if (entry == from.data.end())
            return {-2, "op_data_name_not_found"};
        from.data.erase(entry);
        --from.subentries;
        return {0, {}};
    }
    if (entry != from.data.end()) {
        entry->second = *tx.dataValue;
        return {0, {}};
    }
    // A new entry is one more subentry: the account must hold its reserve.
    if (from.balance < (2 + from.subentries + 1) * kBaseReserve)
        return {-3, "op_low_reserve"};
    from.data[tx.dataName] = *tx.dataValue;
    ++from.subentries;
    return {0, {}};
}

std::pair<std::int32_t, QByteArray> HorizonTestServer::applyAccountMerge(const stellar::PaymentTransaction &tx,
                                                                         std::map<QString, Account>::iterator from)
{
    const QString to = QString::fromStdString(stellar::StellarAccount{tx.destination.publicKey, std::nullopt}.toString());
    const auto destination = m_accounts.find(to);
    if (destination == m_accounts.end())
        return {-2, "op_no_account"};
    if (from->second.subentries > 0)
        return {-4, "op_has_sub_entries"};
    destination->second.balance += from->second.balance;
    m_accounts.erase(from);
    return {0, {}};
}
