#pragma once
// OperatorsModel: the operators with role, state, two-factor enrolment and
// last sign-in; never a hash or a secret. Changes (add, role, disable,
// reset password) run as the signed-in operator on the core thread, where
// the permission table decides; the answer arrives as actionDone or
// actionFailed. Rows update in place by username.

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/security/operatorinfo.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

#include <vector>

class OperatorSession;

namespace exchange {
class ChangeNotifier;
namespace customers { class DepositKeys; }
namespace security {
class KeyVault;
class OperatorService;
}
}

class OperatorsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, Role, State, TwoFactor, SigningKey, LastSignIn, Created, ColumnCount };
    Q_ENUM(Column)
    enum DataRole { RawValueRole = Qt::UserRole, UsernameRole, RoleNameRole, DisabledRole, KeyNeedsRegisteringRole };

    OperatorsModel(OperatorSession &session, exchange::security::OperatorService &operators,
                   exchange::security::KeyVault &vault, exchange::ChangeNotifier *notifier, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OperatorsModel)

    // Prepared at each unlock: the Ethereum deposit xpub and the Algorand
    // deposit address pool (DepositKeys::refresh).
    void setDepositKeys(exchange::customers::DepositKeys *keys) { m_depositKeys = keys; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    static QString roleTitle(exchange::security::Role role);

    void addOperator(const QString &username, exchange::security::Role role, const QString &password);
    void setRole(const QString &username, exchange::security::Role role);
    void setDisabled(const QString &username, bool disabled);
    void resetPassword(const QString &username, const QString &password);
    // An admin signs the operator's signing key with their present role.
    void registerKey(const QString &username);

    // The key vault: its state, and create/unlock (asking for a code) and
    // lock. The passphrase goes to the core and is not kept.
    enum class VaultState { Unknown, Uninitialized, Locked, Unlocked };
    VaultState vaultState() const { return m_vaultState; }
    void refreshVault();
    void createVault(const QString &passphrase);
    void unlockVault(const QString &passphrase);
    void lockVault();

signals:
    void loaded();
    void actionDone(const QString &message);
    void actionFailed(const QString &message);
    void vaultStateChanged(OperatorsModel::VaultState state);

private:
    void apply(std::vector<exchange::security::OperatorInfo> rows);
    // purpose: what the code prompt asks the operator to confirm.
    void change(const QString &purpose, const QString &done, const QString &failed,
                std::function<exchange::Result<exchange::security::OperatorInfo>(const exchange::security::Actor &)> job);

    OperatorSession &m_session;
    exchange::security::OperatorService &m_operators;
    exchange::security::KeyVault &m_vault;
    exchange::customers::DepositKeys *m_depositKeys = nullptr;
    VaultState m_vaultState = VaultState::Unknown;
    std::vector<exchange::security::OperatorInfo> m_rows;
    QHash<QString, int> m_rowByName;
    bool m_loaded = false;
};
