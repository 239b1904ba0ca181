#pragma once
// Adds a customer or edits one: the exchange's id for them (fixed once
// given), name and email, and a line saying exactly what will change before
// the operator confirms. Opened with open(), never exec().

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class CustomerEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // Empty externalId: a new customer.
    CustomerEditDialog(const QString &externalId, const QString &name, const QString &email, QWidget *parent = nullptr);

    bool isNew() const { return m_isNew; }
    QString externalId() const;
    QString name() const;
    QString email() const;
    QLineEdit *externalIdField() const { return m_externalId; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString summary() const;

private:
    void updateSummary();

    bool m_isNew;
    QString m_oldName;
    QString m_oldEmail;
    QLineEdit *m_externalId;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_summary;
    QPushButton *m_confirm;
};
