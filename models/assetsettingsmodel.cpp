#include "assetsettingsmodel.h"

#include "assetidentitytext.h"

#include <cstdlib>

#include "amounttext.h"
#include "cellstyle.h"
#include "coretext.h"
#include "displayformat.h"
#include "operatorsession.h"
#include "settingproblemtext.h"
#include "tone.h"
#include "core/money/assetamount.h"
#include "core/base/changenotifier.h"
#include "core/runtime/coreruntime.h"
#include "core/security/auditedsettings.h"
#include "core/settings/assetsettingsservice.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalservice.h"

#include <QDateTime>
#include <QFont>
#include <QTimer>

using exchange::AssetRecord;
using exchange::AssetSetting;

AssetSettingsModel::AssetSettingsModel(exchange::CoreRuntime &runtime, exchange::AssetSettingsService &service,
                                       exchange::security::AuditedSettings &changes, exchange::ChangeNotifier *notifier,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_runtime(runtime), m_service(service), m_changes(changes)
{
    if (notifier) {
        connect(notifier, &exchange::ChangeNotifier::changed, this,
                [this](exchange::ChangeNotifier::Topic topic, const QString &key) {
                    if (topic == exchange::ChangeNotifier::Topic::Asset) {
                        refreshAsset(key);
                    } else if (topic == exchange::ChangeNotifier::Topic::Ledger && hasChanges() && !m_factsQueued) {
                        // Deposits move the ledger many times a second: one read after a burst.
                        m_factsQueued = true;
                        QTimer::singleShot(250, this, &AssetSettingsModel::refreshFacts);
                    }
                });
    }
    reload();
}

void AssetSettingsModel::setOperatorSession(OperatorSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // What one operator typed is not left for the next one to apply.
        connect(m_session, &OperatorSession::signedOut, this, &AssetSettingsModel::discardChanges);
    }
    emit stateChanged();
}

void AssetSettingsModel::setSignatures(exchange::Database *database)
{
    m_signatures = database;
    reload();
}

namespace {

// Whether each asset's rows are what an admin signed; empty without a
// database or when the signatures cannot be read (the Signed cell stays
// empty, the rest of the row is shown).
std::map<std::string, exchange::security::SignedSettings::Comparison> readSigning(exchange::Database *database,
                                                                                 const std::vector<AssetRecord> &rows)
{
    if (!database)
        return {};
    auto signing = exchange::security::SignedSettings::compareAll(database->connection(), database->dialect(), rows);
    return signing ? std::move(signing).value() : std::map<std::string, exchange::security::SignedSettings::Comparison>{};
}

} // namespace

void AssetSettingsModel::setWithdrawals(exchange::withdrawals::WithdrawalService *withdrawals)
{
    m_withdrawals = withdrawals;
    emitAllChanged();
}

QString AssetSettingsModel::chainTitle(exchange::Chain chain)
{
    switch (chain) {
    case exchange::Chain::Stellar: return tr("Stellar");
    case exchange::Chain::Ethereum: return tr("Ethereum");
    case exchange::Chain::Algorand: return tr("Algorand");
    }
    return {};
}

std::optional<AssetSetting> AssetSettingsModel::settingOf(int column)
{
    switch (static_cast<Column>(column)) {
    case MinDeposit: return AssetSetting::MinDeposit;
    case MinCollection: return AssetSetting::MinCollection;
    case WithdrawFee: return AssetSetting::WithdrawFee;
    case Limit24h: return AssetSetting::Limit24h;
    case Limit72h: return AssetSetting::Limit72h;
    case HotMax: return AssetSetting::HotMax;
    case WarmMax: return AssetSetting::WarmMax;
    case Code:
    case Chain:
    case FourEyes:
    case Updated:
    case Signed:
    case ColumnCount: return std::nullopt;
    }
    return std::nullopt;
}

bool AssetSettingsModel::isEditableColumn(int column)
{
    return settingOf(column).has_value() || column == FourEyes;
}

