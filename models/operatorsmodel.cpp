#include "operatorsmodel.h"

#include "coretext.h"
#include "displayformat.h"

#include "core/security/permissions.h"

#include "core/base/changenotifier.h"
#include "core/customers/depositkeys.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/trustanchor.h"
#include "operatorsession.h"

#include <QDateTime>

#include <memory>
#include <optional>

using exchange::security::OperatorInfo;
using SecurityRole = exchange::security::Role;

OperatorsModel::OperatorsModel(OperatorSession &session, exchange::security::OperatorService &operators,
                               exchange::security::KeyVault &vault, exchange::ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_operators(operators), m_vault(vault)
{
    if (notifier) {
        connect(notifier, &exchange::ChangeNotifier::changed, this,
                [this](exchange::ChangeNotifier::Topic topic, const QString &) {
                    if (topic == exchange::ChangeNotifier::Topic::Operator)
                        reload();
                });
    }
    connect(&m_session, &OperatorSession::signedIn, this, &OperatorsModel::reload);
    connect(&m_session, &OperatorSession::signedIn, this, &OperatorsModel::refreshVault);
    if (m_session.isSignedIn()) {
        reload();
        refreshVault();
    }
}

QString OperatorsModel::roleTitle(SecurityRole role)
{
    switch (role) {
    case SecurityRole::Viewer: return tr("Viewer");
    case SecurityRole::Operator: return tr("Operator");
    case SecurityRole::Approver: return tr("Approver");
    case SecurityRole::Admin: return tr("Admin");
    }
    return {};
}

int OperatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OperatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatorInfo &o = m_rows.at(static_cast<size_t>(index.row()));
    auto when = [](qint64 ms) {
        return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(ms));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Username: return QString::fromStdString(o.username);
        case Role: return roleTitle(o.role);
        case State: return o.disabled ? tr("Disabled") : tr("Active");
        case TwoFactor:
            if (o.totpEnrolled)
                return tr("Enrolled");
            return exchange::security::roleNeedsTotp(o.role) ? tr("Must enrol at next sign-in") : tr("Not enrolled");
        case SigningKey:
            switch (o.signingKey) {
            case exchange::security::SigningKeyState::None: return tr("None yet");
            case exchange::security::SigningKeyState::Unregistered: return tr("Needs an admin's signature");
            case exchange::security::SigningKeyState::Registered:
                return tr("Registered by %1").arg(QString::fromStdString(o.keyRegisteredBy));
            }
            return {};
        case LastSignIn: return o.lastLoginAtMs ? when(o.lastLoginAtMs) : tr("never");
        case Created: return when(o.createdAtMs);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Role: return static_cast<int>(o.role);
        case LastSignIn: return QVariant::fromValue<qint64>(o.lastLoginAtMs);
        case Created: return QVariant::fromValue<qint64>(o.createdAtMs);
        case State: return o.disabled;
        case TwoFactor: return o.totpEnrolled;
        case SigningKey: return static_cast<int>(o.signingKey);
        case Username: return QString::fromStdString(o.username);
        case ColumnCount: break;
        }
        return {};
    case UsernameRole: return QString::fromStdString(o.username);
    case RoleNameRole: return QString::fromLatin1(exchange::security::roleName(o.role).data());
    case DisabledRole: return o.disabled;
    case KeyNeedsRegisteringRole: return o.signingKey == exchange::security::SigningKeyState::Unregistered;
    case Qt::ToolTipRole:
        if (index.column() == State && o.failedLogins > 0)
            return tr("%n wrong password(s) since the last sign-in", nullptr, o.failedLogins);
        if (index.column() == SigningKey)
            return tr("Decisions are signed with the operator's own key, made when they enrol their "
                      "authenticator. The payout signer trusts it only once an admin has signed it with "
                      "the operator's present role.");
        return {};
    default: return {};
    }
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Username: return tr("Username");
    case Role: return tr("Role");
    case State: return tr("State");
    case TwoFactor: return tr("Two-factor");
    case SigningKey: return tr("Signing key");
    case LastSignIn: return tr("Last sign-in");
    case Created: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

