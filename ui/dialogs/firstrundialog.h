#pragma once
// FirstRunDialog: on a database without operators, creates the first admin
// (username, password twice) and signs them in. Refused by the core if
// someone else created an operator meanwhile.

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

class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                   QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void signedIn(std::shared_ptr<exchange::security::Session> session);

private:
    void create();
    void validate();

    exchange::CoreRuntime &m_runtime;
    exchange::security::OperatorService &m_operators;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_create;
    bool m_busy = false;
};