std::optional<std::optional<exchange::Amount>> AssetSettingsModel::fourEyesValue(const QString &text, int decimals)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"none", Qt::CaseInsensitive) == 0
        || trimmed.compare(tr("none"), Qt::CaseInsensitive) == 0)
        return std::optional<exchange::Amount>();
    auto parsed = exchange::Amount::tryParse(trimmed.toStdString(), decimals);
    if (const auto *amount = std::get_if<exchange::Amount>(&parsed); amount && !amount->isNegative())
        return std::optional<exchange::Amount>(*amount);
    return std::nullopt;
}

QString AssetSettingsModel::fourEyesProblem(const QString &text, int decimals)
{
    if (fourEyesValue(text, decimals))
        return {};
    if (QString why = amountProblem(text.trimmed(), decimals); !why.isEmpty())
        return why;
    return tr("The four-eyes amount cannot be negative.");
}

std::optional<exchange::Amount> AssetSettingsModel::storedFourEyes(const AssetRecord &record) const
{
    const auto facts = m_facts.find(record.asset.code);
    return facts == m_facts.end() ? std::nullopt : facts->second.twoApproversAbove;
}

QString AssetSettingsModel::fourEyesText(std::optional<exchange::Amount> amount, const AssetRecord &record) const
{
    //: The four-eyes cell when one approver suffices for every amount
    return amount ? displayformat::fullAmountText(*amount, record.asset) : tr("none");
}

const exchange::security::SignedSettings::Comparison *AssetSettingsModel::signingOf(const AssetRecord &record) const
{
    const auto found = m_signing.find(record.asset.code);
    return found == m_signing.end() ? nullptr : &found->second;
}

QStringList AssetSettingsModel::signedDifferences(const AssetRecord &record) const
{
    QStringList lines;
    const auto *signing = signingOf(record);
    if (!signing || !signing->signedSettings)
        return lines;
    // Compared here with the row as shown (it may be newer than the answer).
    const exchange::security::MoneySettings &signedSettings = signing->signedSettings->settings;
    for (AssetSetting setting : exchange::kAllAssetSettings) {
        const exchange::Amount stored = record.settings.get(setting);
        const exchange::Amount signedValue = signedSettings.amounts.get(setting);
        if (stored != signedValue)
            //: %1 the setting (a column title), %2 the value stored now, %3 the value an admin signed
            lines << tr("%1: %2, signed %3")
                         .arg(columnTitle(columnOf(setting)), displayformat::fullAmountText(stored, record.asset),
                              displayformat::fullAmountText(signedValue, record.asset));
    }
    const std::optional<exchange::Amount> storedFour = storedFourEyes(record);
    if (storedFour != signedSettings.twoApproversAbove)
        lines << tr("%1: %2, signed %3")
                     .arg(columnTitle(FourEyes), fourEyesText(storedFour, record),
                          fourEyesText(signedSettings.twoApproversAbove, record));
    return lines;
}

