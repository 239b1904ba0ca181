#include "customerspage.h"

#include "customerconfirmdialog.h"
#include "customereditdialog.h"
#include "models/customeractions.h"
#include "models/customerdetailsource.h"
#include "models/customersmodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/opendialog.h"
#include "ui/widgets/screenheading.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using exchange::CustomerState;

namespace {

enum StateChange { Freeze, Unfreeze, Close };

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *emptyTab(const QString &objectName, QWidget *parent)
{
    auto *tab = new QWidget(parent);
    tab->setObjectName(objectName);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    return tab;
}

} // namespace

CustomersPage::CustomersPage(CustomersModel *customers, CustomerDetailsSource *details, CustomerActions *actions,
                             QWidget *parent)
    : QWidget(parent),
      m_customers(customers),
      m_detailsSource(details),
      m_actions(actions),
      m_table(makeTable(customers, this)),
      m_filter(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_freeze(new QPushButton(tr("Free&ze…"), this)),
      m_unfreeze(new QPushButton(tr("&Unfreeze…"), this)),
      m_close(new QPushButton(tr("C&lose…"), this)),
      m_title(new QLabel(this)),
      m_counts(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_balances(makeTable(details->balances(), this)),
      m_deposits(makeTable(details->deposits(), this)),
      m_withdrawals(makeTable(details->withdrawals(), this)),
      m_orders(makeTable(details->orders(), this)),
      m_instructionsTab(emptyTab(QStringLiteral("depositInstructionsTab"), this)),
      m_addressesTab(emptyTab(QStringLiteral("addressesTab"), this)),
      m_messages(new MessageBar(this))
{
    auto *intro = new QLabel(tr("The exchange's customers, from the store a page at a time. A frozen customer's "
                                "deposits are still credited but no withdrawal leaves; a customer is closed only "
                                "with nothing on any account and nothing held."),
                             this);
    intro->setWordWrap(true);

    m_filter->setPlaceholderText(tr("Filter by customer id, name, email, deposit address or memo (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *find = new QAction(tr("Find: type to filter the customers"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    // A query per pause in typing, not per key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_customers->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        m_customers->setFilterText(m_filter->text());
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_customers->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_add->setToolTip(tr("Add a customer (Ctrl+Shift+N)"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_edit->setToolTip(tr("Change the selected customer's name or email (Ctrl+Shift+E)"));
    m_freeze->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_freeze->setToolTip(tr("Stop the selected customer's withdrawals; deposits are still credited (Ctrl+Shift+F)"));
    m_unfreeze->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_unfreeze->setToolTip(tr("Let the selected customer's withdrawals go again (Ctrl+Shift+U)"));
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_close->setToolTip(tr("Close the selected customer's account for good; only with zero balances (Ctrl+Shift+W)"));
    connect(m_add, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    connect(m_edit, &QPushButton::clicked, this, &CustomersPage::editCustomer);
    connect(m_freeze, &QPushButton::clicked, this, [this] { changeState(Freeze); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this] { changeState(Unfreeze); });
    connect(m_close, &QPushButton::clicked, this, [this] { changeState(Close); });

    // The store sorts: a click on a header sorts the whole selection.
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CustomersModel::ExternalId, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Customers"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersPage::currentChanged);
    connect(m_table, &QTableView::activated, this, &CustomersPage::editCustomer);
    connect(m_customers, &CustomersModel::loaded, this, [this] {
        // The first customer's details at once, rather than an empty pane
        // (every action still names whom it changes and asks first).
        if (!m_table->currentIndex().isValid() && m_customers->rowCount() > 0 && m_selectAfterLoad == 0)
            m_table->selectionModel()->setCurrentIndex(m_customers->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!m_sized && m_customers->rowCount() > 0) {
            m_sized = true;
            m_table->resizeColumnsToContents();
            // Long names (the trade API's traders are named by their key)
            // are cut, not allowed to push the state and balances out of sight.
            m_table->setColumnWidth(CustomersModel::Name, std::min(m_table->columnWidth(CustomersModel::Name), 200));
        }
        if (m_selectAfterLoad > 0 && m_customers->rowOf(m_selectAfterLoad) >= 0) {
            selectCustomer(m_selectAfterLoad);
            m_selectAfterLoad = 0;
        }
        currentChanged();
        m_counts->setText(m_customers->canFetchMore({})
                              ? tr("Customers shown: %1; more as you scroll.").arg(m_customers->rowCount())
                              : tr("Customers shown: %1.").arg(m_customers->rowCount()));
    });
    connect(m_customers, &CustomersModel::modelReset, this, &CustomersPage::currentChanged);
    connect(m_customers, &CustomersModel::failed, m_messages, &MessageBar::showError);
    connect(m_detailsSource, &CustomerDetailsSource::failed, m_messages, &MessageBar::showError);
    connect(m_actions, &CustomerActions::failed, m_messages, &MessageBar::showError);
    connect(m_actions, &CustomerActions::done, this, [this](qint64 customerId, const QString &message) {
        m_messages->showInfo(message);
        // Read again now, not at the next notice: the operator looks at it.
        m_selectAfterLoad = customerId;
        m_customers->refresh();
        m_detailsSource->reload();
    });

    // A double click on a row of the history opens its screen, at that
    // deposit or withdrawal.
    const std::pair<QTableView *, QString> history[] = {{m_deposits, QStringLiteral("deposits")},
                                                       {m_withdrawals, QStringLiteral("withdrawals")},
                                                       {m_orders, QStringLiteral("orderbook")}};
    for (const auto &[view, screen] : history) {
        view->setToolTip(tr("Double-click a row to open its screen"));
        connect(view, &QTableView::activated, this, [this, id = screen](const QModelIndex &index) {
            const qint64 record = index.siblingAtColumn(0).data(CustomerDetailsSource::IdRole).toLongLong();
            if (id == u"orderbook" || record <= 0)
                emit openScreen(id);
            else
                emit openRecord(id, record);
        });
    }
    m_tabs->addTab(m_balances, tr("&Balances"));
    m_tabs->addTab(m_deposits, tr("&Deposits"));
    m_tabs->addTab(m_withdrawals, tr("&Withdrawals"));
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_instructionsTab, tr("Deposit &instructions"));
    m_tabs->addTab(m_addressesTab, tr("Add&resses"));

    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *pane = new QWidget(this);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(8, 0, 0, 0);
    paneLayout->addWidget(m_title);
    paneLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(pane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 420});
    split->setChildrenCollapsible(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    for (QPushButton *button : {m_add, m_edit, m_freeze, m_unfreeze, m_close})
        toolbar->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeScreenHeading(tr("Customers"), this));
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_counts);
    currentChanged();
}

qint64 CustomersPage::currentCustomerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(CustomersModel::CustomerIdRole).toLongLong() : 0;
}

void CustomersPage::selectCustomer(qint64 customerId)
{
    const int row = m_customers->rowOf(customerId);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_customers->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_customers->index(row, 0));
}

void CustomersPage::currentChanged()
{
    const int row = m_table->currentIndex().row();
    const auto *r = m_customers->customerRow(row);
    const qint64 id = r ? r->customer.id : 0;
    if (r) {
        const exchange::Customer &c = r->customer;
        //: the customer shown in the pane: name, external id, state, memo (internal id)
        m_title->setText(tr("%1 — %2, %3, Stellar memo %4")
                             .arg(c.name, c.externalId, CustomersModel::stateTitle(c.state).toLower())
                             .arg(c.id)
                         + (c.email.isEmpty() ? QString() : QStringLiteral(" — ") + c.email));
    } else {
        m_title->setText(tr("Choose a customer to see their balances and history."));
    }
    if (id != m_shownId) {
        m_shownId = id;
        m_detailsSource->show(id);
        emit shownCustomerChanged(id, r ? r->customer.externalId : QString());
    }
    updateActions();
}

void CustomersPage::updateActions()
{
    const auto *r = m_customers->customerRow(m_table->currentIndex().row());
    const bool chosen = r != nullptr;
    const CustomerState state = chosen ? r->customer.state : CustomerState::Closed;
    m_edit->setEnabled(chosen && state != CustomerState::Closed);
    m_freeze->setEnabled(chosen && state == CustomerState::Active);
    m_unfreeze->setEnabled(chosen && state == CustomerState::Frozen);
    m_close->setEnabled(chosen && state != CustomerState::Closed);
}

void CustomersPage::addCustomer()
{
    auto *dialog = new CustomerEditDialog(QString(), QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_actions->add(dialog->externalId(), dialog->name(), dialog->email()); });
    openDialog(dialog);
}

void CustomersPage::editCustomer()
{
    const auto *r = m_customers->customerRow(m_table->currentIndex().row());
    if (!r || r->customer.state == CustomerState::Closed)
        return;
    auto *dialog = new CustomerEditDialog(r->customer.externalId, r->customer.name, r->customer.email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_actions->update(dialog->externalId(), dialog->name(), dialog->email()); });
    openDialog(dialog);
}

