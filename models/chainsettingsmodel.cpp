#include "chainsettingsmodel.h"

#include "assetsettingsmodel.h"
#include "cellstyle.h"
#include "coretext.h"
#include "operatorsession.h"
#include "core/base/changenotifier.h"
#include "core/money/asset.h"
#include "core/runtime/coreruntime.h"
#include "core/security/permissions.h"
#include "core/wallets/walletservice.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QUrl>

#include <algorithm>

using exchange::Chain;
using exchange::wallets::ChainSettings;

namespace {

constexpr std::array<Chain, 3> kChains{Chain::Stellar, Chain::Ethereum, Chain::Algorand};

// The colours the message bar uses, so that a red cell and a red message
// mean the same thing.
const QColor kProblemBackground(0xfd, 0xec, 0xea);
const QColor kProblemText(0xa5, 0x0e, 0x0e);
const QColor kDraftBackground(0xff, 0xf8, 0xe1);
const QColor kQuietText(0x80, 0x86, 0x8b);

bool isUrlColumn(int column)
{
    return column == ChainSettingsModel::NodeUrl || column == ChainSettingsModel::IndexerUrl;
}

bool isLimitColumn(int column)
{
    return column == ChainSettingsModel::FeeWalletMax || column == ChainSettingsModel::FeeWalletLow;
}

bool isNumberColumn(int column)
{
    return column == ChainSettingsModel::Confirmations || isLimitColumn(column);
}

} // namespace

ChainSettingsModel::ChainSettingsModel(exchange::CoreRuntime &runtime, exchange::wallets::WalletService &service,
                                       exchange::ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_runtime(runtime), m_service(service)
{
    if (notifier) {
        // The wallet topic also carries wallet ids (new addresses, balances);
        // only a chain's name means its settings changed.
        connect(notifier, &exchange::ChangeNotifier::changed, this,
                [this](exchange::ChangeNotifier::Topic topic, const QString &key) {
                    if (topic != exchange::ChangeNotifier::Topic::Wallet)
                        return;
                    if (const auto chain = exchange::chainFromName(key.toStdString()))
                        refreshChain(*chain);
                });
    }
    reload();
}

void ChainSettingsModel::setOperatorSession(OperatorSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &OperatorSession::signedIn, this, &ChainSettingsModel::stateChanged);
        // What one operator typed is not left for the next one to save.
        connect(m_session, &OperatorSession::signedOut, this, [this] {
            discardChanges();
            emit stateChanged();
        });
    }
    emit stateChanged();
}

bool ChainSettingsModel::mayEdit() const
{
    if (!m_session || !m_session->isSignedIn())
        return false;
    const exchange::security::Actor actor = m_session->actor();
    return actor.kind != exchange::security::Actor::Kind::System
        && exchange::security::roleAllows(actor.role, exchange::security::Action::ChangeSettings);
}

bool ChainSettingsModel::applies(Chain chain, int column)
{
    switch (static_cast<Column>(column)) {
    case ChainName:
    case NodeUrl:
    case Confirmations: return true;
    case IndexerUrl: return chain == Chain::Algorand;
    case Network: return chain == Chain::Stellar || chain == Chain::Ethereum;
    case FeeWalletMax:
    case FeeWalletLow: return exchange::wallets::hasFeeWallet(chain);
    case ColumnCount: break;
    }
    return false;
}

QString ChainSettingsModel::fieldTitle(Chain chain, int column)
{
    switch (static_cast<Column>(column)) {
    case ChainName: return tr("Chain");
    case NodeUrl:
        switch (chain) {
        case Chain::Stellar: return tr("Horizon URL");
        case Chain::Ethereum: return tr("JSON-RPC URL");
        case Chain::Algorand: return tr("algod URL");
        }
        break;
    case IndexerUrl: return tr("Indexer URL");
    case Confirmations: return tr("Confirmations");
    case Network: return chain == Chain::Ethereum ? tr("Chain id") : tr("Network passphrase");
    case FeeWalletMax: return tr("Fee wallet max");
    case FeeWalletLow: return tr("Fee wallet low alert");
    case ColumnCount: break;
    }
    return {};
}

