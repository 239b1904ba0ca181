#pragma once
// Operators: who may use the console and with which role. Admins add
// operators, change roles, disable and enable them and set new passwords;
// the core refuses these for anyone else, and the controls say so. Below,
// the key vault: its state, and create, unlock (with a code) and lock. No
// key is ever shown or exported here.

#include <QWidget>

class MessageBar;
class OperatorsModel;
class OperatorSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SortFilterProxy;

class OperatorsScreen final : public QWidget
{
    Q_OBJECT
public:
    OperatorsScreen(OperatorsModel *model, OperatorSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *newUsername() const { return m_newUsername; }
    QComboBox *newRole() const { return m_newRole; }
    QLineEdit *newPassword() const { return m_newPassword; }
    QPushButton *addButton() const { return m_add; }
    QComboBox *roleCombo() const { return m_role; }
    QPushButton *setRoleButton() const { return m_setRole; }
    QPushButton *disableButton() const { return m_disable; }
    QLineEdit *resetPasswordEdit() const { return m_resetPassword; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *registerKeyButton() const { return m_registerKey; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *vaultStatus() const { return m_vaultStatus; }
    QLineEdit *vaultPassphrase() const { return m_vaultPassphrase; }
    QPushButton *vaultUnlockButton() const { return m_vaultUnlock; }
    QPushButton *vaultLockButton() const { return m_vaultLock; }

private:
    QString selectedUsername() const;
    void updateControls();

    OperatorsModel *m_model;
    OperatorSession *m_session;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_newUsername;
    QComboBox *m_newRole;
    QLineEdit *m_newPassword;
    QPushButton *m_add;
    QComboBox *m_role;
    QPushButton *m_setRole;
    QPushButton *m_disable;
    QLineEdit *m_resetPassword;
    QPushButton *m_reset;
    QPushButton *m_registerKey;
    MessageBar *m_messages;
    QLabel *m_vaultStatus;
    QLineEdit *m_vaultPassphrase;
    QPushButton *m_vaultUnlock;
    QPushButton *m_vaultLock;
};