void OperatorsModel::reload()
{
    auto *operators = &m_operators;
    m_session.run<std::vector<OperatorInfo>>(
        [operators](const exchange::security::Actor &actor) { return operators->list(actor); }, this,
        [this](exchange::Result<std::vector<OperatorInfo>> result) {
            if (!result.ok()) {
                emit actionFailed(tr("The operators could not be read: %1")
                                      .arg(CoreText::error(result.error())));
                return;
            }
            apply(std::move(result).value());
        });
}

void OperatorsModel::apply(std::vector<OperatorInfo> rows)
{
    bool sameNames = rows.size() == m_rows.size();
    for (size_t i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows[i].username == m_rows[i].username;
    if (sameNames && m_loaded) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowByName.clear();
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowByName.insert(QString::fromStdString(m_rows[i].username), static_cast<int>(i));
        endResetModel();
    }
    if (!m_loaded) {
        m_loaded = true;
        emit loaded();
    }
}

void OperatorsModel::change(const QString &purpose, const QString &done, const QString &failed,
                            std::function<exchange::Result<OperatorInfo>(const exchange::security::Actor &)> job)
{
    // Not asked for a code for what the role may not do anyway (the core
    // checks again, with the role the store has then).
    exchange::security::Actor who = m_session.actor();
    who.secondFactor = true;
    if (auto allowed = exchange::security::authorize(who, exchange::security::Action::ManageOperators); !allowed) {
        emit actionFailed(failed.arg(CoreText::error(allowed.error())));
        return;
    }
    // Every change of who may do what is confirmed with a current code.
    m_session.runConfirmed<OperatorInfo>(purpose, std::move(job), this, [this, done, failed](exchange::Result<OperatorInfo> result) {
        if (!result.ok()) {
            emit actionFailed(failed.arg(CoreText::error(result.error())));
            return;
        }
        emit actionDone(done);
        reload();
    });
}

void OperatorsModel::addOperator(const QString &username, SecurityRole role, const QString &password)
{
    auto *operators = &m_operators;
    const std::string name = username.toStdString();
    const QByteArray secret = password.toUtf8();
    change(tr("Add %1 as %2").arg(username, roleTitle(role)), tr("%1 added as %2.").arg(username, roleTitle(role)),
           tr("%1 not added: %2").arg(username, QStringLiteral("%1")),
           [operators, name, role, secret](const exchange::security::Actor &actor) {
               return operators->add(actor, name, role, secret);
           });
}

void OperatorsModel::setRole(const QString &username, SecurityRole role)
{
    auto *operators = &m_operators;
    const std::string name = username.toStdString();
    change(tr("Make %1 %2").arg(username, roleTitle(role)), tr("%1 is now %2.").arg(username, roleTitle(role)),
           tr("The role of %1 was not changed: %2").arg(username, QStringLiteral("%1")),
           [operators, name, role](const exchange::security::Actor &actor) { return operators->setRole(actor, name, role); });
}

void OperatorsModel::setDisabled(const QString &username, bool disabled)
{
    auto *operators = &m_operators;
    const std::string name = username.toStdString();
    change(disabled ? tr("Disable %1").arg(username) : tr("Enable %1").arg(username),
           disabled ? tr("%1 can no longer sign in.").arg(username) : tr("%1 can sign in again.").arg(username),
           tr("%1 not changed: %2").arg(username, QStringLiteral("%1")),
           [operators, name, disabled](const exchange::security::Actor &actor) {
               return operators->setDisabled(actor, name, disabled);
           });
}

void OperatorsModel::resetPassword(const QString &username, const QString &password)
{
    auto *operators = &m_operators;
    const std::string name = username.toStdString();
    const QByteArray secret = password.toUtf8();
    change(tr("Set a new password for %1").arg(username),
           tr("New password set for %1; they enrol their two-factor app again at the next sign-in.").arg(username),
           tr("The password of %1 was not reset: %2").arg(username, QStringLiteral("%1")),
           [operators, name, secret](const exchange::security::Actor &actor) {
               return operators->resetPassword(actor, name, secret);
           });
}