QString ChainSettingsModel::hint(Chain chain, int column)
{
    if (!applies(chain, column)) {
        if (isLimitColumn(column))
            return tr("Stellar has no fee wallet: its deposits arrive on the base account, which needs no coin to collect them.");
        return column == IndexerUrl ? tr("Only Algorand has an indexer URL.")
                                    : tr("Algorand needs no network setting.");
    }
    const QString coin = QString::fromStdString(exchange::nativeAssetOf(chain).code);
    switch (static_cast<Column>(column)) {
    case ChainName: return tr("Select a setting and press F2 to change it; Save writes the changes of every chain.");
    case NodeUrl:
        switch (chain) {
        case Chain::Stellar:
            return tr("Horizon URL: where the Stellar watcher reads payments, e.g. https://horizon.stellar.org. "
                      "Empty: the watcher does not run.");
        case Chain::Ethereum:
            return tr("Ethereum JSON-RPC URL of your node, e.g. http://127.0.0.1:8545. "
                      "Empty: the watcher does not run.");
        case Chain::Algorand:
            return tr("algod URL: the REST API of an Algorand node, e.g. https://mainnet-api.algonode.cloud.");
        }
        break;
    case IndexerUrl:
        return tr("Algorand indexer URL, for looking up payments, e.g. https://mainnet-idx.algonode.cloud.");
    case Confirmations:
        switch (chain) {
        case Chain::Stellar:
            return tr("Ledgers a payment waits before it counts, 0 to 1000. Stellar ledgers are final, so 1 is usual.");
        case Chain::Ethereum: return tr("Blocks a payment waits before it counts, 0 to 1000; 12 is usual.");
        case Chain::Algorand:
            return tr("Rounds a payment waits before it counts, 0 to 1000. Algorand rounds are final, so 1 is usual.");
        }
        break;
    case Network:
        if (chain == Chain::Ethereum)
            return tr("Ethereum chain id, e.g. 1 for mainnet or 11155111 for Sepolia.");
        return tr("Stellar network passphrase, e.g. Public Global Stellar Network ; September 2015.");
    case FeeWalletMax:
        //: %1 the chain's coin (ETH, ALGO)
        return tr("The most the fee wallet should hold, in %1: a funding from warm (exctl replenish export --tier fee) fills it "
                  "to this. The fee wallet's key is online, so keep it to a few days of refuels. Empty: no max.")
            .arg(coin);
    case FeeWalletLow:
        //: %1 the chain's coin (ETH, ALGO)
        return tr("Below this balance, in %1, the Dashboard asks for the fee wallet to be funded. At most the max. "
                  "Empty: no alert.")
            .arg(coin);
    case ColumnCount: break;
    }
    return {};
}

