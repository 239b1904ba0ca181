#pragma once
// TokenReadinessModel: per token in force on Stellar and Algorand, per
// exchange wallet (hot, warm, cold), whether it can receive the token (the
// trustline or the opt-in is there; for Stellar whether the issuer
// authorised it and its limit) and, for Algorand, how many deposit
// addresses have not opted in yet (core TokenReadiness). Read on the core's
// aside thread, since it asks Horizon and algod: refresh() reads again.
// prepare() makes one wallet ready, as the signed-in admin after a current
// code: hot signed from the vault and sent, warm and cold written to a file
// for offline signing; actionDone or actionFailed tells how it went.

#include "core/runtime/tokenreadiness.h"

#include "livetablemodel.h"

#include <QStringList>

#include <vector>

class OperatorSession;

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class TokenReadinessModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { Asset, ChainName, Wallet, Address, Status, Authorized, Limit, Holds, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole, ReadyRole, TierRole, ChainRole, AssetRole };

    TokenReadinessModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TokenReadinessModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    bool isLoaded() const { return m_loaded; }
    bool isReading() const { return m_reading; }
    // The chains that could not be read, one line each (translated where known).
    QStringList notes() const { return m_notes; }
    // How many rows miss their trustline or opt-in.
    int missingCount() const;
    const exchange::TokenReadinessRow *rowAt(int row) const;
    // The row of that wallet and token now (rows move when read again); -1: gone.
    int rowOf(exchange::Chain chain, const std::string &asset, exchange::wallets::WalletTier tier) const;

    // What prepare() will do for this row, for the confirmation dialog.
    QString describeAction(int row, const QString &fileName) const;
    // fileName: for warm and cold, where the unsigned transaction goes.
    void prepare(int row, const QString &fileName);

signals:
    void loaded();
    void failed(const QString &message);
    void actionDone(const QString &message);
    void actionFailed(const QString &message);

private:
    QString statusText(const exchange::TokenReadinessRow &row) const;

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
    std::vector<exchange::TokenReadinessRow> m_rows;
    QStringList m_notes;
    bool m_loaded = false;
    bool m_reading = false;
};
