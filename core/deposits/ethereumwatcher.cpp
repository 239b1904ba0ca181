#include "core/deposits/ethereumwatcher.h"
#include "core/money/asset.h"
#include "core/base/message.h"

#include "core/base/dutystatus.h"

#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/deposits/erc20transferlog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>
#include <tuple>

Q_LOGGING_CATEGORY(lcEthereumWatcher, "exchange.watcher.ethereum")

namespace exchange::deposits {

namespace {

constexpr qint64 kBlocksPerBatch = 50;
constexpr qsizetype kAddressesPerFilter = 500;
constexpr int kMaxBackoffMs = 30000;

QString lower(const QString &s)
{
    return s.toLower();
}

bool isHash(const QString &s)
{
    if (s.size() != 66 || !s.startsWith(QStringLiteral("0x")))
        return false;
    return std::all_of(s.begin() + 2, s.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

bool isAddress(const QString &s)
{
    if (s.size() != 42 || !s.startsWith(QStringLiteral("0x")))
        return false;
    return std::all_of(s.begin() + 2, s.end(), [](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); });
}

} // namespace

EthereumWatcher::EthereumWatcher(DepositService &deposits, QUrl node, int confirmations,
                                 const std::vector<std::string> &addresses, int pollIntervalMs, QObject *parent)
    : QObject(parent), m_deposits(deposits), m_node(std::move(node)), m_confirmations(std::max(confirmations, 1)),
      m_pollIntervalMs(pollIntervalMs)
{
    for (const std::string &a : addresses)
        m_addresses.insert(QString::fromStdString(a).toLower().toStdString());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EthereumWatcher::poll);
}

EthereumWatcher::~EthereumWatcher()
{
    stop();
}

void EthereumWatcher::start()
{
    if (!m_rpc)
        m_rpc = new ethereum::JsonRpcClient(m_node, this);
    ++m_generation;
    pollLater(0);
}

void EthereumWatcher::stop()
{
    ++m_generation;
    m_timer.stop();
    setState(State::Stopped, QString());
}

std::optional<EthereumWatcher::Cursor> EthereumWatcher::savedCursor(QString *why) const
{
    auto saved = m_deposits.cursor(kCursorName);
    if (!saved) {
        *why = QString::fromStdString(saved.error().message);
        return std::nullopt;
    }
    Cursor cursor;
    if (!saved.value())
        return cursor; // never read
    cursor.saved = true;
    const QString text = QString::fromStdString(*saved.value());
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    cursor.block = text.left(colon < 0 ? text.size() : colon).toLongLong(&ok);
    if (!ok || cursor.block < -1) {
        *why = dutyWords(MessageId::DutyCursorNotBlock, {text.toStdString()});
        return std::nullopt;
    }
    if (colon >= 0)
        cursor.hash = text.mid(colon + 1);
    return cursor;
}

void EthereumWatcher::poll()
{
    // Resume from what the database holds, not from memory: a batch that
    // failed to commit is read again.
    QString why;
    const auto cursor = savedCursor(&why);
    if (!cursor) {
        retryLater(why);
        return;
    }
    // The tokens whose transfers count, as signed, read again each poll (an
    // asset added since is watched from here on); when they cannot be
    // trusted nothing is read, so nothing is passed over meanwhile.
    auto tokens = m_deposits.tokensInForce(Chain::Ethereum);
    if (!tokens)
        return retryLater(QString::fromStdString(tokens.error().message));
    m_tokens = std::move(tokens).value();
    if (m_state != State::Polling && m_state != State::UpToDate)
        setState(State::Polling, m_node.host());
    const quint64 generation = m_generation;
    m_rpc->call(QStringLiteral("eth_blockNumber"), QJsonArray{}, [this, generation, c = *cursor](Result<QJsonValue> head) {
        if (generation != m_generation)
            return;
        if (!head)
            return retryLater(QString::fromStdString(head.error().message));
        const auto number = ethereum::parseQuantity(head.value());
        if (!number || *number > kInt128Max / 2)
            return retryLater(dutyWords(MessageId::DutyHeadNotQuantity));
        readBlocks(c, static_cast<qint64>(*number));
    });
}

void EthereumWatcher::readBlocks(const Cursor &cursor, qint64 head)
{
    const qint64 confirmedTip = head - m_confirmations + 1;
    if (!cursor.saved) {
        // Never read: start at the confirmed tip, saved at once so that
        // nothing paid from now on is missed. What was paid before is read
        // by setting the cursor back (exctl watch ethereum --from N).
        const Cursor start{true, std::max<qint64>(confirmedTip, 0) - 1, QString()};
        qCInfo(lcEthereumWatcher).noquote() << "no saved cursor: watching from block" << start.block + 1;
        return ingestBlocks(start, {});
    }
    if (cursor.block >= confirmedTip) {
        m_backoffMs = 500;
        setState(State::UpToDate, dutyWords(MessageId::DutyBlockRead, {std::to_string(cursor.block), std::to_string(head)}));
        emit caughtUp(cursor.block);
        pollLater(m_pollIntervalMs);
        return;
    }
    setState(State::Polling, dutyWords(MessageId::DutyReadingFromBlock, {std::to_string(cursor.block + 1), std::to_string(confirmedTip - cursor.block)}));
    const qint64 last = std::min(confirmedTip, cursor.block + kBlocksPerBatch);
    std::vector<ethereum::RpcCall> calls;
    for (qint64 n = cursor.block + 1; n <= last; ++n)
        calls.push_back({QStringLiteral("eth_getBlockByNumber"),
                         QJsonArray{ethereum::quantity(static_cast<uint128>(n)), true}});
    const quint64 generation = m_generation;
    m_rpc->batch(calls, [this, generation, cursor](Result<std::vector<QJsonValue>> blocks) {
        if (generation != m_generation)
            return;
        if (!blocks)
            return retryLater(QString::fromStdString(blocks.error().message));
        ingestBlocks(cursor, blocks.value());
    });
}

void EthereumWatcher::ingestBlocks(const Cursor &cursor, const std::vector<QJsonValue> &blocks)
{
    // Check the blocks form a chain on top of the saved one, and gather the
    // transfers to watched addresses.
    std::vector<ObservedPayment> payments;
    std::map<qint64, QString> hashes; // each block read, for its logs
    QString parent = cursor.hash;
    qint64 expected = cursor.block + 1;
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        const auto number = ethereum::parseQuantity(block.value(QStringLiteral("number")));
        const QString hash = block.value(QStringLiteral("hash")).toString();
        const QString parentHash = block.value(QStringLiteral("parentHash")).toString();
        if (!number || *number != expected || !isHash(hash) || !isHash(parentHash)
            || !block.value(QStringLiteral("transactions")).isArray())
            return retryLater(dutyWords(MessageId::DutyMalformedBlock, {std::to_string(expected)}));
        if (!parent.isEmpty() && parentHash != parent) {
            setState(State::Halted, dutyWords(MessageId::DutyReorganisation, {std::to_string(expected), std::to_string(expected - 1), std::to_string(m_confirmations)}));
            qCCritical(lcEthereumWatcher).noquote() << m_detail;
            return;
        }
        for (const QJsonValue &t : block.value(QStringLiteral("transactions")).toArray()) {
            const QJsonObject tx = t.toObject();
            const QString to = lower(tx.value(QStringLiteral("to")).toString());
            if (to.isEmpty() || !m_addresses.count(to.toStdString()))
                continue;
            const QString txid = lower(tx.value(QStringLiteral("hash")).toString());
            const QString from = tx.value(QStringLiteral("from")).toString();
            const auto amount = ethereum::parseQuantity(tx.value(QStringLiteral("value")));
            if (!isHash(txid) || !isAddress(to) || !isAddress(from) || !amount)
                return retryLater(dutyWords(MessageId::DutyMalformedTransaction, {std::to_string(expected)}));
            if (*amount == 0)
                continue;
            ObservedPayment p;
            p.chain = Chain::Ethereum;
            p.txid = txid.toStdString();
            p.index = 0;
            p.asset = nativeAssetOf(Chain::Ethereum).code; // the value sent, never a token transfer
            p.to = to.toStdString();
            p.from = from.toStdString();
            p.amount = Amount::fromBaseUnits(*amount);
            p.confirmed = true;
            p.height = expected;
            payments.push_back(std::move(p));
        }
        hashes.emplace(expected, hash);
        parent = hash;
        ++expected;
    }
    const Cursor next{true, expected - 1, parent};
    if (m_tokens.empty() || blocks.empty())
        return keepSucceeded(next, std::move(payments), {});
    readTokenTransfers(cursor.block + 1, next, std::move(hashes), std::move(payments));
}