QString ChainSettingsModel::problemWith(Chain chain, int column, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!applies(chain, column))
        return trimmed.isEmpty() ? QString() : hint(chain, column);
    if (isUrlColumn(column)) {
        if (trimmed.isEmpty())
            return {}; // not configured: that chain's watcher does not run
        // The same test the core applies (WalletService::setChainSettings).
        const QUrl url(trimmed, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty())
            return {};
        //: %1 field name such as "Horizon URL", %2 chain name
        return tr("The %1 of %2 must be a web address starting with http:// or https://, with a host name.")
            .arg(fieldTitle(chain, column), AssetSettingsModel::chainTitle(chain));
    }
    if (column == Confirmations) {
        bool ok = false;
        const int n = trimmed.toInt(&ok);
        if (ok && n >= 0 && n <= 1000)
            return {};
        //: %1 chain name
        return tr("Confirmations of %1 must be a whole number from 0 to 1000.")
            .arg(AssetSettingsModel::chainTitle(chain));
    }
    if (isLimitColumn(column)) {
        if (limitValue(chain, trimmed))
            return {};
        const int decimals = exchange::nativeAssetOf(chain).decimals;
        if (QString why = AssetSettingsModel::amountProblem(trimmed, decimals); !why.isEmpty())
            //: %1 field name such as "Fee wallet max", %2 chain name, %3 why the amount cannot be read
            return tr("%1 of %2: %3").arg(fieldTitle(chain, column), AssetSettingsModel::chainTitle(chain), why);
        //: %1 field name such as "Fee wallet max", %2 chain name
        return tr("%1 of %2 cannot be negative.").arg(fieldTitle(chain, column), AssetSettingsModel::chainTitle(chain));
    }
    if (column == Network && chain == Chain::Ethereum && !trimmed.isEmpty()) {
        bool ok = false;
        if (trimmed.toULongLong(&ok) > 0 && ok)
            return {};
        return tr("The Ethereum chain id must be a whole number above 0, e.g. 1 for mainnet.");
    }
    return {};
}

QString ChainSettingsModel::headerTitle(int column)
{
    switch (static_cast<Column>(column)) {
    case ChainName: return tr("Chain");
    case NodeUrl: return tr("Node URL");
    case IndexerUrl: return tr("Indexer URL");
    case Confirmations: return tr("Confirmations");
    case Network: return tr("Network");
    case FeeWalletMax: return tr("Fee wallet max");
    case FeeWalletLow: return tr("Fee wallet low alert");
    case ColumnCount: break;
    }
    return {};
}

bool ChainSettingsModel::sameAsStored(const ChainSettings &settings, int column, const QString &text)
{
    if (text == storedText(settings, column))
        return true;
    if (!isLimitColumn(column))
        return false;
    const auto typed = limitValue(settings.chain, text);
    return typed && *typed == (column == FeeWalletMax ? settings.feeWalletMax : settings.feeWalletLow);
}

std::optional<std::optional<exchange::Amount>> ChainSettingsModel::limitValue(Chain chain, const QString &text)
{
    // The four-eyes amount's reading: empty or "none" is no limit.
    return AssetSettingsModel::fourEyesValue(text, exchange::nativeAssetOf(chain).decimals);
}

int ChainSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChainSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChainSettingsModel::storedText(const ChainSettings &settings, int column)
{
    switch (static_cast<Column>(column)) {
    case ChainName: return QString::fromLatin1(exchange::chainName(settings.chain));
    case NodeUrl: return QString::fromStdString(settings.nodeUrl);
    case IndexerUrl: return QString::fromStdString(settings.indexerUrl);
    case Confirmations: return QString::number(settings.confirmations);
    case Network: return QString::fromStdString(settings.network);
    case FeeWalletMax:
        return settings.feeWalletMax ? QString::fromStdString(exchange::nativeAssetOf(settings.chain).format(*settings.feeWalletMax))
                                     : QString();
    case FeeWalletLow:
        return settings.feeWalletLow ? QString::fromStdString(exchange::nativeAssetOf(settings.chain).format(*settings.feeWalletLow))
                                     : QString();
    case ColumnCount: break;
    }
    return {};
}

QString ChainSettingsModel::cellText(const Row &row, int column) const
{
    const auto draft = row.drafts.constFind(column);
    return draft != row.drafts.cend() ? *draft : storedText(row.stored, column);
}

QString ChainSettingsModel::cellProblem(const Row &row, int column) const
{
    // Only drafts can be wrong: what the store holds was checked when it was saved.
    if (!row.drafts.contains(column))
        return {};
    const Chain chain = row.stored.chain;
    if (QString problem = problemWith(chain, column, row.drafts.value(column)); !problem.isEmpty())
        return problem;
    if (isLimitColumn(column) && applies(chain, column)) {
        // The alert above the max would ask for a funding the max forbids.
        const auto max = limitValue(chain, cellText(row, FeeWalletMax));
        const auto low = limitValue(chain, cellText(row, FeeWalletLow));
        if (max && low && *max && *low && **low > **max)
            //: %1 chain name
            return tr("The fee wallet's low alert of %1 cannot be above its max.").arg(AssetSettingsModel::chainTitle(chain));
    }
    return {};
}

