#include "core/base/message.h"
#include "core/wallets/walletservice.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/ledger/ledgerrepository.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/wallets/chainsettingsstatement.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/wallets/walletaddressstatement.h"
#include "core/wallets/walletrepository.h"

#include <QJsonObject>
#include <QUrl>

#include <map>

namespace exchange::wallets {

namespace {

QJsonValue limitJson(const std::optional<Amount> &limit)
{
    return limit ? QJsonValue(QString::fromStdString(limit->toBaseUnitString())) : QJsonValue();
}

QJsonObject describe(const ChainSettings &s)
{
    QJsonObject o{{QStringLiteral("node_url"), QString::fromStdString(s.nodeUrl)},
                  {QStringLiteral("indexer_url"), QString::fromStdString(s.indexerUrl)},
                  {QStringLiteral("confirmations"), s.confirmations},
                  {QStringLiteral("network"), QString::fromStdString(s.network)}};
    if (hasFeeWallet(s.chain)) {
        o.insert(QStringLiteral("fee_wallet_max_base_units"), limitJson(s.feeWalletMax));
        o.insert(QStringLiteral("fee_wallet_low_base_units"), limitJson(s.feeWalletLow));
    }
    return o;
}

QVariant limitToSql(const Dialect &dialect, const std::optional<Amount> &limit)
{
    return limit ? dialect.amountToSql(*limit) : QVariant(QMetaType::fromType<QString>());
}

Result<std::optional<Amount>> limitFromSql(const QVariant &value)
{
    if (value.isNull())
        return std::optional<Amount>();
    auto amount = Dialect::amountFromSql(value);
    if (!amount)
        return Error{ErrorCode::Corrupted, "a fee wallet limit in chain_settings is unreadable"};
    return std::optional<Amount>(amount.value());
}

// The fee wallet's limits: only where there is a fee wallet, never
// negative, and the alert at most the max (a low balance above the max
// would ask for funding the max then forbids).
Result<void> checkFeeWalletLimits(const ChainSettings &s)
{
    if (!s.feeWalletMax && !s.feeWalletLow)
        return {};
    if (!hasFeeWallet(s.chain))
        return makeError(ErrorCode::InvalidInput, MessageId::ChainHasNoFeeWallet, {std::string(chainName(s.chain))});
    if ((s.feeWalletMax && s.feeWalletMax->isNegative()) || (s.feeWalletLow && s.feeWalletLow->isNegative()))
        return makeError(ErrorCode::InvalidInput, MessageId::FeeWalletLimitNegative);
    if (s.feeWalletMax && s.feeWalletLow && *s.feeWalletMax < *s.feeWalletLow)
        return makeError(ErrorCode::InvalidInput, MessageId::FeeWalletLowAboveMax);
    return {};
}

Result<void> checkUrl(const std::string &text, const char *what)
{
    if (text.empty())
        return {};
    const QUrl url(QString::fromStdString(text), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Error{ErrorCode::InvalidInput, std::string(what) + " must be an http:// or https:// URL"};
    return {};
}

} // namespace

WalletService::WalletService(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier)
{
}

Result<std::vector<Wallet>> WalletService::list() const
{
    return WalletRepository(m_database.connection(), m_database.dialect()).list();
}

Result<Wallet> WalletService::add(const security::Actor &actor, Wallet wallet)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto canonical = chains::validateAddress(wallet.chain, wallet.address);
    if (!canonical)
        return canonical.error();
    wallet.address = canonical.value();
    if (wallet.tier == WalletTier::Deposit && !wallet.customerId)
        return Error{ErrorCode::InvalidInput, "a deposit address belongs to a customer"};
    if (wallet.tier != WalletTier::Deposit && wallet.customerId)
        return Error{ErrorCode::InvalidInput, "only deposit addresses belong to a customer"};
    // Warm and cold are never signed for here: watch-only by definition.
    if (wallet.tier == WalletTier::Warm || wallet.tier == WalletTier::Cold)
        wallet.watchOnly = true;
    // Stellar's deposits arrive at the base account with a memo: nothing to
    // sweep, so no gas to pay for.
    if (wallet.tier == WalletTier::Fee && wallet.chain == Chain::Stellar)
        return Error{ErrorCode::InvalidInput, "a fee wallet pays the gas of token sweeps from deposit addresses; Stellar has none"};

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto asset = AssetRepository(work.db(), m_database.dialect()).find(wallet.asset);
    if (!asset)
        return asset.error();
    if (asset.value().asset.chain != wallet.chain)
        return Error{ErrorCode::InvalidInput, wallet.asset + " is not an asset of " + std::string(chainName(wallet.chain))};
    if (wallet.customerId) {
        if (auto customer = CustomerRepository(work.db()).find(*wallet.customerId); !customer)
            return customer.error();
    }
    // The address it takes over from: the tier's newest of this asset.
    std::optional<std::string> previous;
    if (wallet.tier != WalletTier::Deposit) {
        auto existing = WalletRepository(work.db(), m_database.dialect()).list();
        if (!existing)
            return existing.error();
        for (const Wallet &w : existing.value()) {
            if (w.chain == wallet.chain && w.tier == wallet.tier && w.asset == wallet.asset)
                previous = w.address;
        }
    }
    auto added = WalletRepository(work.db(), m_database.dialect()).add(wallet, m_clock.nowMs());
    if (!added)
        return added.error();
    // Hot's, warm's and cold's addresses are where the signers send the
    // exchange's money: an admin who can sign vouches for them (SignedWallets).
    if (auto signed_ = signWalletAddress(work.db(), actor, added.value(), previous, m_clock.nowMs()); !signed_)
        return signed_.error();
    QJsonObject after{{QStringLiteral("chain"), QString::fromLatin1(chainName(wallet.chain))},
                      {QStringLiteral("tier"), QString::fromLatin1(walletTierName(wallet.tier))},
                      {QStringLiteral("asset"), QString::fromStdString(wallet.asset)},
                      {QStringLiteral("address"), QString::fromStdString(wallet.address)}};
    if (wallet.customerId)
        after.insert(QStringLiteral("customer"), static_cast<qint64>(*wallet.customerId));
    if (auto audited = m_audit.append(work.db(), actor, "wallet.add", "wallet", std::to_string(added.value().id), {}, after);
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Wallet, QString::number(added.value().id));
    return added;
}

Result<void> WalletService::recordChainBalance(std::int64_t walletId, Amount balance)
{
    if (balance.isNegative())
        return Error{ErrorCode::InvalidInput, "a chain balance is never negative"};
    auto done = WalletRepository(m_database.connection(), m_database.dialect()).setChainBalance(walletId, balance, m_clock.nowMs());
    if (done && m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Wallet, QString::number(walletId));
    return done;
}

Result<void> WalletService::recordTokenBalance(std::int64_t walletId, const std::string &asset, Amount balance)
{
    if (balance.isNegative())
        return Error{ErrorCode::InvalidInput, "a chain balance is never negative"};
    auto done = WalletRepository(m_database.connection(), m_database.dialect()).setTokenBalance(walletId, asset, balance, m_clock.nowMs());
    if (done && m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Wallet, QString::number(walletId));
    return done;
}

Result<std::vector<Asset>> WalletService::tokens() const
{
    auto assets = AssetRepository(m_database.connection(), m_database.dialect()).list();
    if (!assets)
        return assets.error();
    std::vector<Asset> tokens;
    for (const AssetRecord &record : assets.value()) {
        if (!record.asset.identity.isNative())
            tokens.push_back(record.asset);
    }
    return tokens;
}

Result<std::vector<std::string>> WalletService::hotChannelAddresses(Chain chain) const
{
    std::vector<std::string> addresses;
    if (chain != Chain::Stellar)
        return addresses;
    auto channels = StellarChannelRepository(m_database.connection(), m_database.dialect()).list();
    if (!channels)
        return channels.error();
    for (const StellarChannel &c : channels.value()) {
        if (c.state != ChannelState::Merged)
            addresses.push_back(c.address);
    }
    return addresses;
}

Result<std::vector<TierOverview>> WalletService::overview() const
{
    UnitOfWork snapshot(m_database, UnitOfWork::Access::Read);
    if (auto began = snapshot.began(); !began)
        return began.error();
    auto wallets = WalletRepository(snapshot.db(), m_database.dialect()).list();
    if (!wallets)
        return wallets.error();
    auto assets = AssetRepository(snapshot.db(), m_database.dialect()).list();
    if (!assets)
        return assets.error();
    auto accounts = ledger::LedgerRepository(snapshot.db(), m_database.dialect())
                        .listAccounts(ledger::AccountKind::Wallet, std::nullopt, std::nullopt);
    if (!accounts)
        return accounts.error();

    auto chains = chainSettings();
    if (!chains)
        return chains.error();
    std::map<std::pair<std::string, int>, TierOverview> rows;
    for (const auto &record : assets.value()) {
        for (WalletTier tier : {WalletTier::Deposit, WalletTier::Hot, WalletTier::Warm, WalletTier::Cold, WalletTier::Fee}) {
            // The fee wallet holds its chain's coin, for gas.
            if (tier == WalletTier::Fee && !record.asset.identity.isNative())
                continue;
            TierOverview &row = rows[{record.asset.code, static_cast<int>(tier)}];
            row.asset = record.asset.code;
            row.tier = tier;
            row.chainBalance = Amount::zero();
            if (tier == WalletTier::Hot)
                row.maxBalance = record.settings.hotMax;
            if (tier == WalletTier::Warm)
                row.maxBalance = record.settings.warmMax;
            if (tier != WalletTier::Fee)
                continue;
            for (const ChainSettings &c : chains.value()) {
                if (c.chain == record.asset.chain) {
                    row.maxBalance = c.feeWalletMax;
                    row.lowBalance = c.feeWalletLow;
                }
            }
        }
    }
    auto tokenBalances = WalletRepository(snapshot.db(), m_database.dialect()).tokenBalances();
    if (!tokenBalances)
        return tokenBalances.error();
    // A wallet is an address of its chain: it counts in the rows of the
    // chain's coin and of each of its tokens, with what the chain said it
    // holds of each.
    for (const Wallet &w : wallets.value()) {
        for (const auto &record : assets.value()) {
            if (record.asset.chain != w.chain)
                continue;
            auto it = rows.find({record.asset.code, static_cast<int>(w.tier)});
            if (it == rows.end())
                continue;
            std::optional<Amount> held = w.chainBalance;
            std::int64_t readAt = w.balanceReadAtMs;
            if (!record.asset.identity.isNative()) {
                const auto token = tokenBalances.value().find({w.id, record.asset.code});
                held = token == tokenBalances.value().end() ? std::nullopt : std::optional<Amount>(token->second.balance);
                readAt = token == tokenBalances.value().end() ? 0 : token->second.readAtMs;
            }
            TierOverview &row = it->second;
            ++row.wallets;
            row.address = row.wallets == 1 ? w.address : std::string();
            if (!held || !row.chainBalance)
                row.chainBalance.reset();
            else
                row.chainBalance = Amount::fromBaseUnits(row.chainBalance->baseUnits() + held->baseUnits());
            if (readAt && (!row.oldestReadAtMs || readAt < row.oldestReadAtMs))
                row.oldestReadAtMs = readAt;
        }
    }
    for (const ledger::Account &a : accounts.value()) {
        const auto tier = walletTierFromName(a.key.owner);
        if (!tier)
            continue;
        auto it = rows.find({a.key.asset, static_cast<int>(*tier)});
        if (it != rows.end())
            it->second.ledgerBalance = a.balance();
    }
    std::vector<TierOverview> result;
    for (auto &[key, row] : rows) {
        if (row.wallets == 0 && row.ledgerBalance.isZero() && !row.maxBalance)
            continue; // a tier with nothing to show (no deposit addresses on Stellar)
        if (row.wallets == 0)
            row.chainBalance.reset(); // no address: nothing read from the chain
        result.push_back(row);
    }
    return result;
}

Result<std::vector<ChainSettings>> WalletService::chainSettings() const
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT chain, node_url, indexer_url, confirmations, network, fee_wallet_max, fee_wallet_low"
                                     " FROM chain_settings ORDER BY chain"));
    if (!q)
        return q.error();
    std::vector<ChainSettings> settings;
    while (q.value().next()) {
        const auto chain = chainFromName(q.value().value(0).toString().toStdString());
        if (!chain)
            return Error{ErrorCode::Corrupted, "chain settings name an unknown chain"};
        auto feeMax = limitFromSql(q.value().value(5));
        if (!feeMax)
            return feeMax.error();
        auto feeLow = limitFromSql(q.value().value(6));
        if (!feeLow)
            return feeLow.error();
        settings.push_back(ChainSettings{*chain, q.value().value(1).toString().toStdString(),
                                         q.value().value(2).toString().toStdString(), q.value().value(3).toInt(),
                                         q.value().value(4).toString().toStdString(), feeMax.value(), feeLow.value()});
    }
    return settings;
}