void OperatorsModel::registerKey(const QString &username)
{
    auto *operators = &m_operators;
    const std::string name = username.toStdString();
    change(tr("Register the signing key of %1").arg(username),
           tr("The signing key of %1 is registered with their present role.").arg(username),
           tr("The signing key of %1 was not registered: %2").arg(username, QStringLiteral("%1")),
           [operators, name](const exchange::security::Actor &actor) { return operators->registerKey(actor, name); });
}

void OperatorsModel::refreshVault()
{
    auto *vault = &m_vault;
    m_session.run<exchange::security::KeyVault::State>(
        [vault](const exchange::security::Actor &) { return vault->state(); }, this,
        [this](exchange::Result<exchange::security::KeyVault::State> result) {
            if (!result.ok()) {
                m_vaultState = VaultState::Unknown;
            } else {
                switch (result.value()) {
                case exchange::security::KeyVault::State::Uninitialized: m_vaultState = VaultState::Uninitialized; break;
                case exchange::security::KeyVault::State::Locked: m_vaultState = VaultState::Locked; break;
                case exchange::security::KeyVault::State::Unlocked: m_vaultState = VaultState::Unlocked; break;
                }
            }
            emit vaultStateChanged(m_vaultState);
        });
}

void OperatorsModel::createVault(const QString &passphrase)
{
    auto *vault = &m_vault;
    auto *operators = &m_operators;
    const QByteArray secret = passphrase.toUtf8();
    m_session.runConfirmed<bool>(
        tr("Create the key vault"),
        [vault, operators, secret](const exchange::security::Actor &actor) -> exchange::Result<bool> {
            auto created = vault->initialize(actor, secret);
            if (!created)
                return created.error();
            if (auto anchored = exchange::security::registerPinnedAdmin(*operators, *vault, actor); !anchored)
                return anchored.error();
            return true;
        },
        this, [this](exchange::Result<bool> result) {
            if (result.ok())
                emit actionDone(tr("Key vault created and unlocked. Keep the passphrase offline: without it the keys are lost."));
            else
                emit actionFailed(tr("No key vault created: %1").arg(CoreText::error(result.error())));
            refreshVault();
        });
}

void OperatorsModel::unlockVault(const QString &passphrase)
{
    auto *vault = &m_vault;
    auto *operators = &m_operators;
    auto *depositKeys = m_depositKeys;
    const QByteArray secret = passphrase.toUtf8();
    // What preparing the deposit keys said, when it failed: the vault is
    // unlocked all the same.
    auto depositWarning = std::make_shared<std::optional<exchange::Error>>();
    m_session.runConfirmed<bool>(
        tr("Unlock the key vault"),
        [vault, operators, secret, depositKeys, depositWarning](const exchange::security::Actor &actor) -> exchange::Result<bool> {
            auto unlocked = vault->unlock(actor, secret);
            if (!unlocked)
                return unlocked.error();
            if (auto anchored = exchange::security::registerPinnedAdmin(*operators, *vault, actor); !anchored)
                return anchored.error();
            if (depositKeys) {
                if (auto refreshed = depositKeys->refresh(actor, *vault); !refreshed)
                    *depositWarning = refreshed.error();
            }
            return true;
        },
        this, [this, depositWarning](exchange::Result<bool> result) {
            if (result.ok() && *depositWarning)
                emit actionFailed(tr("Key vault unlocked, but deposit addresses were not prepared: %1")
                                      .arg(CoreText::error(**depositWarning)));
            else if (result.ok())
                emit actionDone(tr("Key vault unlocked: automatic payouts can be signed."));
            else
                emit actionFailed(tr("Key vault not unlocked: %1").arg(CoreText::error(result.error())));
            refreshVault();
        });
}

void OperatorsModel::lockVault()
{
    auto *vault = &m_vault;
    m_session.run<bool>(
        [vault](const exchange::security::Actor &actor) -> exchange::Result<bool> {
            vault->lock(actor);
            return true;
        },
        this, [this](exchange::Result<bool>) {
            emit actionDone(tr("Key vault locked: automatic payouts wait until an admin unlocks it."));
            refreshVault();
        });
}
