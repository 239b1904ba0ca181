#pragma once
// NewDestinationReviewModel: per asset, whether a withdrawal to an address
// not on the customer's list waits for review (review_new_destinations),
// as a checkable table for the Settings screen. Changing it asks for a
// two-factor code and runs on the core thread as the signed-in operator
// (WithdrawalService::setReviewNewDestinations: admins only, signed and
// audited as withdrawal.settings); the row shows the stored value again
// after either answer.

#include <QAbstractTableModel>
#include <QString>

#include <string>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class OperatorSession;

class NewDestinationReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Asset, Review, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    NewDestinationReviewModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                              QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewDestinationReviewModel)

    void reload();
    bool isApplying() const { return m_applying; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Qt::CheckStateRole on Review: asks the core to change it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void loaded();
    void saved(const QString &message);
    void saveFailed(const QString &message);

private:
    struct Row {
        std::string asset;
        bool review = false;
    };

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
    std::vector<Row> m_rows;
    bool m_applying = false;
};