void EthereumWatcher::readTokenTransfers(qint64 first, const Cursor &next, std::map<qint64, QString> hashes,
                                         std::vector<ObservedPayment> payments)
{
    // The watched tokens' Transfer logs to deposit addresses over the same
    // checked blocks: one eth_getLogs per chunk of addresses (a node bounds
    // a filter's size), in one batch.
    Erc20LogWatch watch;
    QJsonArray contracts;
    for (const wallets::WatchedToken &t : m_tokens) {
        const QString contract = QString::fromStdString(t.identity.contract).toLower();
        watch.tokens.emplace(contract.toStdString(), t);
        contracts.append(contract);
    }
    watch.receivers = m_addresses;
    watch.blockHashes = std::move(hashes);
    std::vector<ethereum::RpcCall> calls;
    QJsonArray receivers;
    const auto flush = [&] {
        if (receivers.isEmpty())
            return;
        calls.push_back({QStringLiteral("eth_getLogs"),
                         QJsonArray{QJsonObject{{QStringLiteral("fromBlock"), ethereum::quantity(static_cast<uint128>(first))},
                                                {QStringLiteral("toBlock"), ethereum::quantity(static_cast<uint128>(next.block))},
                                                {QStringLiteral("address"), contracts},
                                                {QStringLiteral("topics"), QJsonArray{QLatin1String(ethereum::kErc20TransferTopic),
                                                                                       QJsonValue(), receivers}}}}});
        receivers = QJsonArray{};
    };
    for (const std::string &address : m_addresses) {
        receivers.append(ethereum::addressTopic(address));
        if (receivers.size() == kAddressesPerFilter)
            flush();
    }
    flush();
    const quint64 generation = m_generation;
    m_rpc->batch(calls, [this, generation, next, watch = std::move(watch), payments = std::move(payments)](
                            Result<std::vector<QJsonValue>> answers) mutable {
        if (generation != m_generation)
            return;
        if (!answers)
            return retryLater(QString::fromStdString(answers.error().message));
        std::vector<ObservedPayment> transfers;
        for (const QJsonValue &answer : answers.value()) {
            if (!answer.isArray())
                return retryLater(dutyWords(MessageId::DutyMalformedTransaction, {std::to_string(next.block)}));
            for (const QJsonValue &log : answer.toArray()) {
                auto transfer = parseErc20TransferLog(log.toObject(), watch);
                if (!transfer)
                    return retryLater(QString::fromStdString(transfer.error().message));
                if (transfer.value())
                    transfers.push_back(std::move(*transfer.value()));
            }
        }
        // In the chain's order, so that deposits are numbered as they were paid.
        std::sort(transfers.begin(), transfers.end(), [](const ObservedPayment &a, const ObservedPayment &b) {
            return std::tie(a.height, a.index) < std::tie(b.height, b.index);
        });
        keepSucceeded(next, std::move(payments), std::move(transfers));
    });
}

