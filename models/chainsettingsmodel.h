#pragma once
// ChainSettingsModel: how the exchange reaches each chain (node URL, the
// Algorand indexer, confirmations, network) and the limits of the fee
// wallets of Ethereum and Algorand (max balance, low-balance alert, in the
// chain's coin), as a table of three rows. Edits
// are drafts, checked at once (a bad cell says why under ProblemRole), and
// written together by saveChanges() on the core thread through the operator
// session, so they are authorised and audited; with a problem in any draft
// nothing is sent. Changes made elsewhere (exctl chain set) arrive through
// the change notifier; drafts of other cells survive them.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/wallets/chainsettings.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace exchange {
class ChangeNotifier;
class CoreRuntime;
namespace wallets { class WalletService; }
}

class OperatorSession;

class ChainSettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChainName, NodeUrl, IndexerUrl, Confirmations, Network, FeeWalletMax, FeeWalletLow, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // the cell's text as stored or drafted (confirmations as int when valid)
        ProblemRole,                 // QString: why the drafted text cannot be saved; empty when it can
        ModifiedRole,                // bool: the cell holds an unsaved draft
        HintRole,                    // QString: one line on what the cell is for, with an example
        ChainRole,                   // int: exchange::Chain of the row
    };

    ChainSettingsModel(exchange::CoreRuntime &runtime, exchange::wallets::WalletService &service,
                       exchange::ChangeNotifier *notifier, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChainSettingsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Stores a draft, valid or not; an invalid one is shown with its problem
    // and blocks saveChanges(). Refused (false) for cells that are not editable.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Who saves: saving asks that operator for a current two-factor code
    // first. Signing out discards the drafts. Without a session nothing is
    // editable.
    void setOperatorSession(OperatorSession *session);
    // The signed-in operator's role allows changing settings. A courtesy for
    // the view; the core checks again when saving.
    bool mayEdit() const;

    void reload();
    bool isLoaded() const { return m_loaded; }
    bool hasChanges() const;
    bool hasProblems() const;
    bool isSaving() const { return m_saving; }
    // The problems among the drafts, in row and column order.
    QStringList problems() const;
    QString firstProblem() const;

    // Writes every row with drafts, after one two-factor code.
    void saveChanges();
    // Drops every draft. (Not QAbstractItemModel::revert(): views call that
    // when an editor is closed with Escape.)
    void discardChanges();

    // Whether the field means anything for the chain (the indexer is
    // Algorand's only; the network is Stellar's passphrase or Ethereum's
    // chain id; Stellar has no fee wallet).
    static bool applies(exchange::Chain chain, int column);
    // Empty when text can be saved in that cell; otherwise why not, in plain words.
    static QString problemWith(exchange::Chain chain, int column, const QString &text);
    static QString fieldTitle(exchange::Chain chain, int column);
    static QString hint(exchange::Chain chain, int column);
    static QString headerTitle(int column);

signals:
    void loaded();
    void loadFailed(const QString &message);
    // Drafts, problems, saving or the operator's rights changed: views
    // update their buttons.
    void stateChanged();
    void editRefused(const QString &message);
    void saved(const QString &message);
    void saveFailed(const QString &message);

private:
    struct Row {
        exchange::wallets::ChainSettings stored;
        QHash<int, QString> drafts; // column -> text typed, only where it differs from stored
    };
    struct SaveOutcome {
        std::vector<exchange::wallets::ChainSettings> saved;
        std::optional<exchange::Error> failure;
        exchange::Chain failedChain = exchange::Chain::Stellar;
    };

    static QString storedText(const exchange::wallets::ChainSettings &settings, int column);
    // Whether text in column says what is stored: the same text, or for a
    // fee wallet limit the same amount ("1.5" where "1.5000" is shown).
    static bool sameAsStored(const exchange::wallets::ChainSettings &settings, int column, const QString &text);
    QString cellText(const Row &row, int column) const;
    QString cellProblem(const Row &row, int column) const;
    // A fee wallet limit as the cell says: nullopt when it does not parse;
    // the inner nullopt is "none".
    static std::optional<std::optional<exchange::Amount>> limitValue(exchange::Chain chain, const QString &text);
    exchange::wallets::ChainSettings draftSettings(const Row &row) const;
    void applyStored(const exchange::wallets::ChainSettings &settings);
    void refreshChain(exchange::Chain chain);
    void finishSave(exchange::Result<SaveOutcome> result);
    int rowOf(exchange::Chain chain) const;
    void emitRowChanged(int row);
    void emitAllChanged();

    exchange::CoreRuntime &m_runtime;
    exchange::wallets::WalletService &m_service;
    OperatorSession *m_session = nullptr;
    std::vector<Row> m_rows;
    std::array<int, 3> m_rowByChain{-1, -1, -1};
    bool m_loaded = false;
    bool m_saving = false;
};