QVariant AssetSettingsModel::signedData(const AssetRecord &record, int role) const
{
    using Match = exchange::security::SignedSettings::Match;
    const auto *signing = signingOf(record);
    if (!signing) // not read (yet): nothing to say
        return role == RawValueRole ? QVariant(-1) : QVariant();
    const QStringList differences = signedDifferences(record);
    const Match match = !signing->signedSettings ? Match::Unsigned : differences.isEmpty() ? Match::Matches : Match::Differs;
    switch (role) {
    case Qt::DisplayRole:
        switch (match) {
        //: Signed column: the stored settings are the ones an admin signed
        case Match::Matches: return tr("yes");
        //: Signed column: no admin has signed this asset's settings
        case Match::Unsigned: return tr("no");
        //: Signed column: the stored settings are not the ones an admin signed
        case Match::Differs: return tr("differs");
        }
        return {};
    case RawValueRole: return static_cast<int>(match);
    case AssetCodeRole: return QString::fromStdString(record.asset.code);
    case Qt::ForegroundRole:
        if (match == Match::Differs)
            return tone::brush(tone::Tone::Attention);
        if (match == Match::Unsigned)
            return tone::brush(tone::Tone::Muted);
        return {};
    case Qt::ToolTipRole: {
        if (match == Match::Unsigned)
            return tr("No admin has signed these settings yet: the next change an admin confirms with their code signs "
                      "them.");
        const QString signer = QString::fromStdString(signing->signedSettings->signer);
        const QString at = displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(signing->signedSettings->signedAtMs));
        //: %1 the admin's user name, %2 date and time
        if (match == Match::Matches)
            return tr("Signed by %1 on %2.").arg(signer, at);
        //: %1 the admin's user name, %2 date and time, %3 one line per setting that differs
        return tr("Changed without a signature: the stored settings differ from those %1 signed on %2.\n%3\nThe "
                  "payout signer goes by the signed settings.")
            .arg(signer, at, differences.join(u'\n'));
    }
    default: return {};
    }
}

int AssetSettingsModel::columnOf(AssetSetting setting)
{
    switch (setting) {
    case AssetSetting::MinDeposit: return MinDeposit;
    case AssetSetting::MinCollection: return MinCollection;
    case AssetSetting::WithdrawFee: return WithdrawFee;
    case AssetSetting::Limit24h: return Limit24h;
    case AssetSetting::Limit72h: return Limit72h;
    case AssetSetting::HotMax: return HotMax;
    case AssetSetting::WarmMax: return WarmMax;
    }
    return -1;
}

QString AssetSettingsModel::amountProblem(const QString &text, int decimals)
{
    auto parsed = exchange::Amount::tryParse(text.toStdString(), decimals);
    if (const auto *error = std::get_if<exchange::Amount::ParseError>(&parsed))
        return AmountText::describe(*error, decimals);
    return {};
}

int AssetSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssetSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QString *AssetSettingsModel::draftOf(const QString &code, int column) const
{
    const auto found = m_drafts.find({code, column});
    return found == m_drafts.end() ? nullptr : &found->second;
}

exchange::AssetSettings AssetSettingsModel::proposed(const AssetRecord &record) const
{
    exchange::AssetSettings settings = record.settings;
    const QString code = QString::fromStdString(record.asset.code);
    for (AssetSetting setting : exchange::kAllAssetSettings) {
        if (const QString *text = draftOf(code, columnOf(setting))) {
            auto parsed = exchange::Amount::tryParse(text->toStdString(), record.asset.decimals);
            if (const auto *amount = std::get_if<exchange::Amount>(&parsed))
                settings.set(setting, *amount);
        }
    }
    return settings;
}

std::vector<exchange::SettingProblem> AssetSettingsModel::ruleProblems(const AssetRecord &record) const
{
    const auto found = m_facts.find(record.asset.code);
    exchange::SettingFacts facts = found == m_facts.end() ? exchange::SettingFacts{} : found->second;
    // A four-eyes amount being typed counts as the one the rules compare.
    if (const QString *draft = draftOf(QString::fromStdString(record.asset.code), FourEyes)) {
        if (const auto value = fourEyesValue(*draft, record.asset.decimals))
            facts.twoApproversAbove = *value;
    }
    return exchange::AssetSettingsRules::check(record.settings, proposed(record), facts);
}

QString AssetSettingsModel::cellProblem(const AssetRecord &record, int column) const
{
    // Only pending cells can be wrong: the store refuses what breaks a rule.
    const QString *text = draftOf(QString::fromStdString(record.asset.code), column);
    if (!text)
        return {};
    if (column == FourEyes)
        return fourEyesProblem(*text, record.asset.decimals);
    if (QString why = amountProblem(*text, record.asset.decimals); !why.isEmpty())
        return why;
    for (const exchange::SettingProblem &problem : ruleProblems(record)) {
        if (problem.severity() == exchange::RuleSeverity::Error && columnOf(problem.setting) == column)
            return SettingProblemText::describe(problem, record.asset);
    }
    return {};
}

