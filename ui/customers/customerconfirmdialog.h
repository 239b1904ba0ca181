#pragma once
// Asks the operator to confirm a change of a customer's state (freeze,
// unfreeze, close), saying what it changes. Opened with open(), never
// exec(); Cancel is the safe answer and Enter means the named button.

#include <QDialog>

class QLabel;
class QPushButton;

class CustomerConfirmDialog final : public QDialog
{
    Q_OBJECT
public:
    CustomerConfirmDialog(const QString &title, const QString &what, const QString &confirmText, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QLabel *m_text;
    QPushButton *m_confirm;
};
