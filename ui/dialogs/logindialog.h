#pragma once
// LoginDialog: username and password, checked on the core thread; the
// password field is cleared after every try and never leaves this dialog
// except to the core. Emits signedIn with the new session and closes; on a
// refusal it shows the core's reason (which names any wait) and stays open.
// Also the lock screen: setLocked() names who locked the console.

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace exchange {
class CoreRuntime;
namespace security {
class OperatorService;
class Session;
}
}

class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                QWidget *parent = nullptr);

    void setLocked(const QString &username);
    void setDatabaseName(const QString &name);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void signedIn(std::shared_ptr<exchange::security::Session> session);

private:
    void trySignIn();
    void updateButton();

    exchange::CoreRuntime &m_runtime;
    exchange::security::OperatorService &m_operators;
    QLabel *m_heading;
    QLabel *m_database;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    bool m_busy = false;
};