QString AssetSettingsModel::cellWarning(const AssetRecord &record, int column) const
{
    const QString *draft = draftOf(QString::fromStdString(record.asset.code), column);
    if (!draft)
        return {};
    if (column == FourEyes) {
        // Above the 24h limit, withdrawals between the two wait for one approver.
        const auto value = fourEyesValue(*draft, record.asset.decimals);
        const exchange::Amount limit = proposed(record).limit24h;
        if (value && *value && **value > limit)
            return SettingProblemText::describe(
                {exchange::SettingRule::FourEyesAboveLimit24h, AssetSetting::Limit24h, **value, limit}, record.asset);
        return {};
    }
    QStringList found;
    for (const exchange::SettingProblem &problem : ruleProblems(record)) {
        if (problem.severity() == exchange::RuleSeverity::Warning && columnOf(problem.setting) == column)
            found << SettingProblemText::describe(problem, record.asset);
    }
    return found.join(u'\n');
}

QString AssetSettingsModel::columnTitle(int column) const
{
    return title(column);
}

QVariant AssetSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRecord &record = m_rows.at(static_cast<size_t>(index.row()));
    const QString code = QString::fromStdString(record.asset.code);
    const auto setting = settingOf(index.column());
    const bool fourEyes = index.column() == FourEyes;
    const bool editable = setting.has_value() || fourEyes;
    const QString *draft = editable ? draftOf(code, index.column()) : nullptr;
    const exchange::Amount stored = setting ? record.settings.get(*setting) : exchange::Amount();
    const std::optional<exchange::Amount> storedFour = fourEyes ? storedFourEyes(record) : std::nullopt;

    if (index.column() == Signed)
        return signedData(record, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Code: return code;
        case Chain: return chainTitle(record.asset.chain);
        case Updated:
            return record.updatedAtMs == 0
                ? tr("never")
                : displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(record.updatedAtMs));
        case MinDeposit:
        case MinCollection:
        case WithdrawFee:
        case Limit24h:
        case Limit72h:
        case HotMax:
        case WarmMax:
            // What was typed, exactly: never a corrected or shortened value;
            // a stored one with every digit, as it will be saved.
            return draft ? *draft : displayformat::fullAmountText(stored, record.asset);
        case FourEyes: return draft ? *draft : fourEyesText(storedFour, record);
        case Signed:
        case ColumnCount: break;
        }
        return {};
    case Qt::EditRole:
        if (draft)
            return *draft;
        if (setting)
            return QString::fromStdString(stored.format(record.asset.decimals));
        if (fourEyes)
            return storedFour ? QString::fromStdString(storedFour->format(record.asset.decimals)) : QStringLiteral("none");
        return {};
    case RawValueRole:
        if (setting)
            return QVariant::fromValue(exchange::AssetAmount{proposed(record).get(*setting), record.asset.decimals});
        if (fourEyes) // none sorts above every amount: it never asks for a second approver
            return storedFour ? QVariant::fromValue(exchange::AssetAmount{*storedFour, record.asset.decimals})
                              : QVariant::fromValue(exchange::AssetAmount{exchange::Amount::fromBaseUnits(-1), record.asset.decimals});
        if (index.column() == Updated)
            return QVariant::fromValue(static_cast<qint64>(record.updatedAtMs));
        return data(index, Qt::DisplayRole);
    case displayformat::ExactTextRole:
        if (setting)
            return draft ? *draft : displayformat::exactAmountText(stored, record.asset);
        if (fourEyes)
            return draft ? *draft : (storedFour ? displayformat::exactAmountText(*storedFour, record.asset) : tr("none"));
        return {};
    case PendingRole: return draft != nullptr;
    case ProblemRole: return editable ? cellProblem(record, index.column()) : QString();
    case WarningRole: return editable ? cellWarning(record, index.column()) : QString();
    case DecimalsRole: return record.asset.decimals;
    case AssetCodeRole: return code;
    case Qt::TextAlignmentRole: return cellstyle::alignment(editable);
    case Qt::FontRole:
        if (editable) {
            QFont font = cellstyle::amountFont().value<QFont>();
            font.setItalic(draft != nullptr);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (!draft)
            return {};
        if (!cellProblem(record, index.column()).isEmpty())
            return tone::background(tone::Tone::Attention);
        return tone::background(tone::Tone::Waiting);
    case Qt::ForegroundRole:
        if (draft && !cellProblem(record, index.column()).isEmpty())
            return tone::brush(tone::Tone::Attention);
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == Code || index.column() == Chain)
            return AssetIdentityText::sentence(record.asset);
        if (!editable)
            return {};
        const QString storedText = fourEyes ? (storedFour ? QString::fromStdString(storedFour->format(record.asset.decimals))
                                                          : tr("none"))
                                            : QString::fromStdString(stored.format(record.asset.decimals));
        if (draft) {
            const QString problem = cellProblem(record, index.column());
            if (!problem.isEmpty())
                return problem;
            const QString warning = cellWarning(record, index.column());
            //: %1 the value stored now; the cell shows the new one, not applied yet
            const QString pending = m_applying ? tr("Applying…") : tr("Not applied yet; now %1.").arg(storedText);
            return warning.isEmpty() ? pending : warning + u'\n' + pending;
        }
        //: %1 the exact amount, %2 asset code, %3 its number of decimal places
        return tr("%1 %2 (%3 decimal places). Double-click or press F2 to change.")
            .arg(storedText, code)
            .arg(record.asset.decimals);
    }
    default: return {};
    }
}

