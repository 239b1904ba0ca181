#include "core/wallets/walletrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::wallets {

namespace {

const QString kColumns = QStringLiteral(
    "id, chain, tier, asset, address, customer_id, derivation_index, watch_only, chain_balance, balance_read_at");

Result<Wallet> readRow(const QSqlQuery &q)
{
    Wallet w;
    w.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(1).toString().toStdString());
    const auto tier = walletTierFromName(q.value(2).toString().toStdString());
    if (!chain || !tier)
        return Error{ErrorCode::Corrupted, "wallet " + std::to_string(w.id) + " is malformed"};
    w.chain = *chain;
    w.tier = *tier;
    w.asset = q.value(3).toString().toStdString();
    w.address = q.value(4).toString().toStdString();
    if (!q.value(5).isNull())
        w.customerId = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        w.derivationIndex = q.value(6).toLongLong();
    w.watchOnly = q.value(7).toInt() != 0;
    if (!q.value(8).isNull()) {
        auto balance = Dialect::amountFromSql(q.value(8));
        if (!balance)
            return balance.error();
        w.chainBalance = balance.value();
    }
    w.balanceReadAtMs = q.value(9).toLongLong();
    return w;
}

QVariant optionalInt(std::optional<std::int64_t> v)
{
    return v ? QVariant::fromValue(static_cast<qint64>(*v)) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<std::vector<Wallet>> WalletRepository::list() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM wallets ORDER BY asset, CASE tier WHEN 'hot' THEN 0 WHEN 'warm' THEN 1"
                                                 " WHEN 'cold' THEN 2 ELSE 3 END, id"));
    if (!q)
        return q.error();
    std::vector<Wallet> wallets;
    while (q.value().next()) {
        auto w = readRow(q.value());
        if (!w)
            return w.error();
        wallets.push_back(std::move(w).value());
    }
    return wallets;
}

Result<std::optional<Wallet>> WalletRepository::findByAddress(Chain chain, const std::string &address) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM wallets WHERE chain = ? AND address = ?"),
                      {QString::fromLatin1(chainName(chain)), QString::fromStdString(address)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Wallet>();
    auto w = readRow(q.value());
    if (!w)
        return w.error();
    return std::optional<Wallet>(std::move(w).value());
}

Result<Wallet> WalletRepository::add(const Wallet &w, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO wallets (chain, tier, asset, address, customer_id, derivation_index,"
                                     " watch_only, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {QString::fromLatin1(chainName(w.chain)), QString::fromLatin1(walletTierName(w.tier)),
                       QString::fromStdString(w.asset), QString::fromStdString(w.address), optionalInt(w.customerId),
                       optionalInt(w.derivationIndex), w.watchOnly ? 1 : 0, QVariant::fromValue(static_cast<qint64>(nowMs))});
    if (!q) {
        if (q.error().code == ErrorCode::Conflict)
            return Error{ErrorCode::Conflict, "a wallet with address " + w.address + " exists already"};
        return q.error();
    }
    auto found = findByAddress(w.chain, w.address);
    if (!found)
        return found.error();
    return *found.value();
}

Result<void> WalletRepository::setChainBalance(std::int64_t id, Amount balance, std::int64_t readAtMs)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE wallets SET chain_balance = ?, balance_read_at = ? WHERE id = ?"),
                      {m_dialect.amountToSql(balance), QVariant::fromValue(static_cast<qint64>(readAtMs)),
                       QVariant::fromValue(static_cast<qint64>(id))});
    if (!q)
        return q.error();
    return {};
}

Result<void> WalletRepository::setTokenBalance(std::int64_t id, const std::string &asset, Amount balance, std::int64_t readAtMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO wallet_token_balances (wallet_id, asset, balance, read_at) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT (wallet_id, asset) DO UPDATE SET balance = excluded.balance, read_at = excluded.read_at"),
                      {QVariant::fromValue(static_cast<qint64>(id)), QString::fromStdString(asset), m_dialect.amountToSql(balance),
                       QVariant::fromValue(static_cast<qint64>(readAtMs))});
    if (!q)
        return q.error();
    return {};
}

Result<std::map<std::pair<std::int64_t, std::string>, WalletRepository::TokenBalance>> WalletRepository::tokenBalances() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT wallet_id, asset, balance, read_at FROM wallet_token_balances"));
    if (!q)
        return q.error();
    std::map<std::pair<std::int64_t, std::string>, TokenBalance> balances;
    while (q.value().next()) {
        auto balance = Dialect::amountFromSql(q.value().value(2));
        if (!balance)
            return balance.error();
        balances[{q.value().value(0).toLongLong(), q.value().value(1).toString().toStdString()}] =
            TokenBalance{balance.value(), q.value().value(3).toLongLong()};
    }
    return balances;
}

} // namespace exchange::wallets