Result<ChainSettings> WalletService::chainSettings(Chain chain) const
{
    auto all = chainSettings();
    if (!all)
        return all.error();
    for (const ChainSettings &s : all.value()) {
        if (s.chain == chain)
            return s;
    }
    return Error{ErrorCode::NotFound, "no settings for " + std::string(chainName(chain))};
}

Result<ChainSettings> WalletService::setChainSettings(const security::Actor &actor, const ChainSettings &settings)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (auto ok = checkUrl(settings.nodeUrl, "the node URL"); !ok)
        return ok.error();
    if (auto ok = checkUrl(settings.indexerUrl, "the indexer URL"); !ok)
        return ok.error();
    if (settings.confirmations < 0 || settings.confirmations > 1000)
        return makeError(ErrorCode::InvalidInput, MessageId::ChainConfirmationsRange);
    if (auto ok = checkFeeWalletLimits(settings); !ok)
        return ok.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    auto before = chainSettings(settings.chain);
    if (!before)
        return before.error();
    auto q = sql::run(work.db(),
                      QStringLiteral("UPDATE chain_settings SET node_url = ?, indexer_url = ?, confirmations = ?, network = ?,"
                                     " fee_wallet_max = ?, fee_wallet_low = ? WHERE chain = ?"),
                      {QString::fromStdString(settings.nodeUrl), QString::fromStdString(settings.indexerUrl),
                       settings.confirmations, QString::fromStdString(settings.network),
                       limitToSql(m_database.dialect(), settings.feeWalletMax),
                       limitToSql(m_database.dialect(), settings.feeWalletLow),
                       QString::fromLatin1(chainName(settings.chain))});
    if (!q)
        return q.error();
    if (auto signed_ = signChainSettings(work.db(), actor, before.value(), settings, m_clock.nowMs()); !signed_)
        return signed_.error();
    if (auto audited = m_audit.append(work.db(), actor, "chain.settings", "chain", std::string(chainName(settings.chain)),
                                      describe(before.value()), describe(settings));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Wallet, QString::fromLatin1(chainName(settings.chain)));
    return settings;
}

} // namespace exchange::wallets