namespace {

// A long title on two lines, broken at the space nearest its middle: the
// number columns are as wide as their numbers, not their titles, so every
// column fits a 1280-pixel screen.
QString onTwoLines(const QString &title)
{
    if (title.size() <= 10)
        return title;
    int best = -1;
    for (int i = 0; i < title.size(); ++i) {
        if (title.at(i) == u' ' && (best < 0 || std::abs(i - title.size() / 2) < std::abs(best - title.size() / 2)))
            best = i;
    }
    if (best < 0)
        return title;
    QString broken = title;
    broken[best] = u'\n';
    return broken;
}

} // namespace

QVariant AssetSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return onTwoLines(title(section));
    return titleData(section, role);
}

QString AssetSettingsModel::title(int section) const
{
    return titleData(section, Qt::DisplayRole).toString();
}

QVariant AssetSettingsModel::titleData(int section, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Code: return tr("Asset");
        case Chain: return tr("Chain");
        case MinDeposit: return tr("Min deposit");
        case MinCollection: return tr("Min collection");
        case WithdrawFee: return tr("Withdrawal fee");
        case Limit24h: return tr("24h limit");
        case Limit72h: return tr("72h limit");
        case HotMax: return tr("Hot max balance");
        case WarmMax: return tr("Warm max balance");
        case FourEyes: return tr("Four eyes above");
        case Updated: return tr("Last changed");
        //: Column: whether the stored settings are the ones an admin signed
        case Signed: return tr("Signed");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case MinDeposit: return tr("Deposits below this are recorded as ignored and not credited.");
        case MinCollection: return tr("Deposits from this amount on are collected into the hot, warm and cold wallets.");
        case WithdrawFee: return tr("Charged on every withdrawal, on top of the amount.");
        case Limit24h: return tr("A customer's withdrawals over 24 hours above this wait for an approver.");
        case Limit72h: return tr("A customer's withdrawals over 72 hours above this wait for an approver.");
        case HotMax: return tr("Collections fill the hot wallet up to this balance.");
        case WarmMax: return tr("Collections fill the warm wallet up to this balance; the rest goes to cold.");
        case FourEyes:
            return tr("Withdrawals above this need two different approvers, paid from hot or by hand; \"none\": one "
                      "approver for every amount.");
        case Signed:
            return tr("Whether the stored settings are the ones an admin signed with their key when changing them. "
                      "The payout signer goes by the signed settings.");
        case Code:
        case Chain:
        case Updated:
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && isEditableColumn(section))
        return cellstyle::alignment(true);
    return {};
}

