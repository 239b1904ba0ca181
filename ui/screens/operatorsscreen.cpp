#include "operatorsscreen.h"

#include "core/security/permissions.h"
#include "models/operatorsession.h"
#include "models/operatorsmodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

using exchange::security::Role;

namespace {
void fillRoles(QComboBox *combo)
{
    for (Role role : exchange::security::kAllRoles)
        combo->addItem(OperatorsModel::roleTitle(role), static_cast<int>(role));
}
}

OperatorsScreen::OperatorsScreen(OperatorsModel *model, OperatorSession *session, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_session(session),
      m_proxy(new SortFilterProxy(OperatorsModel::RawValueRole, this)),
      m_table(new QTableView(this)),
      m_newUsername(new QLineEdit(this)),
      m_newRole(new QComboBox(this)),
      m_newPassword(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add operator"), this)),
      m_role(new QComboBox(this)),
      m_setRole(new QPushButton(tr("Set &role"), this)),
      m_disable(new QPushButton(tr("&Disable"), this)),
      m_resetPassword(new QLineEdit(this)),
      m_reset(new QPushButton(tr("Set new &password"), this)),
      m_registerKey(new QPushButton(tr("Re&gister signing key"), this)),
      m_messages(new MessageBar(this)),
      m_vaultStatus(new QLabel(this)),
      m_vaultPassphrase(new QLineEdit(this)),
      m_vaultUnlock(new QPushButton(tr("&Unlock vault"), this)),
      m_vaultLock(new QPushButton(tr("Loc&k vault"), this))
{
    auto *heading = new QLabel(tr("Operators"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Viewers read everything. Operators also handle deposits, upload TxIds and request "
                                "replenishment. Approvers also approve and reject withdrawals under review. Admins "
                                "also change settings, manage operators and unlock the key vault. Approvers and "
                                "admins confirm sensitive actions with an authenticator code. Only admins change "
                                "this list; every change is in the audit log."),
                             this);
    intro->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OperatorsModel::Username, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *addBox = new QGroupBox(tr("New operator"), this);
    m_newUsername->setPlaceholderText(tr("username"));
    m_newUsername->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9._-]{1,64}")), m_newUsername));
    fillRoles(m_newRole);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("first password (tell them in person)"));
    auto *addRow = new QHBoxLayout(addBox);
    addRow->addWidget(m_newUsername, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(m_newPassword, 1);
    addRow->addWidget(m_add);

    auto *selectedBox = new QGroupBox(tr("Selected operator"), this);
    fillRoles(m_role);
    m_resetPassword->setEchoMode(QLineEdit::Password);
    m_resetPassword->setPlaceholderText(tr("new password"));
    auto *selectedRow = new QHBoxLayout(selectedBox);
    selectedRow->addWidget(m_role);
    selectedRow->addWidget(m_setRole);
    selectedRow->addSpacing(16);
    selectedRow->addWidget(m_disable);
    selectedRow->addSpacing(16);
    selectedRow->addWidget(m_resetPassword, 1);
    selectedRow->addWidget(m_reset);
    selectedRow->addSpacing(16);
    selectedRow->addWidget(m_registerKey);

    auto *vaultBox = new QGroupBox(tr("Key vault (hot-wallet and deposit keys)"), this);
    m_vaultStatus->setWordWrap(true);
    m_vaultPassphrase->setEchoMode(QLineEdit::Password);
    m_vaultPassphrase->setPlaceholderText(tr("vault passphrase"));
    auto *vaultRow = new QHBoxLayout(vaultBox);
    vaultRow->addWidget(m_vaultStatus, 2);
    vaultRow->addWidget(m_vaultPassphrase, 1);
    vaultRow->addWidget(m_vaultUnlock);
    vaultRow->addWidget(m_vaultLock);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(selectedBox);
    layout->addWidget(addBox);
    layout->addWidget(vaultBox);

    connect(m_model, &OperatorsModel::actionDone, m_messages, &MessageBar::showInfo);
    connect(m_model, &OperatorsModel::actionFailed, m_messages, &MessageBar::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsScreen::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OperatorsScreen::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperatorsScreen::updateControls);
    connect(m_session, &OperatorSession::signedIn, this, &OperatorsScreen::updateControls);
    for (QLineEdit *edit : {m_newUsername, m_newPassword, m_resetPassword, m_vaultPassphrase})
        connect(edit, &QLineEdit::textChanged, this, &OperatorsScreen::updateControls);

    connect(m_add, &QPushButton::clicked, this, [this] {
        m_model->addOperator(m_newUsername->text(), static_cast<Role>(m_newRole->currentData().toInt()),
                             m_newPassword->text());
        m_newPassword->clear();
        m_newUsername->clear();
    });
    connect(m_setRole, &QPushButton::clicked, this, [this] {
        m_model->setRole(selectedUsername(), static_cast<Role>(m_role->currentData().toInt()));
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->selectionModel()->selectedRows().value(0);
        m_model->setDisabled(selectedUsername(), !current.data(OperatorsModel::DisabledRole).toBool());
    });
    connect(m_model, &OperatorsModel::vaultStateChanged, this, &OperatorsScreen::updateControls);
    connect(m_vaultUnlock, &QPushButton::clicked, this, [this] {
        const QString passphrase = m_vaultPassphrase->text();
        m_vaultPassphrase->clear();
        if (m_model->vaultState() == OperatorsModel::VaultState::Uninitialized)
            m_model->createVault(passphrase);
        else
            m_model->unlockVault(passphrase);
    });
    connect(m_vaultLock, &QPushButton::clicked, m_model, &OperatorsModel::lockVault);
    connect(m_registerKey, &QPushButton::clicked, this, [this] { m_model->registerKey(selectedUsername()); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_model->resetPassword(selectedUsername(), m_resetPassword->text());
        m_resetPassword->clear();
    });
    updateControls();
}

QString OperatorsScreen::selectedUsername() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OperatorsModel::UsernameRole).toString();
}

