#pragma once
// TotpEnrolDialog: sets up the signed-in operator's authenticator app. Shows
// the otpauth:// QR code and the same secret for typing in (shown here once,
// never logged), then asks for a current code and stores the enrolment only
// when the code checks out. Approvers and admins cannot skip it.

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

class TotpEnrolDialog final : public QDialog
{
    Q_OBJECT
public:
    TotpEnrolDialog(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                    std::shared_ptr<exchange::security::Session> session, QWidget *parent = nullptr);

    // Asks the core for a new secret (or the given one: screenshots, tests).
    void start(const QByteArray &secret = {});

    QLabel *qrLabel() const { return m_qr; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void enrolled();

private:
    void confirmCode();

    exchange::CoreRuntime &m_runtime;
    exchange::security::OperatorService &m_operators;
    std::shared_ptr<exchange::security::Session> m_session;
    QLabel *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QLabel *m_message;
    QPushButton *m_confirm;
};
