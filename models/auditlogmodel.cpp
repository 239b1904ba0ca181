#include "auditlogmodel.h"

#include "coretext.h"
#include "displayformat.h"

#include "core/base/changenotifier.h"
#include "core/security/auditlog.h"
#include "core/security/permissions.h"
#include "operatorsession.h"
#include "referencetext.h"

#include <QDateTime>
#include <QFont>

using exchange::security::AuditEntry;

AuditLogModel::AuditLogModel(OperatorSession &session, exchange::security::AuditLog &audit,
                             exchange::ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_audit(audit)
{
    m_filter.limit = 5000;
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &AuditLogModel::reload);
    if (notifier)
        connect(notifier, &exchange::ChangeNotifier::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_session, &OperatorSession::signedIn, this, [this] {
        reload();
        verify();
    });
    if (m_session.isSignedIn()) {
        reload();
        verify();
    }
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case Seq: return QString::number(e.seq);
        case Time:
            return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(e.atMs));
        case Actor: return QString::fromStdString(e.actorName);
        case Action: return QString::fromStdString(e.action);
        case Object: return ReferenceText::object(e.objectType, e.objectId);
        case Before: return QString::fromStdString(e.before);
        case After: return QString::fromStdString(e.after);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Seq: return QVariant::fromValue<qint64>(e.seq);
        case Time: return QVariant::fromValue<qint64>(e.atMs);
        case Actor:
        case Action:
        case Object:
        case Before:
        case After: return data(index, Qt::DisplayRole);
        case ColumnCount: break;
        }
        return {};
    case HashRole: return QString::fromStdString(e.hash);
    case Qt::FontRole:
        if (index.column() == Before || index.column() == After) {
            QFont font;
            font.setFamilies({QStringLiteral("monospace")});
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Seq: return tr("#");
    case Time: return tr("When");
    case Actor: return tr("Who");
    case Action: return tr("What");
    case Object: return tr("Object");
    case Before: return tr("Before");
    case After: return tr("After");
    case ColumnCount: break;
    }
    return {};
}

void AuditLogModel::setFilter(const exchange::security::AuditFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    reload();
}

void AuditLogModel::reload()
{
    auto *audit = &m_audit;
    const exchange::security::AuditFilter filter = m_filter;
    const int generation = m_generation;
    const bool filterChanged = generation != property("loadedGeneration").toInt() || !m_loaded;
    m_session.run<std::vector<AuditEntry>>(
        [audit, filter](const exchange::security::Actor &actor) -> exchange::Result<std::vector<AuditEntry>> {
            if (auto allowed = exchange::security::authorize(actor, exchange::security::Action::ViewData); !allowed)
                return allowed.error();
            return audit->list(filter);
        },
        this,
        [this, generation, filterChanged](exchange::Result<std::vector<AuditEntry>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                emit loadFailed(tr("The audit log could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            setProperty("loadedGeneration", generation);
            apply(std::move(result).value(), filterChanged);
        });
}

void AuditLogModel::apply(std::vector<AuditEntry> entries, bool filterChanged)
{
    // Same filter: only records newer than the top one are new; insert them
    // above, so the rows below (and a selection) stay where they are.
    const qint64 top = m_rows.empty() ? 0 : m_rows.front().seq;
    size_t fresh = 0;
    while (fresh < entries.size() && entries[fresh].seq > top)
        ++fresh;
    const bool prefixOnly = !filterChanged && m_loaded && entries.size() == m_rows.size() + fresh
        && (m_rows.empty() || entries[fresh].seq == top);
    if (prefixOnly) {
        if (fresh > 0) {
            beginInsertRows({}, 0, static_cast<int>(fresh) - 1);
            m_rows.insert(m_rows.begin(), entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(fresh));
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_rows = std::move(entries);
        endResetModel();
    }
    if (!m_loaded) {
        m_loaded = true;
    }
    emit loaded();
    if (m_chainState == ChainState::Intact)
        describeIntactChain(); // records may have arrived since it was verified
}

int AuditLogModel::newerThanVerified() const
{
    // Rows are newest first, by seq; an intact chain is #1 to #records.
    int newer = 0;
    for (const AuditEntry &e : m_rows) {
        if (e.seq <= m_verifiedRecords)
            break;
        ++newer;
    }
    return newer;
}

void AuditLogModel::describeIntactChain()
{
    const QString at = displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(m_verifiedAtMs));
    //: %1 the time it was verified; %n the number of records it covered
    QString text = tr("Audit chain intact, verified at %1: %n record(s) (#1 to #%2). Newest hash %3.", nullptr,
                      static_cast<int>(m_verifiedRecords))
                       .arg(at)
                       .arg(m_verifiedRecords)
                       .arg(m_verifiedHash);
    if (const int newer = newerThanVerified(); newer > 0)
        text += u' '
            + tr("%n record(s) shown arrived after that and are not verified yet: Verify chain checks them.", nullptr, newer);
    if (text == m_chainText)
        return;
    m_chainText = text;
    emit chainChecked(m_chainState, m_chainText);
}

void AuditLogModel::verify()
{
    m_chainState = ChainState::Checking;
    m_chainText = tr("Checking the audit chain…");
    emit chainChecked(m_chainState, m_chainText);
    auto *audit = &m_audit;
    // Aside: hashing a long log must not hold up the screens' reads.
    m_session.runAside<exchange::security::AuditVerification>(
        [audit](const exchange::security::Actor &actor) -> exchange::Result<exchange::security::AuditVerification> {
            if (auto allowed = exchange::security::authorize(actor, exchange::security::Action::ViewData); !allowed)
                return allowed.error();
            return audit->verify();
        },
        this, [this](exchange::Result<exchange::security::AuditVerification> result) {
            if (!result.ok()) {
                m_chainState = ChainState::Unknown;
                m_chainText = tr("The audit chain could not be checked: %1")
                                  .arg(CoreText::error(result.error()));
            } else if (result.value().intact) {
                m_chainState = ChainState::Intact;
                m_verifiedAtMs = QDateTime::currentMSecsSinceEpoch();
                m_verifiedRecords = result.value().records;
                m_verifiedHash = QString::fromStdString(result.value().headHash).left(16);
                describeIntactChain();
                return;
            } else {
                m_chainState = ChainState::Broken;
                m_chainText = tr("Audit chain BROKEN at record %1: %2. Report this to the security officer; "
                                 "do not change the database.")
                                  .arg(*result.value().firstBadSeq)
                                  .arg(QString::fromStdString(result.value().problem));
            }
            emit chainChecked(m_chainState, m_chainText);
        });
}
