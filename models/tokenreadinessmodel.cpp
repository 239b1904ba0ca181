#include "tokenreadinessmodel.h"

#include "assetsettingsmodel.h"
#include "coretext.h"
#include "displayformat.h"
#include "operatorsession.h"
#include "walletsmodel.h"

#include "core/chains/stellar/paymenttransaction.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/permissions.h"

#include <QSaveFile>

#include <string>

using exchange::Chain;
using exchange::TokenReadinessRow;
using exchange::wallets::WalletTier;

namespace {

std::string keyOf(const TokenReadinessRow &r)
{
    return std::string(exchange::chainName(r.chain)) + '|' + r.asset + '|' + std::string(exchange::wallets::walletTierName(r.tier));
}

} // namespace

TokenReadinessModel::TokenReadinessModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                         OperatorSession &session, QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services), m_session(session)
{
}

void TokenReadinessModel::refresh()
{
    if (m_reading)
        return;
    m_reading = true;
    auto *services = &m_services;
    m_runtime.postAside([services] { return exchange::TokenReadiness(*services).read(); }, this,
                        [this](exchange::Result<exchange::TokenReadinessReport> result) {
                            m_reading = false;
                            if (!result) {
                                emit failed(tr("Token readiness could not be read: %1").arg(CoreText::error(result.error())));
                                return;
                            }
                            m_notes.clear();
                            for (const std::string &note : result.value().notes)
                                m_notes << CoreText::stored(note);
                            mergeRows(m_rows, std::move(result.value().rows), keyOf);
                            m_loaded = true;
                            emit loaded();
                        });
}

int TokenReadinessModel::missingCount() const
{
    int missing = 0;
    for (const TokenReadinessRow &r : m_rows)
        missing += r.ready ? 0 : 1;
    return missing;
}

const TokenReadinessRow *TokenReadinessModel::rowAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int TokenReadinessModel::rowOf(Chain chain, const std::string &asset, WalletTier tier) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].chain == chain && m_rows[i].asset == asset && m_rows[i].tier == tier)
            return static_cast<int>(i);
    }
    return -1;
}

QString TokenReadinessModel::statusText(const TokenReadinessRow &r) const
{
    if (r.tier == WalletTier::Deposit) {
        if (r.depositMissing == 0)
            return tr("All %n address(es) opted in", nullptr, r.depositAddresses);
        //: %n the addresses not opted in, %1 all Algorand deposit addresses
        return tr("%n of %1 not opted in yet: the collection run opts them in", nullptr, r.depositMissing)
            .arg(r.depositAddresses);
    }
    if (!r.accountExists)
        return tr("Account not on the network yet");
    if (r.chain == Chain::Stellar)
        return r.ready ? tr("Trustline present") : tr("Trustline missing");
    return r.ready ? tr("Opted in") : tr("Not opted in");
}

int TokenReadinessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TokenReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenReadinessModel::data(const QModelIndex &index, int role) const
{
    const TokenReadinessRow *r = rowAt(index.row());
    if (!r || !index.isValid())
        return {};
    switch (role) {
    case ReadyRole: return r->ready;
    case TierRole: return static_cast<int>(r->tier);
    case ChainRole: return static_cast<int>(r->chain);
    case AssetRole: return QString::fromStdString(r->asset);
    case Qt::ToolTipRole:
        if (index.column() == Address)
            return QString::fromStdString(r->address);
        break;
    case Qt::DisplayRole:
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Asset: return QString::fromStdString(r->asset);
        case ChainName: return AssetSettingsModel::chainTitle(r->chain);
        case Wallet: return role == RawValueRole ? QVariant(static_cast<int>(r->tier)) : QVariant(WalletsModel::tierTitle(r->tier));
        case Address: {
            const QString a = QString::fromStdString(r->address);
            if (role == RawValueRole || a.size() <= 20)
                return a;
            return a.left(10) + QStringLiteral("…") + a.right(8); // both ends are what people compare; whole in the tooltip
        }
        case Status: return role == RawValueRole ? QVariant(r->ready) : QVariant(statusText(*r));
        case Authorized:
            if (!r->authorized)
                return {};
            if (r->chain == Chain::Stellar)
                return *r->authorized ? tr("Authorized") : tr("Not authorized by the issuer");
            return *r->authorized ? tr("Not frozen") : tr("Frozen");
        case Limit:
            if (!r->limit)
                return {};
            if (r->limit->baseUnits() == exchange::stellar::MaxTrustLimit)
                return role == RawValueRole ? QVariant(QString::fromStdString(r->limit->toBaseUnitString())) : QVariant(tr("Unlimited"));
            return displayformat::exactAmountText(*r->limit, r->decimals);
        case Holds:
            if (!r->ready || r->tier == WalletTier::Deposit)
                return {};
            return displayformat::exactAmountText(r->balance, r->decimals);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant TokenReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Asset: return tr("Asset");
    case ChainName: return tr("Chain");
    case Wallet: return tr("Wallet");
    case Address: return tr("Address");
    case Status: return tr("Trustline / opt-in");
    case Authorized: return tr("Authorized");
    case Limit: return tr("Limit");
    case Holds: return tr("Holds");
    case ColumnCount: break;
    }
    return {};
}