void OperatorsScreen::updateControls()
{
    const bool admin = m_session->isSignedIn()
        && exchange::security::roleAllows(m_session->actor().role, exchange::security::Action::ManageOperators);
    const QString why = admin ? QString() : tr("Only admins change operators.");
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool disabled = selected && rows.first().data(OperatorsModel::DisabledRole).toBool();
    if (selected) {
        const int index = m_role->findData(static_cast<int>(
            exchange::security::roleFromName(rows.first().data(OperatorsModel::RoleNameRole).toString().toStdString())
                .value_or(Role::Viewer)));
        if (index >= 0 && !m_role->hasFocus())
            m_role->setCurrentIndex(index);
    }
    m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
    m_add->setEnabled(admin && m_newUsername->hasAcceptableInput() && !m_newPassword->text().isEmpty());
    m_setRole->setEnabled(admin && selected);
    m_disable->setEnabled(admin && selected);
    m_reset->setEnabled(admin && selected && !m_resetPassword->text().isEmpty());
    const bool keyWaits = selected && rows.first().data(OperatorsModel::KeyNeedsRegisteringRole).toBool();
    m_registerKey->setEnabled(admin && keyWaits);
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_setRole, m_disable, m_reset})
        w->setToolTip(why);
    m_registerKey->setToolTip(!admin ? why
                              : keyWaits
                                  ? tr("Sign this operator's key with their present role, so that the payout signer "
                                       "trusts their decisions.")
                                  : tr("Only a key that is not registered with the operator's present role needs "
                                       "this."));

    const auto vault = m_model->vaultState();
    switch (vault) {
    case OperatorsModel::VaultState::Unknown: m_vaultStatus->setText(tr("Key vault: state unknown.")); break;
    case OperatorsModel::VaultState::Uninitialized:
        m_vaultStatus->setText(tr("No key vault yet: automatic payouts wait. An admin creates it with a passphrase of "
                                  "at least 12 characters."));
        break;
    case OperatorsModel::VaultState::Locked:
        m_vaultStatus->setText(tr("Key vault locked: automatic payouts wait until an admin unlocks it."));
        break;
    case OperatorsModel::VaultState::Unlocked:
        m_vaultStatus->setText(tr("Key vault unlocked: automatic payouts can be signed. It locks again when the "
                                  "console closes."));
        break;
    }
    const bool adminMayOpen = m_session->isSignedIn()
        && exchange::security::roleAllows(m_session->actor().role, exchange::security::Action::UnlockVault);
    m_vaultUnlock->setText(vault == OperatorsModel::VaultState::Uninitialized ? tr("&Create vault") : tr("&Unlock vault"));
    m_vaultPassphrase->setEnabled(adminMayOpen && vault != OperatorsModel::VaultState::Unlocked);
    m_vaultUnlock->setEnabled(adminMayOpen && vault != OperatorsModel::VaultState::Unlocked
                              && vault != OperatorsModel::VaultState::Unknown && !m_vaultPassphrase->text().isEmpty());
    m_vaultLock->setEnabled(m_session->isSignedIn() && vault == OperatorsModel::VaultState::Unlocked);
    m_vaultUnlock->setToolTip(adminMayOpen ? QString() : tr("Only admins open the key vault."));
}