QVariant ChainSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    const Chain chain = row.stored.chain;
    const int column = index.column();
    const bool applicable = applies(chain, column);
    const QString text = cellText(row, column);
    const bool modified = row.drafts.contains(column);

    switch (role) {
    case Qt::DisplayRole:
        if (column == ChainName)
            return AssetSettingsModel::chainTitle(chain);
        if (!applicable && text.isEmpty())
            return QStringLiteral("—");
        if (text.isEmpty())
            return tr("not set");
        if (isLimitColumn(column) && !modified)
            //: %1 an amount, %2 the chain's coin (ETH)
            return tr("%1 %2").arg(text, QString::fromStdString(exchange::nativeAssetOf(chain).code));
        return text;
    case Qt::EditRole: return column == ChainName ? QVariant() : QVariant(text);
    case RawValueRole:
        if (column == Confirmations && !modified)
            return row.stored.confirmations;
        return text;
    case ProblemRole: return cellProblem(row, column);
    case ModifiedRole: return modified;
    case HintRole: return hint(chain, column);
    case ChainRole: return static_cast<int>(chain);
    case Qt::AccessibleDescriptionRole: return hint(chain, column);
    case Qt::ToolTipRole: {
        const QString problem = cellProblem(row, column);
        if (!problem.isEmpty())
            return problem;
        if (m_saving && !row.drafts.isEmpty())
            return tr("Saving…");
        if (modified) {
            //: %1 the value before the edit
            return tr("Not saved yet; it was: %1").arg(storedText(row.stored, column).isEmpty()
                                                           ? tr("not set")
                                                           : storedText(row.stored, column));
        }
        return hint(chain, column);
    }
    case Qt::BackgroundRole:
        if (!cellProblem(row, column).isEmpty())
            return kProblemBackground;
        if (modified)
            return kDraftBackground;
        return {};
    case Qt::ForegroundRole:
        if (!cellProblem(row, column).isEmpty())
            return kProblemText;
        if (column != ChainName && text.isEmpty())
            return kQuietText;
        return {};
    case Qt::FontRole: {
        if (isNumberColumn(column) && !text.isEmpty()) {
            QFont font = cellstyle::amountFont().value<QFont>();
            font.setItalic(modified);
            return font;
        }
        if (modified) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    case Qt::TextAlignmentRole: return cellstyle::alignment(isNumberColumn(column));
    default: return {};
    }
}

QVariant ChainSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole: return headerTitle(section);
    case Qt::ToolTipRole:
        switch (static_cast<Column>(section)) {
        case ChainName: return {};
        case NodeUrl: return tr("Horizon (Stellar), JSON-RPC (Ethereum) or algod (Algorand): where the watchers read the chain.");
        case IndexerUrl: return tr("Algorand indexer, for looking up payments. Algorand only.");
        case Confirmations: return tr("How many ledgers, blocks or rounds a payment waits before it counts (0 to 1000).");
        case Network: return tr("Stellar network passphrase or Ethereum chain id.");
        case FeeWalletMax:
            return tr("Ethereum and Algorand: the most the fee wallet should hold, in the chain's coin; a funding from warm fills it to this.");
        case FeeWalletLow:
            return tr("Ethereum and Algorand: below this balance the Dashboard asks for the fee wallet to be funded.");
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole: return cellstyle::alignment(isNumberColumn(section));
    default: return {};
    }
}

