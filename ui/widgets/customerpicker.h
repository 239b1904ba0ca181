#pragma once
// CustomerPicker: a search field over the store's customers (by internal
// id, external id, name or email; CustomerListModel) and the list of those
// found. Never chooses a customer by itself: the list starts, and after
// every search stays, with nobody chosen until the operator picks one; it
// is disabled while a search is on its way. Keyboard: type, Enter (to the
// list, once found), Down to the first found, Enter.

#include <QWidget>

class CustomerListModel;
class QComboBox;
class QLabel;
class QLineEdit;

class CustomerPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPicker(CustomerListModel *customers, QWidget *parent = nullptr);

    // 0 while nobody is chosen.
    qint64 customerId() const;
    QString customerText() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *list() const { return m_list; }

signals:
    void customerChanged();

private:
    CustomerListModel *m_customers;
    QLineEdit *m_search;
    QComboBox *m_list;
    QLabel *m_more;
    bool m_focusListWhenFound = false;
};
