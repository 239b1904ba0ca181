#pragma once
// Audit log: every operator action and automatic money movement, newest
// first, filtered by who, what and since when, with a banner that says
// whether the tamper-evident chain verifies (and names the first bad record
// if not).

#include <QWidget>

class AuditLogModel;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SortFilterProxy;

class AuditScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditScreen(AuditLogModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *actorFilter() const { return m_actor; }
    QComboBox *actionFilter() const { return m_action; }
    QCheckBox *sinceEnabled() const { return m_sinceEnabled; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *chainLabel() const { return m_chain; }

private:
    void applyFilter();
    void showChain();

    AuditLogModel *m_model;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QCheckBox *m_sinceEnabled;
    QDateTimeEdit *m_since;
    QPushButton *m_apply;
    QPushButton *m_verify;
    QLabel *m_chain;
    QLabel *m_count;
};