void EthereumWatcher::keepSucceeded(const Cursor &next, std::vector<ObservedPayment> payments,
                                    std::vector<ObservedPayment> transfers)
{
    const auto commit = [this, next](const std::vector<ObservedPayment> &paid) {
        auto report = m_deposits.ingest(paid, CursorUpdate{kCursorName,
                                                           std::to_string(next.block)
                                                               + (next.hash.isEmpty() ? std::string() : ":" + next.hash.toStdString()),
                                                           Chain::Ethereum, m_tokens});
        if (!report)
            return retryLater(QString::fromStdString(report.error().message));
        m_backoffMs = 500;
        emit batchIngested(report.value().recorded, next.block);
        pollLater(0); // more blocks may be confirmed already
    };
    // A token's Transfer log exists only if its transaction succeeded (a
    // reverted one leaves no log); ether needs its receipt's status.
    if (payments.empty())
        return commit(transfers);
    // A reverted transaction moved no ether: keep only those whose receipt
    // says status 1.
    std::vector<ethereum::RpcCall> calls;
    for (const ObservedPayment &p : payments)
        calls.push_back({QStringLiteral("eth_getTransactionReceipt"), QJsonArray{QString::fromStdString(p.txid)}});
    const quint64 generation = m_generation;
    m_rpc->batch(calls, [this, generation, commit, payments = std::move(payments), transfers = std::move(transfers)](
                            Result<std::vector<QJsonValue>> receipts) {
        if (generation != m_generation)
            return;
        if (!receipts)
            return retryLater(QString::fromStdString(receipts.error().message));
        std::vector<ObservedPayment> succeeded;
        for (std::size_t i = 0; i < payments.size(); ++i) {
            const QJsonObject receipt = receipts.value()[i].toObject();
            const QString status = receipt.value(QStringLiteral("status")).toString();
            if (status != QStringLiteral("0x1") && status != QStringLiteral("0x0"))
                return retryLater(dutyWords(MessageId::DutyNoReceiptStatus, {std::to_string(payments[i].height)}));
            if (status == QStringLiteral("0x1"))
                succeeded.push_back(payments[i]);
        }
        succeeded.insert(succeeded.end(), transfers.begin(), transfers.end());
        commit(succeeded);
    });
}

void EthereumWatcher::retryLater(const QString &why)
{
    qCWarning(lcEthereumWatcher).noquote() << why;
    setState(State::Waiting, dutyWords(MessageId::DutyRetrying, {why.toStdString(), std::to_string((m_backoffMs + 999) / 1000)}));
    pollLater(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void EthereumWatcher::pollLater(int ms)
{
    m_timer.start(ms);
}

void EthereumWatcher::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, detail);
}

} // namespace exchange::deposits
