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
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_customers->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        m_customers->setSearch(m_search->text());
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_customers, &CustomerListModel::loaded, this, [this] {
        m_list->setCurrentIndex(-1);
        m_more->setVisible(m_customers->isTruncated());
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
    return m_list->currentIndex() < 0 ? 0 : m_list->currentData(CustomerListModel::CustomerIdRole).toLongLong();
}

QString CustomerPicker::customerText() const
{
    return m_list->currentIndex() < 0 ? QString() : m_list->currentText();
}