Qt::ItemFlags ChainSettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == ChainName || m_saving || !mayEdit())
        return f;
    const Row &row = m_rows.at(static_cast<size_t>(index.row()));
    if (applies(row.stored.chain, index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChainSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    if (!(flags(index) & Qt::ItemIsEditable)) {
        const Chain chain = row.stored.chain;
        if (column == ChainName)
            return false;
        if (!applies(chain, column))
            emit editRefused(hint(chain, column));
        else if (m_saving)
            emit editRefused(tr("Wait until the chain settings are saved."));
        else
            emit editRefused(tr("Only admins change the chain settings."));
        return false;
    }
    // A URL with a stray space at either end is what the operator meant without it.
    const QString text = value.toString().trimmed();
    if (sameAsStored(row.stored, column, text))
        row.drafts.remove(column);
    else
        row.drafts.insert(column, text);
    emit dataChanged(index, index);
    emit stateChanged();
    return true;
}

bool ChainSettingsModel::hasChanges() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return !row.drafts.isEmpty(); });
}

bool ChainSettingsModel::hasProblems() const
{
    return !firstProblem().isEmpty();
}

QStringList ChainSettingsModel::problems() const
{
    QStringList found;
    for (const Row &row : m_rows) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QString problem = cellProblem(row, column);
            if (!problem.isEmpty())
                found << problem;
        }
    }
    return found;
}

QString ChainSettingsModel::firstProblem() const
{
    const QStringList found = problems();
    return found.isEmpty() ? QString() : found.first();
}

ChainSettings ChainSettingsModel::draftSettings(const Row &row) const
{
    ChainSettings settings = row.stored;
    settings.nodeUrl = cellText(row, NodeUrl).toStdString();
    settings.indexerUrl = cellText(row, IndexerUrl).toStdString();
    settings.confirmations = cellText(row, Confirmations).toInt();
    settings.network = cellText(row, Network).toStdString();
    if (applies(settings.chain, FeeWalletMax)) {
        settings.feeWalletMax = limitValue(settings.chain, cellText(row, FeeWalletMax)).value_or(settings.feeWalletMax);
        settings.feeWalletLow = limitValue(settings.chain, cellText(row, FeeWalletLow)).value_or(settings.feeWalletLow);
    }
    return settings;
}

void ChainSettingsModel::saveChanges()
{
    if (m_saving || !hasChanges())
        return;
    if (const QStringList found = problems(); !found.isEmpty()) {
        //: %1 what is wrong: one full sentence per problem, one per line
        emit saveFailed(tr("Nothing was saved. Correct the red cells first:\n%1").arg(found.join(u'\n')));
        return;
    }
    if (!m_session || !m_session->isSignedIn()) {
        emit saveFailed(tr("Nothing was saved: sign in first."));
        return;
    }
    std::vector<ChainSettings> changes;
    QStringList titles;
    for (const Row &row : m_rows) {
        if (row.drafts.isEmpty())
            continue;
        changes.push_back(draftSettings(row));
        titles << AssetSettingsModel::chainTitle(row.stored.chain);
    }
    m_saving = true;
    emit stateChanged();
    emitAllChanged();

    auto *service = &m_service;
    m_session->runConfirmed<SaveOutcome>(
        //: %1 one or more chain names, e.g. "Stellar and Ethereum"
        tr("Change the settings of %1").arg(QLocale().createSeparatedList(titles)),
        [service, changes](const exchange::security::Actor &actor) -> exchange::Result<SaveOutcome> {
            // One chain at a time: each is its own audited change and
            // notification, as with exctl chain set.
            SaveOutcome outcome;
            for (const ChainSettings &settings : changes) {
                auto saved = service->setChainSettings(actor, settings);
                if (!saved) {
                    outcome.failure = saved.error();
                    outcome.failedChain = settings.chain;
                    break;
                }
                outcome.saved.push_back(saved.value());
            }
            return outcome;
        },
        this, [this](exchange::Result<SaveOutcome> result) { finishSave(std::move(result)); });
}