Qt::ItemFlags AssetSettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_applying && (settingOf(index.column()) || (index.column() == FourEyes && m_withdrawals)))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssetSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto setting = settingOf(index.column());
    if (!setting && !(index.column() == FourEyes && m_withdrawals))
        return false;
    if (m_applying) {
        emit editRefused(tr("Wait until the pending changes are applied."));
        return false;
    }
    const AssetRecord &record = m_rows.at(static_cast<size_t>(index.row()));
    const QString code = QString::fromStdString(record.asset.code);
    const QString text = value.toString();
    auto parsed = exchange::Amount::tryParse(text.toStdString(), record.asset.decimals);
    const auto *amount = std::get_if<exchange::Amount>(&parsed);
    const auto fourEyes = setting ? std::nullopt : fourEyesValue(text, record.asset.decimals);
    const bool unchanged = setting ? (amount && *amount == record.settings.get(*setting))
                                   : (fourEyes && *fourEyes == storedFourEyes(record));
    if (unchanged)
        m_drafts.erase({code, index.column()}); // the value it has: no change
    else
        m_drafts[{code, index.column()}] = text;
    // A rule between two cells of the row may now hold or break.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit stateChanged();
    return true;
}

QStringList AssetSettingsModel::problems() const
{
    QStringList found;
    for (const AssetRecord &record : m_rows) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (!isEditableColumn(column))
                continue;
            const QString problem = cellProblem(record, column);
            if (problem.isEmpty())
                continue;
            //: %1 asset code, %2 setting name, %3 what is wrong (a full sentence)
            found << tr("%1 %2: %3").arg(QString::fromStdString(record.asset.code), columnTitle(column), problem);
        }
    }
    return found;
}

QStringList AssetSettingsModel::warnings() const
{
    QStringList found;
    for (const AssetRecord &record : m_rows) {
        for (const exchange::SettingProblem &problem : ruleProblems(record)) {
            if (problem.severity() == exchange::RuleSeverity::Warning)
                //: %1 asset code, %2 the warning (a full sentence)
                found << tr("%1: %2").arg(QString::fromStdString(record.asset.code),
                                          SettingProblemText::describe(problem, record.asset));
        }
    }
    return found;
}

QStringList AssetSettingsModel::changeLines() const
{
    QStringList lines;
    for (const auto &[key, text] : m_drafts) {
        const int row = rowOf(key.first);
        if (row < 0)
            continue;
        const AssetRecord &record = m_rows[static_cast<size_t>(row)];
        const auto setting = settingOf(key.second);
        const QString before = setting ? QString::fromStdString(record.settings.get(*setting).format(record.asset.decimals))
                                       : fourEyesText(storedFourEyes(record), record);
        //: %1 asset code, %2 setting name, %3 the value now, %4 the new value as typed
        lines << tr("%1 %2: %3 → %4").arg(key.first, columnTitle(key.second), before, text);
    }
    return lines;
}

