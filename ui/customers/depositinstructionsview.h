#pragma once
// DepositInstructionsView: what one customer is told to pay into, per chain
// (Ethereum, Algorand, Stellar), each value with a Copy button and a QR
// code, and "Issue address" on a chain where they have none yet. Reads and
// issues through the operator's session on the core thread
// (DepositAddressService); self-contained, for the Customers screen to
// embed. Issuing is audited as the signed-in operator.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/customers/depositaddressservice.h"

#include <QWidget>

#include <map>
#include <optional>

class CopyButton;
class OperatorSession;
class QLabel;
class QLineEdit;
class QPushButton;

class DepositInstructionsView final : public QWidget
{
    Q_OBJECT
public:
    DepositInstructionsView(OperatorSession &session, exchange::customers::DepositAddressService &service,
                            QWidget *parent = nullptr);

    // Shows this customer's instructions (reads them again); 0: nobody.
    void setCustomer(qint64 customerId, const QString &externalId);
    qint64 customerId() const { return m_customerId; }

    // For tests: the parts of one chain's section.
    QLineEdit *addressEdit(exchange::Chain chain) const;
    QLineEdit *memoEdit() const { return m_memo; }
    QLineEdit *muxedEdit() const { return m_muxed; }
    QPushButton *issueButton(exchange::Chain chain) const;
    QLabel *qrLabel(exchange::Chain chain) const;
    QLabel *statusLabel(exchange::Chain chain) const;

signals:
    // After each chain's instructions arrived (or failed to).
    void loaded(exchange::Chain chain);
    void issued(exchange::Chain chain, const QString &address);

private:
    struct Section {
        QLineEdit *address = nullptr;
        CopyButton *copy = nullptr;
        QLabel *qr = nullptr;
        QLabel *status = nullptr;
        QPushButton *issue = nullptr;
    };

    QWidget *buildSection(exchange::Chain chain);
    void load(exchange::Chain chain);
    void issue(exchange::Chain chain);
    void display(exchange::Chain chain, const exchange::Result<std::optional<exchange::customers::DepositInstructions>> &result);
    static QString chainTitle(exchange::Chain chain);

    OperatorSession &m_session;
    exchange::customers::DepositAddressService &m_service;
    qint64 m_customerId = 0;
    QString m_externalId;
    std::map<exchange::Chain, Section> m_sections;
    QLineEdit *m_memo = nullptr;
    QLineEdit *m_muxed = nullptr;
};
