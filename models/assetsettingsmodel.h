#pragma once
// AssetSettingsModel: the assets and their settings as a table, edited in
// place as pending changes. Typed text is kept exactly as typed; a cell that
// cannot be saved says why (ProblemRole: not an amount for the asset, or an
// error of AssetSettingsRules against the row's other values), a warning
// says what the change means (WarningRole). applyChanges() sends every
// pending change of every asset together, after one two-factor code, and
// refuses while any cell has a problem; a refused code or a refusal of the
// store leaves every pending change in place. Changes made elsewhere arrive
// through the change notifier; pending changes survive them, and their
// warnings follow the wallets' balances as the ledger moves.
//
// The four-eyes amount (above it a withdrawal needs two different
// approvers) is edited in the same table, kept with the withdrawals
// (WithdrawalService::setTwoApproversAbove, audited as withdrawal.settings):
// an amount, or empty / "none" for one approver at every amount. It is
// applied with the other changes after the same code, once they are saved.
//
// The Signed column says whether the stored settings are those an admin
// signed with their key (SignedSettings: signed, not signed, or differs
// when the rows were changed without a signature), its tooltip who signed
// them and when, or what differs.

#include "core/store/assetsettings.h"
#include "core/security/signedsettings.h"
#include "core/settings/assetsettingsrules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <map>
#include <vector>

namespace exchange {
class AssetSettingsService;
class ChangeNotifier;
class CoreRuntime;
class Database;
namespace security {
class AuditedSettings;
}
namespace withdrawals {
class WithdrawalService;
}
}

class OperatorSession;

class AssetSettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Chain,
        Signed, // whether the stored settings are the ones an admin signed
        MinDeposit,
        MinCollection,
        WithdrawFee,
        Limit24h,
        Limit72h,
        HotMax,
        WarmMax,
        FourEyes,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // AssetAmount, code or timestamp: what sorting uses
        PendingRole,                 // bool: the cell holds a change not applied yet
        DecimalsRole,                // the row's asset decimals, for editors
        AssetCodeRole,
        ProblemRole, // QString: why the pending text cannot be applied; empty when it can
        WarningRole, // QString: what applying it means that the operator should know; may be empty
    };

    // service reads the settings; changes applies them (authorised and
    // audited), both on the runtime's thread.
    AssetSettingsModel(exchange::CoreRuntime &runtime, exchange::AssetSettingsService &service,
                       exchange::security::AuditedSettings &changes, exchange::ChangeNotifier *notifier,
                       QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AssetSettingsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Keeps the text as typed, valid or not (an invalid one shows its
    // problem and blocks applyChanges()); text that means the stored value
    // is no change. Refused (false) for cells that are not settings and
    // while applying.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Who applies changes: applying asks that operator for a current
    // two-factor code first. Signing out discards the pending changes.
    void setOperatorSession(OperatorSession *session);
    // Where the four-eyes amount is saved; without it the column is read-only.
    void setWithdrawals(exchange::withdrawals::WithdrawalService *withdrawals);
    // Where the Signed column reads the signatures (on the runtime's
    // thread); without it the column stays empty. Reads every asset again.
    void setSignatures(exchange::Database *database);

    // Reads every asset again.
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool hasChanges() const { return !m_drafts.empty(); }
    int pendingCount() const { return static_cast<int>(m_drafts.size()); }
    bool hasProblems() const { return !problems().isEmpty(); }
    bool isApplying() const { return m_applying; }
    // Every problem and every warning among the pending changes, one
    // sentence each, naming the asset; in row and column order.
    QStringList problems() const;
    QStringList warnings() const;
    // One line per pending change: "XLM min deposit: 1 → 2.5".
    QStringList changeLines() const;

    // Applies every pending change, of every asset, after one code.
    void applyChanges();
    // Drops every pending change. (Not QAbstractItemModel::revert(): views
    // call that when an editor is closed with Escape.)
    void discardChanges();

    static std::optional<exchange::AssetSetting> settingOf(int column);
    static int columnOf(exchange::AssetSetting setting);
    static QString chainTitle(exchange::Chain chain);
    // Empty when text is an amount the asset can take; otherwise why not.
    static QString amountProblem(const QString &text, int decimals);
    // The same for the four-eyes cell, which also takes empty or "none".
    static QString fourEyesProblem(const QString &text, int decimals);
    // What text in the four-eyes cell means: an amount, or nothing (none);
    // empty optional-of-optional when it means neither.
    static std::optional<std::optional<exchange::Amount>> fourEyesValue(const QString &text, int decimals);

signals:
    void loaded();
    void loadFailed(const QString &message);
    // Pending changes, problems, applying or the session changed: views
    // update their buttons.
    void stateChanged();
    void editRefused(const QString &message);
    void saved(const QString &message);
    void saveFailed(const QString &message);

private:
    struct Loaded {
        std::vector<exchange::AssetRecord> records;
        std::map<std::string, exchange::SettingFacts> facts;
        std::map<std::string, exchange::security::SignedSettings::Comparison> signing;
    };
    using DraftKey = std::pair<QString, int>; // asset code, column

    void applyLoaded(Loaded loaded);
    void applyRecord(const exchange::AssetRecord &record);
    void refreshAsset(const QString &code);
    // Reads the rules' facts (wallet balances, four-eyes amounts) again,
    // while changes are pending: their warnings follow the ledger.
    void refreshFacts();
    void finishApply(exchange::Result<std::vector<exchange::AssetRecord>> result, int sent);
    int rowOf(const QString &code) const;
    const QString *draftOf(const QString &code, int column) const;
    // The row's settings with every pending change that is an amount.
    exchange::AssetSettings proposed(const exchange::AssetRecord &record) const;
    std::vector<exchange::SettingProblem> ruleProblems(const exchange::AssetRecord &record) const;
    // The four-eyes amount stored now (from the facts), and with the draft.
    std::optional<exchange::Amount> storedFourEyes(const exchange::AssetRecord &record) const;
    QString fourEyesText(std::optional<exchange::Amount> amount, const exchange::AssetRecord &record) const;
    const exchange::security::SignedSettings::Comparison *signingOf(const exchange::AssetRecord &record) const;
    QVariant signedData(const exchange::AssetRecord &record, int role) const;
    // "24h limit: 10,000.00, signed 100.00", one line per setting that differs.
    QStringList signedDifferences(const exchange::AssetRecord &record) const;
    static bool isEditableColumn(int column);
    QString cellProblem(const exchange::AssetRecord &record, int column) const;
    QString cellWarning(const exchange::AssetRecord &record, int column) const;
    QString columnTitle(int column) const;
    // A column's title on one line, and its header data but for the
    // display text, which headerData() puts on two lines when long.
    QString title(int section) const;
    QVariant titleData(int section, int role) const;
    void emitAllChanged();

    exchange::CoreRuntime &m_runtime;
    exchange::AssetSettingsService &m_service;
    exchange::security::AuditedSettings &m_changes;
    exchange::withdrawals::WithdrawalService *m_withdrawals = nullptr;
    exchange::Database *m_signatures = nullptr;
    OperatorSession *m_session = nullptr;
    std::vector<exchange::AssetRecord> m_rows;
    QHash<QString, int> m_rowByCode;
    std::map<std::string, exchange::SettingFacts> m_facts;
    std::map<std::string, exchange::security::SignedSettings::Comparison> m_signing;
    // Text typed but not applied yet, exactly as typed.
    std::map<DraftKey, QString> m_drafts;
    bool m_applying = false;
    bool m_factsQueued = false;
    bool m_loaded = false;
};
