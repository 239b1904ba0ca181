#pragma once
// The Chains part of the Settings screen: node URLs, the Algorand indexer,
// confirmations and network of each chain, edited as drafts that are checked
// while typed and saved or reverted together. Viewers and other non-admins
// see it read-only. Under the table, once given a StellarMemoRequiredStatus:
// whether the Stellar base account requires a memo (SEP-29).

#include <QGroupBox>

class ChainSettingsModel;
class CheckedTextDelegate;
class MessageBar;
class StellarMemoRequiredStatus;
class QLabel;
class QPushButton;
class QTableView;

class ChainSettingsPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChainSettingsPanel(ChainSettingsModel *model, QWidget *parent = nullptr);

    ChainSettingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *readOnlyNote() const { return m_readOnly; }
    // Shows the status, asked of Horizon when the panel is first shown (and
    // again with the button, or after chain settings are saved).
    void setMemoRequiredStatus(StellarMemoRequiredStatus *status);
    QLabel *memoRequiredLabel() const { return m_memoRequired; }
    QPushButton *memoRequiredCheckButton() const { return m_memoCheck; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateControls();
    void showHint(const QString &problem = {});
    void fitTableHeight();
    void showMemoRequired();

    ChainSettingsModel *m_model;
    QTableView *m_table;
    CheckedTextDelegate *m_delegate;
    MessageBar *m_messages;
    QLabel *m_readOnly;
    QLabel *m_hint;
    QPushButton *m_revert;
    QPushButton *m_save;
    QString m_shownProblem;
    StellarMemoRequiredStatus *m_memoStatus = nullptr;
    QLabel *m_memoRequired = nullptr;
    QPushButton *m_memoCheck = nullptr;
    bool m_memoAsked = false;
};
