#include "core/settings/withdrawalsettingsrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange {

Result<std::optional<Amount>> WithdrawalSettingsRepository::twoApproversAbove(const std::string &asset) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT two_approvers_above FROM withdrawal_settings WHERE asset = ?"),
                      {QString::fromStdString(asset)});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<Amount>();
    auto amount = Dialect::amountFromSql(q.value().value(0));
    if (!amount)
        return amount.error();
    return std::optional<Amount>(amount.value());
}

Result<void> WithdrawalSettingsRepository::setTwoApproversAbove(const std::string &asset, std::optional<Amount> threshold)
{
    const QVariant value = threshold ? m_dialect.amountToSql(*threshold) : QVariant(m_dialect.amountToSql(Amount::zero()).metaType());
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO withdrawal_settings (asset, two_approvers_above) VALUES (?, ?)"
                                     " ON CONFLICT (asset) DO UPDATE SET two_approvers_above = excluded.two_approvers_above"),
                      {QString::fromStdString(asset), value});
    if (!q)
        return q.error();
    return {};
}

Result<bool> WithdrawalSettingsRepository::reviewNewDestinations(const std::string &asset) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT review_new_destinations FROM withdrawal_settings WHERE asset = ?"),
                      {QString::fromStdString(asset)});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toInt() != 0;
}

Result<void> WithdrawalSettingsRepository::setReviewNewDestinations(const std::string &asset, bool on)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO withdrawal_settings (asset, review_new_destinations) VALUES (?, ?)"
                                     " ON CONFLICT (asset) DO UPDATE SET review_new_destinations = excluded.review_new_destinations"),
                      {QString::fromStdString(asset), on ? 1 : 0});
    if (!q)
        return q.error();
    return {};
}

} // namespace exchange
