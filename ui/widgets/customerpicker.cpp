#include "customerpicker.h"

#include "models/customerlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

CustomerPicker::CustomerPicker(CustomerListModel *customers, QWidget *parent)
    : QWidget(parent), m_customers(customers), m_search(new QLineEdit(this)), m_list(new QComboBox(this)), m_more(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search: id, customer id, name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    // Nobody is chosen for the operator: a stray Enter would act on whoever
    // came first. With a placeholder, customers found later do not select
    // the first one either.
    m_list->setPlaceholderText(tr("Choose the customer…"));
    m_list->setModel(customers);
    m_list->setCurrentIndex(-1);
    m_list->setMinimumContentsLength(28);
    m_list->setAccessibleName(tr("Customers found"));
    m_more->setText(tr("More match: type more to narrow the list."));
    m_more->setVisible(false);
    // A picker opened again starts from the first page, not the last search.
    customers->setSearch(QString());

    // A search per pause in typing, not per key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    // Until the store answers, the list shows the last answer: it is
    // disabled, so that a quick Down and Enter cannot choose from it.
    connect(m_search, &QLineEdit::textChanged, this, [this, typing] {
        typing->start();
        if (m_search->text().trimmed() != m_customers->search()) {
            m_list->setCurrentIndex(-1);
            m_list->setEnabled(false);
        }
    });
    connect(typing, &QTimer::timeout, this, [this] { m_customers->setSearch(m_search->text()); });
    // Enter: search now, then on to the list of what was found.
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        if (m_search->text().trimmed() == m_customers->search() && m_list->isEnabled()) {
            m_list->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_focusListWhenFound = true;
        m_customers->setSearch(m_search->text());
    });
    connect(m_customers, &CustomerListModel::loaded, this, [this] {
        m_list->setCurrentIndex(-1);
        m_more->setVisible(m_customers->isTruncated());
        // Only the answer to what the field says now.
        if (m_search->text().trimmed() == m_customers->search()) {
            m_list->setEnabled(true);
            if (m_focusListWhenFound)
                m_list->setFocus(Qt::OtherFocusReason);
            m_focusListWhenFound = false;
        }
        emit customerChanged();
    });
    connect(m_list, &QComboBox::currentIndexChanged, this, &CustomerPicker::customerChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_more);
    setFocusProxy(m_search);
}

qint64 CustomerPicker::customerId() const
{
    return m_list->currentIndex() < 0 || !m_list->isEnabled() ? 0 : m_list->currentData(CustomerListModel::CustomerIdRole).toLongLong();
}

QString CustomerPicker::customerText() const
{
    return m_list->currentIndex() < 0 || !m_list->isEnabled() ? QString() : m_list->currentText();
}