QString TokenReadinessModel::describeAction(int row, const QString &fileName) const
{
    const TokenReadinessRow *r = rowAt(row);
    if (!r)
        return {};
    const QString asset = QString::fromStdString(r->asset);
    const QString address = QString::fromStdString(r->address);
    if (r->tier == WalletTier::Hot) {
        return r->chain == Chain::Stellar
                   ? tr("Sign a change_trust for %1 with the hot wallet's key from the key vault and submit it to Horizon. "
                        "The hot account %2 gives 0.5 XLM of reserve to the line and pays the fee.")
                         .arg(asset, address)
                   : tr("Sign an opt-in to %1 with the hot wallet's key from the key vault and send it to algod. The hot "
                        "account %2 gives 0.1 ALGO of minimum balance to it and pays the fee.")
                         .arg(asset, address);
    }
    return r->chain == Chain::Stellar
               ? tr("Write the unsigned change_trust of the %1 account %2 for %3 to %4. Nothing is signed or sent here: sign "
                    "it offline with that wallet's key and submit it.")
                     .arg(WalletsModel::tierTitle(r->tier), address, asset, fileName)
               : tr("Write the unsigned opt-in of the %1 account %2 to %3 to %4. Nothing is signed or sent here: sign it "
                    "offline with that wallet's key and send it to algod.")
                     .arg(WalletsModel::tierTitle(r->tier), address, asset, fileName);
}

void TokenReadinessModel::prepare(int row, const QString &fileName)
{
    const TokenReadinessRow *r = rowAt(row);
    if (!r || r->tier == WalletTier::Deposit || r->tier == WalletTier::Fee) {
        emit actionFailed(tr("Choose the hot, warm or cold wallet of a token first."));
        return;
    }
    const bool hot = r->tier == WalletTier::Hot;
    if (!hot && fileName.isEmpty()) {
        emit actionFailed(tr("Choose the file the unsigned transaction goes to."));
        return;
    }
    // Not asked for a code for what the role may not do anyway (the core
    // checks again, with the role the store has then).
    exchange::security::Actor who = m_session.actor();
    who.secondFactor = true;
    if (auto allowed = exchange::security::authorize(who, exchange::security::Action::ChangeMoneySettings); !allowed) {
        emit actionFailed(tr("Not prepared: %1").arg(CoreText::error(allowed.error())));
        return;
    }
    const Chain chain = r->chain;
    const std::string asset = r->asset;
    const WalletTier tier = r->tier;
    const QString assetText = QString::fromStdString(asset);
    const QString tierText = WalletsModel::tierTitle(tier);
    auto *services = &m_services;
    const QString purpose = hot ? tr("Make the hot wallet ready for %1").arg(assetText)
                                : tr("Export the %1 wallet's transaction for %2").arg(tierText, assetText);
    m_session.runConfirmed<exchange::TokenPreparation>(
        purpose,
        [services, chain, asset, tier, fileName](const exchange::security::Actor &actor) -> exchange::Result<exchange::TokenPreparation> {
            auto made = exchange::TokenReadiness(*services).prepare(actor, chain, asset, tier);
            if (!made || made.value().exported.isEmpty())
                return made;
            QSaveFile out(fileName);
            const QByteArray &contents = made.value().exported;
            if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size() || !out.commit())
                return exchange::Error{exchange::ErrorCode::Unavailable,
                                       "cannot write " + fileName.toStdString() + ": " + out.errorString().toStdString()
                                           + " (nothing was sent; export again)"};
            return made;
        },
        this,
        [this, hot, assetText, tierText, fileName](exchange::Result<exchange::TokenPreparation> result) {
            if (!result) {
                emit actionFailed(tr("Not prepared: %1").arg(CoreText::error(result.error())));
                return;
            }
            const QString txid = QString::fromStdString(result.value().txid);
            if (result.value().alreadyDone)
                emit actionDone(tr("The %1 wallet is ready for %2 already: nothing was made.").arg(tierText, assetText));
            else if (hot)
                emit actionDone(tr("The hot wallet's transaction for %1 was sent: %2.").arg(assetText, txid));
            else
                emit actionDone(tr("The unsigned transaction of the %1 wallet for %2 was written to %3. Once signed offline and "
                                   "sent, its id will be %4.")
                                    .arg(tierText, assetText, fileName, txid));
            refresh();
        });
}
