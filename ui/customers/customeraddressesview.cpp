#include "ui/customers/customeraddressesview.h"

#include "core/base/chain.h"
#include "core/store/customeraddress.h"
#include "models/customeraddressesmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CustomerAddressesView::CustomerAddressesView(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                             OperatorSession &session, QWidget *parent)
    : QWidget(parent),
      m_model(new CustomerAddressesModel(runtime, services, session, this)),
      m_table(new QTableView(this)),
      m_chain(new QComboBox(this)),
      m_address(new QLineEdit(this)),
      m_label(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add address…"), this)),
      m_remove(new QPushButton(tr("&Remove address…"), this)),
      m_status(new QLabel(this)),
      m_keys(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("customerAddresses"));
    m_chain->setObjectName(QStringLiteral("addressChain"));
    m_address->setObjectName(QStringLiteral("addressText"));
    m_label->setObjectName(QStringLiteral("addressLabel"));
    m_add->setObjectName(QStringLiteral("addAddress"));
    m_remove->setObjectName(QStringLiteral("removeAddress"));
    m_status->setObjectName(QStringLiteral("addressStatus"));
    m_keys->setObjectName(QStringLiteral("signingKeys"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    for (exchange::Chain chain : {exchange::Chain::Stellar, exchange::Chain::Ethereum, exchange::Chain::Algorand})
        m_chain->addItem(QString::fromLatin1(exchange::chainName(chain).data()), static_cast<int>(chain));
    m_address->setPlaceholderText(tr("The customer's address on that chain"));
    m_label->setPlaceholderText(tr("Label (optional)"));
    m_label->setMaxLength(exchange::kCustomerAddressLabelMax);
    m_status->setWordWrap(true);
    m_keys->setWordWrap(true);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Chain:"), m_chain);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Label:"), m_label);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Addresses of their own (a withdrawal elsewhere is a new destination)"), this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Signing keys for withdrawal requests through the API:"), this));
    layout->addWidget(m_keys);

    connect(m_add, &QPushButton::clicked, this, &CustomerAddressesView::confirmAdd);
    connect(m_remove, &QPushButton::clicked, this, &CustomerAddressesView::confirmRemove);
    connect(m_address, &QLineEdit::textChanged, this, &CustomerAddressesView::updateControls);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerAddressesView::updateControls);
    connect(m_model, &CustomerAddressesModel::modelReset, this, &CustomerAddressesView::updateControls);
    connect(m_model, &CustomerAddressesModel::loaded, this, &CustomerAddressesView::showKeys);
    connect(m_model, &CustomerAddressesModel::finished, this, [this](const QString &message) {
        m_busy = false;
        m_address->clear();
        m_label->clear();
        m_status->setText(message);
        updateControls();
    });
    connect(m_model, &CustomerAddressesModel::failed, this, [this](const QString &message) {
        m_busy = false;
        //: %1 why the core refused
        m_status->setText(tr("Nothing was changed: %1").arg(message));
        updateControls();
    });
    setCustomer(0, QString());
}

void CustomerAddressesView::setCustomer(qint64 customerId, const QString &externalId)
{
    m_status->clear();
    m_keys->clear();
    m_model->setCustomer(customerId, externalId);
    updateControls();
}

void CustomerAddressesView::updateControls()
{
    const bool someone = m_model->customerId() != 0;
    m_chain->setEnabled(someone && !m_busy);
    m_address->setEnabled(someone && !m_busy);
    m_label->setEnabled(someone && !m_busy);
    m_add->setEnabled(someone && !m_busy && !m_address->text().trimmed().isEmpty());
    m_remove->setEnabled(someone && !m_busy && m_table->selectionModel()->hasSelection());
}

void CustomerAddressesView::showKeys()
{
    const QStringList keys = m_model->signingKeys();
    if (keys.isEmpty()) {
        m_keys->setText(tr("None: the API refuses this customer's withdrawal requests."));
        return;
    }
    //: %1 how many keys must sign, %2 how many there are, %3 the keys, one per line
    m_keys->setText(tr("%1 of %2 must sign:\n%3").arg(m_model->signaturesRequired()).arg(keys.size()).arg(keys.join(u'\n')));
}

void CustomerAddressesView::confirm(const QString &title, const QString &text, const QString &yes, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmAddressChange"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *confirmButton = box->addButton(yes, QMessageBox::AcceptRole);
    confirmButton->setObjectName(QStringLiteral("confirmYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [confirmButton, onYes = std::move(onYes)](QAbstractButton *clicked) {
        if (clicked == confirmButton)
            onYes();
    });
    box->open();
}

void CustomerAddressesView::confirmAdd()
{
    const auto chain = static_cast<exchange::Chain>(m_chain->currentData().toInt());
    const QString address = m_address->text().trimmed();
    const QString label = m_label->text().trimmed();
    const QString externalId = m_model->externalId();
    //: %1 the customer's external id, %2 a chain, %3 an address, %4 its label
    const QString text = label.isEmpty()
                             ? tr("Add %3 on %2 to the address list of %1? Their withdrawals to it will no longer be "
                                  "flagged as a new destination.")
                                   .arg(externalId, m_chain->currentText(), address)
                             : tr("Add %3 (%4) on %2 to the address list of %1? Their withdrawals to it will no longer be "
                                  "flagged as a new destination.")
                                   .arg(externalId, m_chain->currentText(), address, label);
    confirm(tr("Add an address"), text, tr("Add"), [this, chain, address, label] {
        m_busy = true;
        updateControls();
        m_model->add(chain, address, label);
    });
}

void CustomerAddressesView::confirmRemove()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const auto *a = m_model->addressAt(row);
    if (!a)
        return;
    //: %1 the customer's external id, %2 a chain, %3 an address
    const QString text = tr("Remove %3 on %2 from the address list of %1? Their next withdrawals to it will be flagged "
                            "as a new destination; earlier ones keep what they were.")
                             .arg(m_model->externalId(), QString::fromLatin1(exchange::chainName(a->chain).data()),
                                  QString::fromStdString(a->address));
    const exchange::Chain chain = a->chain;
    const QString address = QString::fromStdString(a->address);
    confirm(tr("Remove an address"), text, tr("Remove"), [this, chain, address] {
        m_busy = true;
        updateControls();
        m_model->remove(chain, address);
    });
}
