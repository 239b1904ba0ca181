#include "assetsettingsmodel.h"

#include "amounttext.h"
#include "operatorsession.h"
#include "core/money/assetamount.h"
#include "core/runtime/changenotifier.h"
#include "core/runtime/coreruntime.h"
#include "core/settings/assetsettingsservice.h"

#include <QDateTime>
#include <QFont>

using exchange::AssetRecord;
using exchange::AssetSetting;

AssetSettingsModel::AssetSettingsModel(exchange::CoreRuntime &runtime, exchange::AssetSettingsService &service,
                                       exchange::ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_runtime(runtime), m_service(service)
{
    if (notifier) {
        connect(notifier, &exchange::ChangeNotifier::changed, this,
                [this](exchange::ChangeNotifier::Topic topic, const QString &key) {
                    if (topic == exchange::ChangeNotifier::Topic::Asset)
                        refreshAsset(key);
                });
    }
    reload();
}

QString AssetSettingsModel::chainTitle(exchange::Chain chain)
{
    switch (chain) {
    case exchange::Chain::Stellar: return tr("Stellar");
    case exchange::Chain::Ethereum: return tr("Ethereum");
    case exchange::Chain::Algorand: return tr("Algorand");
    }
    return {};
}

std::optional<AssetSetting> AssetSettingsModel::settingOf(int column)
{
    switch (static_cast<Column>(column)) {
    case MinDeposit: return AssetSetting::MinDeposit;
    case MinCollection: return AssetSetting::MinCollection;
    case WithdrawFee: return AssetSetting::WithdrawFee;
    case Limit24h: return AssetSetting::Limit24h;
    case Limit72h: return AssetSetting::Limit72h;
    case HotMax: return AssetSetting::HotMax;
    case WarmMax: return AssetSetting::WarmMax;
    case Code:
    case Chain:
    case Updated:
    case ColumnCount: return std::nullopt;
    }
    return std::nullopt;
}

int AssetSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssetSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRecord &record = m_rows.at(static_cast<size_t>(index.row()));
    const QString code = QString::fromStdString(record.asset.code);
    const auto setting = settingOf(index.column());
    const auto pending = m_pending.find({code, index.column()});
    const bool isPending = pending != m_pending.end();
    const exchange::Amount amount = setting ? (isPending ? pending->second : record.settings.get(*setting))
                                            : exchange::Amount();

    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Code: return code;
        case Chain: return chainTitle(record.asset.chain);
        case Updated:
            return record.updatedAtMs == 0
                ? tr("never")
                : QDateTime::fromMSecsSinceEpoch(record.updatedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case MinDeposit:
        case MinCollection:
        case WithdrawFee:
        case Limit24h:
        case Limit72h:
        case HotMax:
        case WarmMax: return QString::fromStdString(record.asset.formatGrouped(amount));
        case ColumnCount: break;
        }
        return {};
    case Qt::EditRole:
        if (setting)
            return QString::fromStdString(amount.format(record.asset.decimals));
        return {};
    case RawValueRole:
        if (setting)
            return QVariant::fromValue(exchange::AssetAmount{amount, record.asset.decimals});
        if (index.column() == Updated)
            return QVariant::fromValue(static_cast<qint64>(record.updatedAtMs));
        return data(index, Qt::DisplayRole);
    case PendingRole: return isPending;
    case DecimalsRole: return record.asset.decimals;
    case AssetCodeRole: return code;
    case Qt::TextAlignmentRole:
        if (setting)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (setting) {
            QFont font;
            font.setFamilies({QStringLiteral("monospace")});
            font.setStyleHint(QFont::Monospace);
            font.setItalic(isPending);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isPending)
            return tr("Saving…");
        if (index.column() == Code)
            return QString::fromStdString(record.asset.name);
        if (setting)
            return tr("%1 %2 (%3 decimal places). Double-click or press F2 to change.")
                .arg(QString::fromStdString(amount.format(record.asset.decimals)), code)
                .arg(record.asset.decimals);
        return {};
    default: return {};
    }
}

