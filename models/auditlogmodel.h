#pragma once
// AuditLogModel: the audit log, newest first, filtered by actor, action and
// time, with the result of the last chain verification. Reads run on the
// core thread for a signed-in operator (any role may read). New records
// arrive at the top without a reset, so a view keeps its selection; any
// committed change anywhere (every notifier topic) triggers one coalesced
// refresh.

#include "core/security/auditentry.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

class OperatorSession;

namespace exchange {
class ChangeNotifier;
namespace security { class AuditLog; }
}

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Object, Before, After, ColumnCount };
    Q_ENUM(Column)
    enum DataRole { RawValueRole = Qt::UserRole, HashRole };
    enum class ChainState { Unknown, Checking, Intact, Broken };

    AuditLogModel(OperatorSession &session, exchange::security::AuditLog &audit, exchange::ChangeNotifier *notifier,
                  QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuditLogModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const exchange::security::AuditFilter &filter);
    const exchange::security::AuditFilter &filter() const { return m_filter; }
    void reload();
    void verify();
    bool isLoaded() const { return m_loaded; }

    ChainState chainState() const { return m_chainState; }
    // One translated line: intact with when it was verified, the records it
    // covered and the head hash, and how many records shown arrived since;
    // or the first bad record.
    QString chainText() const { return m_chainText; }
    // Intact when verified, but records shown now are newer than that.
    bool chainStale() const { return m_chainState == ChainState::Intact && newerThanVerified() > 0; }

signals:
    void loaded();
    void loadFailed(const QString &message);
    void chainChecked(AuditLogModel::ChainState state, const QString &text);

private:
    void apply(std::vector<exchange::security::AuditEntry> entries, bool filterChanged);
    int newerThanVerified() const;
    // Writes m_chainText for an intact chain; announces it when it changed.
    void describeIntactChain();

    OperatorSession &m_session;
    exchange::security::AuditLog &m_audit;
    exchange::security::AuditFilter m_filter;
    std::vector<exchange::security::AuditEntry> m_rows;
    QTimer m_refresh;
    int m_generation = 0; // answers for an older filter are dropped
    bool m_loaded = false;
    ChainState m_chainState = ChainState::Unknown;
    QString m_chainText;
    // The last intact verification: when, how many records (#1 to #records), its head hash.
    qint64 m_verifiedAtMs = 0;
    qint64 m_verifiedRecords = 0;
    QString m_verifiedHash;
};
