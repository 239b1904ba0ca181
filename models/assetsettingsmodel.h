#pragma once
// AssetSettingsModel: the assets and their settings as a table, editable in
// place. An edit is validated exactly at once (wrong text is refused before
// anything is sent), then saved on the core thread; the row shows the new
// value as pending until the store confirms, and goes back if it refuses.
// Changes made elsewhere arrive through the change notifier.

#include "core/settings/assetsettings.h"

#include <QAbstractTableModel>
#include <QHash>

#include <map>
#include <vector>

namespace exchange {
class AssetSettingsService;
class ChangeNotifier;
class CoreRuntime;
}

class OperatorSession;

class AssetSettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Chain,
        MinDeposit,
        MinCollection,
        WithdrawFee,
        Limit24h,
        Limit72h,
        HotMax,
        WarmMax,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // AssetAmount, code or timestamp: what sorting uses
        PendingRole,                 // a save of this cell is under way
        DecimalsRole,                // the row's asset decimals, for editors
        AssetCodeRole,
    };

    AssetSettingsModel(exchange::CoreRuntime &runtime, exchange::AssetSettingsService &service,
                       exchange::ChangeNotifier *notifier, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AssetSettingsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Who saves edits: a change asks that operator for a current
    // two-factor code first. Without a session, edits are refused.
    void setOperatorSession(OperatorSession *session) { m_session = session; }

    // Reads every asset again.
    void reload();
    bool isLoaded() const { return m_loaded; }
    int pendingSaves() const { return m_pendingSaves; }

    static std::optional<exchange::AssetSetting> settingOf(int column);
    static QString chainTitle(exchange::Chain chain);

signals:
    void loaded();
    void loadFailed(const QString &message);
    // An edit was refused: bad text, or the store said no. Nothing changed.
    void editRefused(const QString &message);
    void saved(const QString &assetCode, const QString &settingName);

private:
    void applyRecords(std::vector<exchange::AssetRecord> records);
    void applyRecord(const exchange::AssetRecord &record);
    void refreshAsset(const QString &code);
    int rowOf(const QString &code) const;

    exchange::CoreRuntime &m_runtime;
    exchange::AssetSettingsService &m_service;
    OperatorSession *m_session = nullptr;
    std::vector<exchange::AssetRecord> m_rows;
    QHash<QString, int> m_rowByCode;
    // Values typed but not yet confirmed, per (row code, column).
    std::map<std::pair<QString, int>, exchange::Amount> m_pending;
    int m_pendingSaves = 0;
    bool m_loaded = false;
};
