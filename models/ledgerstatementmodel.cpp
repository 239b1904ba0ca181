#include "ledgerstatementmodel.h"

#include "displayformat.h"

#include "cellstyle.h"
#include "coretext.h"
#include "referencetext.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

#include <QDateTime>

using exchange::Amount;

LedgerStatementModel::LedgerStatementModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_runtime(runtime), m_services(services)
{
}

void LedgerStatementModel::show(qint64 customerId, const QString &asset)
{
    m_customerId = customerId;
    m_asset = asset;
    m_offset = 0;
    load();
}

void LedgerStatementModel::nextPage()
{
    if (!hasNextPage())
        return;
    m_offset += kPageSize;
    load();
}

void LedgerStatementModel::previousPage()
{
    if (!hasPreviousPage())
        return;
    m_offset = std::max(0, m_offset - kPageSize);
    load();
}

bool LedgerStatementModel::hasNextPage() const
{
    return m_offset + kPageSize < m_statement.totalLines;
}

void LedgerStatementModel::load()
{
    const int generation = ++m_generation;
    auto *services = &m_services;
    const qint64 customer = m_customerId;
    const std::string asset = m_asset.toStdString();
    const int offset = m_offset;
    struct Page {
        exchange::ledger::Statement statement;
        exchange::Asset asset;
    };
    m_runtime.post(
        [services, customer, asset, offset]() -> exchange::Result<Page> {
            auto record = services->assetSettings().find(asset);
            if (!record)
                return record.error();
            auto statement = services->ledgerQueries().statement(customer, asset, offset, kPageSize);
            if (!statement)
                return statement.error();
            return Page{std::move(statement).value(), record.value().asset};
        },
        this,
        [this, generation](exchange::Result<Page> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                emit loadFailed(tr("The statement could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            beginResetModel();
            m_statement = std::move(result.value().statement);
            m_assetInfo = result.value().asset;
            endResetModel();
            emit loaded();
        });
}

QString LedgerStatementModel::summary() const
{
    if (m_customerId == 0)
        return {};
    const auto &a = m_statement.account;
    return tr("Balance %1 · available %2 · held %3 %4")
        .arg(displayformat::amountText(a.balance(), m_assetInfo),
             displayformat::amountText(a.available(), m_assetInfo),
             displayformat::amountText(a.reserved(), m_assetInfo), m_asset);
}

int LedgerStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statement.lines.size());
}

int LedgerStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerStatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &line = m_statement.lines.at(static_cast<size_t>(index.row()));
    const auto &t = line.transfer;
    const auto amountText = [this](Amount a, bool blankZero) {
        if (blankZero && a.isZero())
            return QString();
        return displayformat::signedAmountText(a, m_assetInfo);
    };
    const bool isAmount = index.column() == Change || index.column() == Held || index.column() == Balance;
    const Amount held = Amount::fromBaseUnits(-line.pendingChange.baseUnits());
    const Amount shown = index.column() == Change ? line.change : index.column() == Held ? held : line.balanceAfter;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Time: return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(t.timestampMs));
        case Type: {
            QString type = QString::fromLatin1(exchange::ledger::transferCodeName(t.code)).replace(u'_', u' ');
            switch (t.kind) {
            case exchange::ledger::TransferKind::Posted: break;
            case exchange::ledger::TransferKind::Pending: type = tr("%1 (held)").arg(type); break;
            case exchange::ledger::TransferKind::PostPending: type = tr("%1 (paid)").arg(type); break;
            case exchange::ledger::TransferKind::VoidPending: type = tr("%1 (released)").arg(type); break;
            }
            return type;
        }
        case Counterparty: return QString::fromStdString(line.counterparty.toString());
        case Change: return amountText(line.change, true);
        case Held: return amountText(held, true);
        case Balance: return displayformat::amountText(line.balanceAfter, m_assetInfo);
        case Note: return t.memo.empty() ? ReferenceText::ledgerReference(t.reference) : QString::fromStdString(t.memo);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Time: return QVariant::fromValue(static_cast<qint64>(t.seq));
        case Change: return QVariant::fromValue(line.change);
        case Held: return QVariant::fromValue(line.pendingChange);
        case Balance: return QVariant::fromValue(line.balanceAfter);
        case Type:
        case Counterparty:
        case Note:
        case ColumnCount: return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::TextAlignmentRole: return cellstyle::alignment(isAmount);
    case Qt::FontRole:
        if (isAmount) {
            return cellstyle::amountFont();
        }
        return {};
    case displayformat::ExactTextRole:
        if (!isAmount || (index.column() != Balance && shown.isZero()))
            return {};
        return displayformat::exactAmountText(shown, m_assetInfo);
    case Qt::ToolTipRole:
        if (isAmount && (index.column() == Balance || !shown.isZero()))
            return displayformat::exactAmountTooltip(shown, m_assetInfo) + u'\n' + tr("Transfer %1").arg(QString::fromStdString(t.id));
        return tr("Transfer %1").arg(QString::fromStdString(t.id));
    default: return {};
    }
}

QVariant LedgerStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Time: return tr("Time");
        case Type: return tr("Type");
        case Counterparty: return tr("Counterparty");
        case Change: return tr("Change");
        case Held: return tr("Held");
        case Balance: return tr("Balance");
        case Note: return tr("Reference / reason");
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (section == Change || section == Held || section == Balance))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
