#include "models/newdestinationreviewmodel.h"

#include "core/base/changenotifier.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/coretext.h"
#include "models/operatorsession.h"

NewDestinationReviewModel::NewDestinationReviewModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                                     OperatorSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_runtime(runtime), m_services(services), m_session(session)
{
    connect(&services.notifier(), &exchange::ChangeNotifier::changed, this,
            [this](exchange::ChangeNotifier::Topic topic, const QString &) {
                if (topic == exchange::ChangeNotifier::Topic::Asset)
                    reload();
            });
    reload();
}

void NewDestinationReviewModel::reload()
{
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> exchange::Result<std::vector<Row>> {
            auto assets = services->assetSettings().list();
            if (!assets)
                return assets.error();
            std::vector<Row> rows;
            for (const exchange::AssetRecord &a : assets.value()) {
                auto review = services->withdrawals().reviewNewDestinations(a.asset.code);
                if (!review)
                    return review.error();
                rows.push_back({a.asset.code, review.value()});
            }
            return rows;
        },
        this,
        [this](exchange::Result<std::vector<Row>> result) {
            if (!result) {
                emit saveFailed(CoreText::error(result.error()));
                return;
            }
            beginResetModel();
            m_rows = std::move(result).value();
            endResetModel();
            emit loaded();
        });
}

int NewDestinationReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NewDestinationReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NewDestinationReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (static_cast<Column>(index.column())) {
    case Asset:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return QString::fromStdString(row.asset);
        return {};
    case Review:
        if (role == Qt::CheckStateRole)
            return row.review ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return row.review;
        if (role == Qt::DisplayRole)
            return row.review ? tr("waits for review") : tr("only flagged");
        return {};
    case ColumnCount: break;
    }
    return {};
}

QVariant NewDestinationReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Review)
        return tr("A withdrawal to an address not on the customer's address list: waits for an approver when checked, "
                  "is only flagged when not");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Asset: return tr("Asset");
    case Review: return tr("New destinations");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags NewDestinationReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Review && !m_applying)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool NewDestinationReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Review || m_applying || index.row() >= static_cast<int>(m_rows.size()))
        return false;
    const std::string asset = m_rows[static_cast<std::size_t>(index.row())].asset;
    const bool on = value.toInt() == Qt::Checked;
    auto *withdrawals = &m_services.withdrawals();
    m_applying = true;
    const QString code = QString::fromStdString(asset);
    //: %1 an asset code
    const QString purpose = on ? tr("Send withdrawals of %1 to new destinations to review").arg(code)
                               : tr("Stop sending withdrawals of %1 to new destinations to review").arg(code);
    m_session.runConfirmed<bool>(
        purpose,
        [withdrawals, asset, on](const exchange::security::Actor &actor) -> exchange::Result<bool> {
            if (auto set = withdrawals->setReviewNewDestinations(actor, asset, on); !set)
                return set.error();
            return on;
        },
        this,
        [this, code](exchange::Result<bool> result) {
            m_applying = false;
            if (result) {
                emit saved(result.value() ? tr("%1: a withdrawal to a new destination now waits for review.").arg(code)
                                          : tr("%1: a withdrawal to a new destination is now only flagged.").arg(code));
            } else {
                emit saveFailed(tr("Nothing was changed: %1").arg(CoreText::error(result.error())));
            }
            reload();
        });
    return true;
}
