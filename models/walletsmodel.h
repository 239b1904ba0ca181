#pragma once
// WalletsModel: per asset and tier (deposit, hot, warm, cold), the balance
// the ledger gives it against what the chain last reported, and how full
// hot and warm are against their max balances.

#include "core/money/asset.h"
#include "core/wallets/walletoverview.h"

#include "livetablemodel.h"

#include <map>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class WalletsModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { AssetCode, Tier, Address, Fill, Ledger, Chain, Difference, Max, ReadAt, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,
        FillPercentRole, // int: ledger balance as a whole percentage of the max; absent without a max
    };

    WalletsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WalletsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoaded() const { return m_loaded; }

    static QString tierTitle(exchange::wallets::WalletTier tier);
    // When the chain balances shown were read, from the same times as the
    // Chain read column: the oldest and newest read, and the tiers never
    // read. Empty before the first load.
    QString chainReadText() const;

signals:
    void loaded();
    void failed(const QString &message);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    std::vector<exchange::wallets::TierOverview> m_rows;
    std::map<std::string, exchange::Asset> m_assets;
    bool m_loaded = false;
};
