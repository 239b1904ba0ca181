#include "depositsscreen.h"

#include "models/customerlistmodel.h"
#include "models/depositsmodel.h"
#include "ui/dialogs/assigndepositdialog.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/sortfilterproxy.h"
#include "ui/widgets/opendialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using exchange::deposits::DepositState;

DepositsScreen::DepositsScreen(DepositsModel *deposits, CustomerListModel *customers, QWidget *parent)
    : QWidget(parent),
      m_deposits(deposits),
      m_customers(customers),
      m_proxy(new SortFilterProxy(DepositsModel::RawValueRole, this)),
      m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_assign(new QPushButton(tr("&Assign to customer…"), this)),
      m_counts(new QLabel(this)),
      m_messages(new MessageBar(this))
{
    auto *heading = makeScreenHeading(tr("Deposits"), this);
    auto *intro = new QLabel(tr("Payments the watchers saw to the exchange's addresses. Below the asset's minimum "
                                "deposit a payment is recorded but not credited; a payment whose customer is not "
                                "known waits here until an operator assigns it."),
                             this);
    intro->setWordWrap(true);

    m_filter->setPlaceholderText(tr("Filter by state, customer, asset, transaction (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *find = new QAction(tr("Find: type to filter the table"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);
    // Enter: to the table, on its first row, to act on what was found.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assign->setToolTip(tr("Credit the selected unattributed deposit to a customer (Ctrl+Shift+A)"));
    connect(m_assign, &QPushButton::clicked, this, &DepositsScreen::assignSelected);

    m_proxy->setSourceModel(m_deposits);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false); // the model's order: unattributed first, newest next
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DepositsScreen::updateActions);
    connect(m_table, &QTableView::activated, this, [this] { assignSelected(); });
    connect(m_deposits, &DepositsModel::loaded, this, &DepositsScreen::updateActions);
    connect(m_deposits, &DepositsModel::loaded, this, &DepositsScreen::selectShown);
    connect(m_deposits, &DepositsModel::failed, m_messages, &MessageBar::showError);
    connect(m_deposits, &DepositsModel::assigned, this, [this](qint64 deposit, qint64 customer) {
        m_messages->showInfo(tr("Deposit %1 credited to customer #%2.").arg(deposit).arg(customer));
    });

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_assign);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    updateActions();
}

void DepositsScreen::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const bool unattributed = !rows.isEmpty()
        && rows.first().data(DepositsModel::StateRole).toInt() == static_cast<int>(DepositState::Unattributed);
    m_assign->setEnabled(unattributed);
    int waiting = 0;
    for (int r = 0; r < m_deposits->rowCount(); ++r) {
        if (m_deposits->index(r, 0).data(DepositsModel::StateRole).toInt() == static_cast<int>(DepositState::Unattributed))
            ++waiting;
    }
    m_counts->setText(tr("%1 deposits; %2 waiting for an operator to assign them.").arg(m_deposits->rowCount()).arg(waiting));
}

void DepositsScreen::assignSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int sourceRow = m_proxy->mapToSource(rows.first()).row();
    const auto *deposit = m_deposits->deposit(sourceRow);
    if (!deposit || deposit->state != DepositState::Unattributed)
        return;
    auto *dialog = new AssignDepositDialog(deposit->id, m_deposits->amountText(*deposit), QString::fromStdString(deposit->txid),
                                           QString::fromStdString(deposit->memo), m_customers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_deposits->assign(dialog->depositId(), dialog->customerId()); });
    openDialog(dialog);
}

void DepositsScreen::showDeposit(qint64 id)
{
    m_toShow = id;
    m_filter->clear();
    selectShown();
}

bool DepositsScreen::selectShown()
{
    if (m_toShow == 0)
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(DepositsModel::DepositIdRole).toLongLong() == m_toShow) {
            m_toShow = 0;
            m_table->selectRow(row);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}