QVariant AssetSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Code: return tr("Asset");
        case Chain: return tr("Chain");
        case MinDeposit: return tr("Min deposit");
        case MinCollection: return tr("Min collection");
        case WithdrawFee: return tr("Withdrawal fee");
        case Limit24h: return tr("24h limit");
        case Limit72h: return tr("72h limit");
        case HotMax: return tr("Hot max balance");
        case WarmMax: return tr("Warm max balance");
        case Updated: return tr("Last changed");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case MinDeposit: return tr("Deposits below this are recorded as ignored and not credited.");
        case MinCollection: return tr("Deposits from this amount on are collected into the hot, warm and cold wallets.");
        case WithdrawFee: return tr("Charged on every withdrawal, on top of the amount.");
        case Limit24h: return tr("A customer's withdrawals over 24 hours above this wait for an approver.");
        case Limit72h: return tr("A customer's withdrawals over 72 hours above this wait for an approver.");
        case HotMax: return tr("Collections fill the hot wallet up to this balance.");
        case WarmMax: return tr("Collections fill the warm wallet up to this balance; the rest goes to cold.");
        case Code:
        case Chain:
        case Updated:
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && settingOf(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags AssetSettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && settingOf(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssetSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto setting = settingOf(index.column());
    if (!setting)
        return false;
    const AssetRecord &record = m_rows.at(static_cast<size_t>(index.row()));
    const QString code = QString::fromStdString(record.asset.code);
    const QString text = value.toString().trimmed();

    auto parsed = exchange::Amount::tryParse(text.toStdString(), record.asset.decimals);
    if (const auto *error = std::get_if<exchange::Amount::ParseError>(&parsed)) {
        emit editRefused(tr("%1 of %2 not changed: %3")
                             .arg(headerData(index.column(), Qt::Horizontal).toString(), code,
                                  AmountText::describe(*error, record.asset.decimals)));
        return false;
    }
    const exchange::Amount amount = std::get<exchange::Amount>(parsed);
    if (amount == record.settings.get(*setting) && !m_pending.count({code, index.column()}))
        return true;

    if (!m_session || !m_session->isSignedIn()) {
        emit editRefused(tr("%1 of %2 not changed: sign in first.")
                             .arg(headerData(index.column(), Qt::Horizontal).toString(), code));
        return false;
    }
    m_pending[{code, index.column()}] = amount;
    ++m_pendingSaves;
    emit dataChanged(index, index);

    const int column = index.column();
    const int version = record.version;
    const std::string codeText = record.asset.code;
    const std::string exactText = amount.format(record.asset.decimals);
    const QString settingName = headerData(column, Qt::Horizontal).toString();
    auto *service = &m_service;
    m_session->runConfirmed<AssetRecord>(
        //: %1 setting name, %2 asset code, %3 the new amount
        tr("Change %1 of %2 to %3").arg(settingName, code, QString::fromStdString(exactText)),
        [service, codeText, setting, exactText, version](const exchange::security::Actor &actor) {
            return service->change(actor, codeText, {{*setting, exactText}}, version);
        },
        this,
        [this, code, column, settingName](exchange::Result<AssetRecord> result) {
            --m_pendingSaves;
            m_pending.erase({code, column});
            if (result.ok()) {
                applyRecord(result.value());
                emit saved(code, settingName);
                return;
            }
            const int row = rowOf(code);
            if (row >= 0)
                emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
            if (result.error().code == exchange::ErrorCode::Conflict) {
                emit editRefused(tr("%1 of %2 not changed: someone else changed %2 meanwhile. "
                                    "The current values are shown; enter yours again if still needed.")
                                     .arg(settingName, code));
                refreshAsset(code);
            } else {
                emit editRefused(tr("%1 of %2 not changed: %3")
                                     .arg(settingName, code, QString::fromStdString(result.error().message)));
            }
        });
    return true;
}

void AssetSettingsModel::reload()
{
    auto *service = &m_service;
    m_runtime.post([service] { return service->list(); }, this,
                   [this](exchange::Result<std::vector<AssetRecord>> result) {
                       if (!result.ok()) {
                           emit loadFailed(tr("The asset settings could not be read: %1")
                                               .arg(QString::fromStdString(result.error().message)));
                           return;
                       }
                       applyRecords(std::move(result).value());
                   });
}

void AssetSettingsModel::refreshAsset(const QString &code)
{
    auto *service = &m_service;
    m_runtime.post([service, c = code.toStdString()] { return service->find(c); }, this,
                   [this](exchange::Result<AssetRecord> result) {
                       if (result.ok())
                           applyRecord(result.value());
                   });
}

void AssetSettingsModel::applyRecords(std::vector<AssetRecord> records)
{
    if (!m_loaded) {
        beginResetModel();
        m_rows = std::move(records);
        m_rowByCode.clear();
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowByCode.insert(QString::fromStdString(m_rows[i].asset.code), static_cast<int>(i));
        endResetModel();
        m_loaded = true;
        emit loaded();
        return;
    }
    // Later reloads update rows in place so that views keep their selection.
    for (const AssetRecord &record : records)
        applyRecord(record);
}

void AssetSettingsModel::applyRecord(const AssetRecord &record)
{
    const QString code = QString::fromStdString(record.asset.code);
    const int row = rowOf(code);
    if (row < 0) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.push_back(record);
        m_rowByCode.insert(code, at);
        endInsertRows();
        return;
    }
    AssetRecord &current = m_rows[static_cast<size_t>(row)];
    if (record.version < current.version)
        return; // an older answer overtaken by a newer one
    current = record;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AssetSettingsModel::rowOf(const QString &code) const
{
    return m_rowByCode.value(code, -1);
}
