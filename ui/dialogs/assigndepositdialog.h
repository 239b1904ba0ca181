#pragma once
// Asks which customer an unattributed deposit belongs to, and says in full
// what will happen (who is credited, how much, from which transaction)
// before the operator confirms. The customer is searched in the store (by
// id, external id, name or email) and never preselected: the confirm
// button stays disabled until one is chosen. Opened with open(), never exec().

#include <QDialog>

class CustomerListModel;
class CustomerPicker;
class QComboBox;
class QLabel;
class QPushButton;

class AssignDepositDialog final : public QDialog
{
    Q_OBJECT
public:
    AssignDepositDialog(qint64 depositId, const QString &amount, const QString &txid, const QString &memo,
                        CustomerListModel *customers, QWidget *parent = nullptr);

    qint64 depositId() const { return m_depositId; }
    qint64 customerId() const;
    CustomerPicker *picker() const { return m_customer; }
    QComboBox *customerPicker() const;
    QPushButton *confirmButton() const { return m_confirm; }
    // What will happen, as the dialog says it.
    QString summary() const;

private:
    void updateSummary();

    qint64 m_depositId;
    QString m_amount;
    CustomerPicker *m_customer;
    QLabel *m_summary;
    QPushButton *m_confirm;
};
