#pragma once
// TokenReadinessPanel: the Wallets screen's tab that shows which exchange
// wallets cannot receive a token yet (the Stellar trustline or Algorand
// opt-in missing) and how many Algorand deposit addresses wait for their
// opt-in, and lets an admin prepare them: hot signed from the key vault and
// sent, warm and cold exported for offline signing. Each action is said in
// a confirmation first, then confirmed with a code (TokenReadinessModel).
// It reads the chains when first shown and when asked again.

#include <QWidget>

class MessageBar;
class OperatorSession;
class QLabel;
class QPushButton;
class QTableView;
class TokenReadinessModel;

class TokenReadinessPanel final : public QWidget
{
    Q_OBJECT
public:
    TokenReadinessPanel(TokenReadinessModel *model, OperatorSession *session, QWidget *parent = nullptr);

    TokenReadinessModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLine() const { return m_summary; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *establishButton() const { return m_establish; }
    QPushButton *exportButton() const { return m_export; }
    MessageBar *messageBar() const { return m_messages; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    int currentSourceRow() const;
    void updateControls();
    void showSummary();
    void establish();
    void chooseExportFile();

    TokenReadinessModel *m_model;
    OperatorSession *m_session;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QPushButton *m_establish;
    QPushButton *m_export;
    MessageBar *m_messages;
    bool m_readOnce = false;
};
