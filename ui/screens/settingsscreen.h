#pragma once
// Settings: per asset, min deposit, min collection, withdrawal fee, the
// 24h/72h limits and the hot and warm max balances, edited in place as
// pending changes (what is typed stays as typed; a cell that cannot be
// applied is red and says why, under the table too) and applied together
// after one two-factor code, or discarded; below them, how the exchange
// reaches each chain (ChainSettingsPanel). An admin adds a token of a
// chain as an asset with "Add asset…" (AddAssetDialog).

#include <QWidget>

class AssetAdder;
class AssetSettingsModel;
class OperatorSession;
class ChainSettingsModel;
class ChainSettingsPanel;
class MessageBar;
class NewDestinationReviewModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SortFilterProxy;

class SettingsScreen final : public QWidget
{
    Q_OBJECT
public:
    SettingsScreen(AssetSettingsModel *model, ChainSettingsModel *chains, QWidget *parent = nullptr);
    // With a table of each asset's review of new destinations under the
    // amounts (none without a model).
    void setNewDestinationReview(NewDestinationReviewModel *review);
    QTableView *newDestinationTable() const { return m_newDestinations; }
    // With "Add asset…" beside Reload, enabled for admins.
    void setAssetAdder(AssetAdder *adder, OperatorSession *session);
    QPushButton *addAssetButton() const { return m_addAsset; }

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }
    AssetSettingsModel *model() const { return m_model; }
    ChainSettingsPanel *chainPanel() const { return m_chains; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *discardButton() const { return m_discard; }
    // Under the table: what cannot be applied (red) and what to know (warnings).
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *warningsLabel() const { return m_warnings; }
    QLabel *pendingLabel() const { return m_pending; }

private:
    void updateControls();

    AssetSettingsModel *m_model;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QTableView *m_newDestinations = nullptr;
    QLineEdit *m_filter;
    MessageBar *m_messages;
    QLabel *m_pending;
    QLabel *m_identity; // the current row's asset: coin, or which token
    QLabel *m_problems;
    QLabel *m_warnings;
    QPushButton *m_discard;
    QPushButton *m_apply;
    ChainSettingsPanel *m_chains;
    QHBoxLayout *m_toolbar = nullptr;
    QPushButton *m_addAsset = nullptr;
    AssetAdder *m_adder = nullptr;
    OperatorSession *m_session = nullptr;
};
