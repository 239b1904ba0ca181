#pragma once
// TotpPromptDialog: asks for a current 6-digit code for one named action.
// It only collects the code; the core checks it (once) when the action runs.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class TotpPromptDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TotpPromptDialog(const QString &purpose, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *okButton() const { return m_ok; }

signals:
    void codeEntered(const QString &code);
    void cancelled();

private:
    QLineEdit *m_code;
    QPushButton *m_ok;
    bool m_answered = false;
};