void AssetSettingsModel::applyChanges()
{
    if (m_applying || !hasChanges())
        return;
    if (const QStringList found = problems(); !found.isEmpty()) {
        //: %1 what is wrong: one full sentence per problem, one per line
        emit saveFailed(tr("Nothing was changed. Correct the red cells first:\n%1").arg(found.join(u'\n')));
        return;
    }
    if (!m_session || !m_session->isSignedIn()) {
        emit saveFailed(tr("Nothing was changed: sign in first."));
        return;
    }
    std::vector<exchange::AssetSettingsService::AssetChange> batch;
    std::vector<std::pair<std::string, std::optional<exchange::Amount>>> fourEyes;
    for (const auto &[key, text] : m_drafts) {
        const int row = rowOf(key.first);
        if (row < 0)
            continue;
        const AssetRecord &record = m_rows[static_cast<size_t>(row)];
        if (key.second == FourEyes) {
            fourEyes.emplace_back(record.asset.code, *fourEyesValue(text, record.asset.decimals));
            continue;
        }
        if (batch.empty() || batch.back().code != record.asset.code)
            batch.push_back({record.asset.code, {}, record.version});
        batch.back().changes.emplace_back(*settingOf(key.second), text.toStdString());
    }
    const int sent = pendingCount();
    //: The heading of the confirmation; the changes follow, one per line
    QString purpose = tr("Apply %n setting change(s):", "", sent) + u'\n' + changeLines().join(u'\n');
    if (const QStringList warned = warnings(); !warned.isEmpty())
        //: The heading of the warnings in the confirmation; they follow, one per line
        purpose += QStringLiteral("\n\n") + tr("Please note:") + u'\n' + warned.join(u'\n');

    m_applying = true;
    emitAllChanged();
    emit stateChanged();
    auto *changes = &m_changes;
    auto *withdrawals = m_withdrawals;
    m_session->runConfirmed<std::vector<AssetRecord>>(
        purpose,
        [changes, withdrawals, batch, fourEyes](const exchange::security::Actor &actor)
            -> exchange::Result<std::vector<AssetRecord>> {
            std::vector<AssetRecord> records;
            if (!batch.empty()) {
                auto changed = changes->changeMany(actor, batch);
                if (!changed)
                    return changed.error();
                records = std::move(changed).value();
            }
            // The four-eyes amounts after the other settings, as exctl asset set
            // saves them; each audited as withdrawal.settings.
            for (const auto &[code, amount] : fourEyes) {
                if (!withdrawals)
                    return exchange::Error{exchange::ErrorCode::Internal, "no withdrawal service for the four-eyes amount"};
                if (auto set = withdrawals->setTwoApproversAbove(actor, code, amount); !set)
                    return set.error();
            }
            return records;
        },
        this, [this, sent](exchange::Result<std::vector<AssetRecord>> result) { finishApply(std::move(result), sent); });
}

void AssetSettingsModel::finishApply(exchange::Result<std::vector<AssetRecord>> result, int sent)
{
    m_applying = false;
    if (result.ok()) {
        // Edits were not possible meanwhile: every pending change was sent.
        m_drafts.clear();
        for (const AssetRecord &record : result.value())
            applyRecord(record);
        refreshFacts(); // the four-eyes amounts as now stored
        emitAllChanged();
        emit stateChanged();
        emit saved(tr("%n setting change(s) applied.", "", sent));
        return;
    }
    // Whatever went wrong, what was typed stays, to be applied again.
    emitAllChanged();
    emit stateChanged();
    if (result.error().code == exchange::ErrorCode::Conflict) {
        emit saveFailed(tr("Nothing was changed: another operator changed these settings meanwhile. The current "
                           "values are shown with your changes still pending; check them and apply again."));
        reload();
        return;
    }
    //: %1 the reason, from the core (e.g. the code was used already)
    emit saveFailed(tr("Nothing was changed: %1. Your changes are still pending: apply them again with the next "
                       "code, or discard them.")
                        .arg(CoreText::error(result.error())));
}

void AssetSettingsModel::discardChanges()
{
    if (m_applying || !hasChanges())
        return;
    m_drafts.clear();
    emitAllChanged();
    emit stateChanged();
}