void CustomersPage::changeState(int kind)
{
    const auto *r = m_customers->customerRow(m_table->currentIndex().row());
    if (!r)
        return;
    const exchange::Customer c = r->customer;
    const QString who = tr("“%1” (%2)").arg(c.externalId, c.name);
    QString title;
    QString what;
    QString confirm;
    switch (kind) {
    case Freeze:
        title = tr("Freeze customer %1").arg(c.externalId);
        what = tr("Freeze %1? Their withdrawal requests are refused, those under review cannot be approved and "
                  "their queued payouts wait until they are unfrozen. Deposits are still credited to them. The "
                  "change is recorded in the audit log.")
                   .arg(who);
        confirm = tr("Freeze");
        break;
    case Unfreeze:
        title = tr("Unfreeze customer %1").arg(c.externalId);
        what = tr("Unfreeze %1? Their withdrawals can be requested again, and their waiting payouts resume. The "
                  "change is recorded in the audit log.")
                   .arg(who);
        confirm = tr("Unfreeze");
        break;
    default:
        title = tr("Close customer %1").arg(c.externalId);
        what = tr("Close %1 for good? A closed customer cannot be reopened. The store refuses it while any of their "
                  "accounts has a balance or a hold. The change is recorded in the audit log.")
                   .arg(who);
        confirm = tr("Close the customer");
        // Said before, not only refused after.
        if (m_detailsSource->customerId() == c.id && m_detailsSource->isLoaded() && !m_detailsSource->holdings().isEmpty())
            what += QStringLiteral("\n\n")
                    + tr("They still have %1: closing will be refused until that is paid out or moved.")
                          .arg(m_detailsSource->holdings().join(QStringLiteral(", ")));
        break;
    }
    auto *dialog = new CustomerConfirmDialog(title, what, confirm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, kind, externalId = c.externalId] {
        if (kind == Freeze)
            m_actions->freeze(externalId);
        else if (kind == Unfreeze)
            m_actions->unfreeze(externalId);
        else
            m_actions->close(externalId);
    });
    openDialog(dialog);
}
