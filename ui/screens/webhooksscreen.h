#pragma once
// Webhooks: the back office's deliveries of signed notices to the exchange's
// web app, newest first, by state (not getting through, failing, failed,
// all). An admin sends the selected failed or failing delivery, or every
// failed one, again after a confirmation that says what goes where, with a
// current code; the core authorises and audits it (WebhookService). Other
// roles see the buttons disabled, with the reason.

#include <QWidget>

#include <functional>

class MessageBar;
class OperatorSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class SortFilterProxy;
class WebhookDeliveriesModel;

class WebhooksScreen final : public QWidget
{
    Q_OBJECT
public:
    WebhooksScreen(WebhookDeliveriesModel *model, OperatorSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *showCombo() const { return m_show; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *retryAllButton() const { return m_retryAll; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *summaryLabel() const { return m_summary; }

    // Asks to confirm, then retries the selected delivery (when allowed).
    void retrySelected();
    void retryAllFailed();

private:
    void updateActions();
    void showSummary();
    bool mayRetry() const;
    void confirm(const QString &title, const QString &text, const QString &yes, std::function<void()> onYes);

    WebhookDeliveriesModel *m_model;
    OperatorSession *m_session;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QComboBox *m_show;
    QLineEdit *m_filter;
    QPushButton *m_retry;
    QPushButton *m_retryAll;
    QLabel *m_summary;
    QLabel *m_count;
    MessageBar *m_messages;
};
