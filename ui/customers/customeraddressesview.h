#pragma once
// CustomerAddressesView: one customer's own withdrawal addresses
// (StellarMap) with Add and Remove, each behind a confirmation that says
// what changes, and, read-only, the signing keys their POST /withdraw
// requests need. Self-contained: the Customers screen embeds it and calls
// setCustomer(). Never waits for the core (the model answers by signals);
// confirmations are window-modal and opened, never exec()'d.

#include <QWidget>

class CustomerAddressesModel;
class OperatorSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class CustomerAddressesView final : public QWidget
{
    Q_OBJECT
public:
    CustomerAddressesView(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                          QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerAddressesView)

    // 0: nobody (everything off).
    void setCustomer(qint64 customerId, const QString &externalId);
    CustomerAddressesModel *model() const { return m_model; }

private:
    void confirmAdd();
    void confirmRemove();
    // Opens a confirmation; onYes runs when the operator says yes.
    void confirm(const QString &title, const QString &text, const QString &yes, std::function<void()> onYes);
    void updateControls();
    void showKeys();

    CustomerAddressesModel *m_model;
    QTableView *m_table;
    QComboBox *m_chain;
    QLineEdit *m_address;
    QLineEdit *m_label;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    QLabel *m_keys;
    bool m_busy = false;
};