void ChainSettingsModel::finishSave(exchange::Result<SaveOutcome> result)
{
    m_saving = false;
    if (!result.ok()) {
        emitAllChanged();
        emit stateChanged();
        emit saveFailed(tr("Nothing was saved: %1").arg(CoreText::error(result.error())));
        return;
    }
    const SaveOutcome &outcome = result.value();
    QStringList titles;
    for (const ChainSettings &settings : outcome.saved) {
        const int row = rowOf(settings.chain);
        if (row >= 0)
            m_rows[static_cast<size_t>(row)].drafts.clear();
        applyStored(settings);
        titles << AssetSettingsModel::chainTitle(settings.chain);
    }
    emitAllChanged();
    emit stateChanged();
    if (!titles.isEmpty()) {
        //: %1 one or more chain names
        emit saved(tr("Chain settings of %1 saved; its watcher restarts with them.")
                       .arg(QLocale().createSeparatedList(titles)));
    }
    if (outcome.failure) {
        //: %1 chain name, %2 the reason
        emit saveFailed(tr("The settings of %1 were not saved: %2")
                            .arg(AssetSettingsModel::chainTitle(outcome.failedChain),
                                 CoreText::error(*outcome.failure)));
    }
}

void ChainSettingsModel::discardChanges()
{
    if (!hasChanges())
        return;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].drafts.isEmpty())
            continue;
        m_rows[i].drafts.clear();
        emitRowChanged(static_cast<int>(i));
    }
    emit stateChanged();
}

void ChainSettingsModel::reload()
{
    auto *service = &m_service;
    m_runtime.post([service] { return service->chainSettings(); }, this,
                   [this](exchange::Result<std::vector<ChainSettings>> result) {
                       if (!result.ok()) {
                           emit loadFailed(tr("The chain settings could not be read: %1")
                                               .arg(CoreText::error(result.error())));
                           return;
                       }
                       if (m_loaded) {
                           // In place, so that a view keeps its current cell and the drafts stay.
                           for (const ChainSettings &settings : result.value())
                               applyStored(settings);
                           return;
                       }
                       // Stellar, Ethereum, Algorand, whatever order the store lists them in.
                       std::vector<Row> rows;
                       for (Chain chain : kChains) {
                           for (const ChainSettings &settings : result.value()) {
                               if (settings.chain == chain)
                                   rows.push_back(Row{settings, {}});
                           }
                       }
                       beginResetModel();
                       m_rows = std::move(rows);
                       m_rowByChain.fill(-1);
                       for (size_t i = 0; i < m_rows.size(); ++i)
                           m_rowByChain[static_cast<size_t>(m_rows[i].stored.chain)] = static_cast<int>(i);
                       endResetModel();
                       m_loaded = true;
                       emit loaded();
                       emit stateChanged();
                   });
}

void ChainSettingsModel::refreshChain(Chain chain)
{
    auto *service = &m_service;
    m_runtime.post([service, chain] { return service->chainSettings(chain); }, this,
                   [this](exchange::Result<ChainSettings> result) {
                       if (result.ok())
                           applyStored(result.value());
                   });
}

void ChainSettingsModel::applyStored(const ChainSettings &settings)
{
    const int row = rowOf(settings.chain);
    if (row < 0)
        return; // a chain the store did not list at load: reload() picks it up
    Row &current = m_rows[static_cast<size_t>(row)];
    current.stored = settings;
    // A draft that now equals what is stored is no longer a change.
    for (int column = 0; column < ColumnCount; ++column) {
        if (current.drafts.contains(column) && sameAsStored(settings, column, current.drafts.value(column)))
            current.drafts.remove(column);
    }
    emitRowChanged(row);
    emit stateChanged();
}

int ChainSettingsModel::rowOf(Chain chain) const
{
    return m_rowByChain[static_cast<size_t>(chain)];
}

void ChainSettingsModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ChainSettingsModel::emitAllChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