void AssetSettingsModel::reload()
{
    auto *service = &m_service;
    auto *signatures = m_signatures;
    m_runtime.post(
        [service, signatures]() -> exchange::Result<Loaded> {
            auto records = service->list();
            if (!records)
                return records.error();
            Loaded read{std::move(records).value(), {}, {}};
            for (const AssetRecord &record : read.records) {
                // Without its facts an asset is still shown; its warnings wait.
                if (auto facts = service->facts(record.asset.code))
                    read.facts[record.asset.code] = facts.value();
            }
            read.signing = readSigning(signatures, read.records);
            return read;
        },
        this, [this](exchange::Result<Loaded> result) {
            if (!result.ok()) {
                emit loadFailed(tr("The asset settings could not be read: %1")
                                    .arg(CoreText::error(result.error())));
                return;
            }
            applyLoaded(std::move(result).value());
        });
}

void AssetSettingsModel::refreshAsset(const QString &code)
{
    auto *service = &m_service;
    auto *signatures = m_signatures;
    m_runtime.post(
        [service, signatures, c = code.toStdString()]() -> exchange::Result<Loaded> {
            auto record = service->find(c);
            if (!record)
                return record.error();
            Loaded read{{record.value()}, {}, {}};
            if (auto facts = service->facts(c))
                read.facts[c] = facts.value();
            read.signing = readSigning(signatures, read.records);
            return read;
        },
        this, [this](exchange::Result<Loaded> result) {
            if (result.ok())
                applyLoaded(std::move(result).value());
        });
}

void AssetSettingsModel::refreshFacts()
{
    m_factsQueued = false;
    auto *service = &m_service;
    auto *signatures = m_signatures;
    // The rows as shown: what the Signed column compares with the signatures
    // (a four-eyes amount just applied is among the facts read here).
    m_runtime.post(
        [service, signatures, rows = m_rows]() -> exchange::Result<Loaded> {
            Loaded read;
            for (const AssetRecord &record : rows) {
                if (auto facts = service->facts(record.asset.code))
                    read.facts[record.asset.code] = facts.value();
            }
            read.signing = readSigning(signatures, rows);
            return read;
        },
        this, [this](exchange::Result<Loaded> result) {
            if (!result.ok())
                return;
            for (const auto &[code, facts] : result.value().facts)
                m_facts[code] = facts;
            for (const auto &[code, signing] : result.value().signing)
                m_signing[code] = signing;
            emitAllChanged();
            emit stateChanged();
        });
}

void AssetSettingsModel::applyLoaded(Loaded read)
{
    for (auto &[code, facts] : read.facts)
        m_facts[code] = facts;
    for (auto &[code, signing] : read.signing)
        m_signing[code] = std::move(signing);
    if (!m_loaded) {
        beginResetModel();
        m_rows = std::move(read.records);
        m_rowByCode.clear();
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowByCode.insert(QString::fromStdString(m_rows[i].asset.code), static_cast<int>(i));
        endResetModel();
        m_loaded = true;
        emit loaded();
        emit stateChanged();
        return;
    }
    // Later reloads update rows in place so that views keep their selection.
    for (const AssetRecord &record : read.records)
        applyRecord(record);
    emit stateChanged();
}

void AssetSettingsModel::applyRecord(const AssetRecord &record)
{
    const QString code = QString::fromStdString(record.asset.code);
    const int row = rowOf(code);
    if (row < 0) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.push_back(record);
        m_rowByCode.insert(code, at);
        endInsertRows();
        return;
    }
    AssetRecord &current = m_rows[static_cast<size_t>(row)];
    if (record.version < current.version)
        return; // an older answer overtaken by a newer one
    current = record;
    // A pending change that now equals what is stored is no longer a change.
    for (AssetSetting setting : exchange::kAllAssetSettings) {
        const auto draft = m_drafts.find({code, columnOf(setting)});
        if (draft == m_drafts.end())
            continue;
        auto parsed = exchange::Amount::tryParse(draft->second.toStdString(), record.asset.decimals);
        if (const auto *amount = std::get_if<exchange::Amount>(&parsed); amount && *amount == record.settings.get(setting))
            m_drafts.erase(draft);
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AssetSettingsModel::rowOf(const QString &code) const
{
    return m_rowByCode.value(code, -1);
}

void AssetSettingsModel::emitAllChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
