#include "core/withdrawals/stellarchannels.h"

#include "core/base/clock.h"
#include "core/chains/stellar/horizonaccount.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/horizonledger.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/ed25519.h"
#include "core/encoding/exactjson.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/keyvault.h"
#include "core/security/securebuffer.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/retryingtransaction.h"
#include "core/store/unitofwork.h"
#include "core/wallets/stellarownaccount.h"
#include "core/wallets/stellarvaultsigning.h"
#include "core/wallets/walletservice.h"
#include "core/wallets/stellarchannelrepository.h"

#include <QJsonObject>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace exchange::withdrawals {

namespace {

constexpr char kHotKey[] = "hot:stellar";
constexpr char kListHint[] = "exctl stellar channels list";

QJsonObject described(const wallets::StellarChannel &c)
{
    return {{QStringLiteral("address"), QString::fromStdString(c.address)},
            {QStringLiteral("key_name"), QString::fromStdString(c.keyName)},
            {QStringLiteral("state"), QString::fromLatin1(wallets::channelStateName(c.state))},
            {QStringLiteral("sequence"), static_cast<qint64>(c.sequence)},
            {QStringLiteral("txid"), QString::fromStdString(c.txid)},
            {QStringLiteral("note"), QString::fromStdString(c.note)}};
}

std::string xlm(std::int64_t stroops)
{
    return Amount::fromBaseUnits(stroops).format(7) + " XLM";
}

} // namespace

StellarChannels::StellarChannels(Database &database, const Clock &clock, security::AuditLog &audit, wallets::WalletService &wallets,
                                 stellar::HorizonClient &horizon, std::string networkPassphrase)
    : m_database(database), m_clock(clock), m_audit(audit), m_wallets(wallets), m_horizon(horizon),
      m_passphrase(std::move(networkPassphrase))
{
}

Result<std::vector<wallets::StellarChannel>> StellarChannels::list() const
{
    return wallets::StellarChannelRepository(m_database.connection(), m_database.dialect()).list();
}

Result<int> StellarChannels::poolSize(Database &database)
{
    auto stored = MetaRepository(database.connection()).get(QString::fromLatin1(kPoolKey));
    if (!stored)
        return stored.error();
    if (!stored.value())
        return 0;
    bool ok = false;
    const int size = stored.value()->toInt(&ok);
    if (!ok || size < 0 || size > kMaxChannels)
        return Error{ErrorCode::Corrupted, "the Stellar channel pool setting is not a number from 0 to 100"};
    return size;
}

Result<void> StellarChannels::setPoolSize(const security::Actor &actor, int size)
{
    auto before = poolSize(m_database);
    if (!before)
        return before.error();
    if (before.value() == size)
        return {};
    auto set = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        if (auto stored = MetaRepository(work.db()).set(QString::fromLatin1(kPoolKey), QString::number(size)); !stored)
            return stored.error();
        auto audited = m_audit.append(work.db(), actor, "stellar.channel_pool", "setting", kPoolKey,
                                      {{QStringLiteral("size"), before.value()}}, {{QStringLiteral("size"), size}});
        if (!audited)
            return audited.error();
        return true;
    });
    if (!set)
        return set.error();
    return {};
}

Result<std::string> StellarChannels::hotAddress() const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Stellar && w.tier == wallets::WalletTier::Hot && w.asset == "XLM")
            return w.address;
    }
    return Error{ErrorCode::InvalidInput, "no hot wallet is registered for XLM: channels are hot's; nothing made"};
}

Result<void> StellarChannels::hotKeyIsHots(const security::KeyVault &vault, const std::string &hot)
{
    Result<void> check = Error{ErrorCode::Conflict, std::string("the vault's ") + kHotKey + " key is not " + hot
                                                        + "'s key: channels are funded by hot; nothing made"};
    auto used = vault.useKey(kHotKey, [&](const unsigned char *key, std::size_t size) {
        if (size != 32)
            return;
        QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        if (stellar::accountIdFromSeed(seed) == hot)
            check = Result<void>();
        seed.fill('\0');
    });
    if (!used)
        return Error{used.error().code, std::string("the vault holds no ") + kHotKey + " key: channels are funded by hot's key; nothing made"};
    return check;
}

Result<ChannelsOutcome> StellarChannels::create(const security::Actor &actor, int count, security::KeyVault &vault)
{
    if (auto allowed = security::authorizeNow(m_database.connection(), actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (count < 1 || count > kMaxChannels)
        return Error{ErrorCode::InvalidInput, "a Stellar channel pool has 1 to 100 channels, not " + std::to_string(count)
                                                  + "; nothing made"};
    if (m_passphrase.empty())
        return Error{ErrorCode::InvalidInput, "Stellar has no network passphrase: exctl chain set stellar --network "
                                              "\"Public Global Stellar Network ; September 2015\"; nothing made"};
    if (!vault.isUnlocked())
        return Error{ErrorCode::WrongState, "the key vault is locked: channels are funded by hot's key; nothing made"};
    auto hot = hotAddress();
    if (!hot)
        return hot.error();
    ChannelsOutcome outcome;
    if (auto followed = follow(actor, vault, outcome); !followed)
        return followed.error();
    wallets::StellarChannelRepository rows(m_database.connection(), m_database.dialect());
    auto all = rows.list();
    if (!all)
        return all.error();
    int live = 0;
    for (const wallets::StellarChannel &c : all.value())
        live += c.state == wallets::ChannelState::Active || c.state == wallets::ChannelState::Funding ? 1 : 0;
    auto last = rows.lastKeyNumber();
    if (!last)
        return last.error();
    // A key stored by a create that stopped before its row: never reused.
    auto keys = vault.keys(actor);
    if (!keys)
        return keys.error();
    std::int64_t lastKey = last.value();
    for (const security::VaultKeyInfo &k : keys.value()) {
        if (k.name.rfind(kKeyPrefix, 0) == 0)
            lastKey = std::max(lastKey, static_cast<std::int64_t>(std::strtoll(k.name.c_str() + sizeof kKeyPrefix - 1, nullptr, 10)));
    }
    // Hot's key must be in the vault and be hot's: else nothing is made.
    if (auto ours = hotKeyIsHots(vault, hot.value()); !ours)
        return ours.error();
    // All of them or none: hot must fund every new channel and its fee.
    if (count > live) {
        auto funder = account(hot.value());
        if (!funder)
            return funder.error();
        const std::int64_t needed = (count - live) * (kStartingBalance + kFee);
        const std::int64_t spendable = funder.value() ? static_cast<std::int64_t>(funder.value()->spendableLumens().baseUnits()) : 0;
        if (spendable < needed)
            return Error{ErrorCode::InvalidInput, "hot (" + hot.value() + ") can spend " + xlm(spendable) + " above its reserve; "
                                                      + std::to_string(count - live) + " new channel(s) take " + xlm(needed)
                                                      + " with the fees; nothing made"};
    }
    for (int i = live; i < count; ++i) {
        if (auto made = createOne(actor, vault, hot.value(), lastKey + 1 + (i - live), outcome); !made)
            return made.error();
    }
    if (auto set = setPoolSize(actor, count); !set)
        return set.error();
    outcome.poolSize = count;
    return outcome;
}

Result<void> StellarChannels::createOne(const security::Actor &actor, security::KeyVault &vault, const std::string &hot,
                                        std::int64_t number, ChannelsOutcome &outcome)
{
    QByteArray seed = crypto::ed25519::randomSeed();
    wallets::StellarChannel channel;
    channel.address = stellar::accountIdFromSeed(seed);
    channel.keyName = kKeyPrefix + std::to_string(number);
    auto stored = vault.storeKey(actor, channel.keyName, "stellar", channel.address,
                                 security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                        static_cast<std::size_t>(seed.size())));
    seed.fill('\0');
    if (!stored)
        return stored.error();
    auto funding = signAndStore(vault, channel, wallets::ChannelState::Funding, hot, "stellar.channel_create", actor);
    if (!funding)
        return funding.error();
    ++outcome.created;
    return followOne(actor, vault, funding.value(), hot, outcome);
}

Result<wallets::StellarChannel> StellarChannels::signAndStore(const security::KeyVault &vault, const wallets::StellarChannel &channel, wallets::ChannelState to,
                                                     const std::string &hot, const std::string &action, const security::Actor &actor)
{
    const bool funding = to == wallets::ChannelState::Funding;
    // The source pays the fee and gives the sequence: hot for the
    // create_account, the channel itself for its merge.
    const std::string source = funding ? hot : channel.address;
    auto state = account(source);
    if (!state)
        return state.error();
    if (!state.value())
        return Error{ErrorCode::InvalidInput, (funding ? "hot's Stellar account " : "the channel account ") + source
                                                  + " does not exist on the network; nothing signed"};
    const stellar::HorizonAccount &now = *state.value();
    if (now.sequence() == std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::Conflict, source + " has used its last sequence number; nothing signed"};
    const std::int64_t needed = (funding ? kStartingBalance : 0) + kFee;
    if (now.spendableLumens().baseUnits() < needed)
        return Error{ErrorCode::InvalidInput, source + " can spend " + now.spendableLumens().format(7) + " XLM above its reserve; "
                                                  + (funding ? "a channel takes " : "its merge takes ") + xlm(needed)
                                                  + " with the fee; nothing signed"};
    if (!funding && channel.keyName.rfind(kKeyPrefix, 0) != 0)
        return Error{ErrorCode::Conflict, "channel " + channel.address + "'s key name " + channel.keyName
                                              + " is not a channel key's; nothing signed"};

    auto from = stellar::StellarAccount::fromString(source);
    auto target = stellar::StellarAccount::fromString(funding ? channel.address : hot);
    if (!from || !target || from.value().muxedId || target.value().muxedId)
        return Error{ErrorCode::InvalidInput, "hot " + hot + " and channel " + channel.address + " must be G… accounts; nothing signed"};
    stellar::PaymentTransaction tx;
    tx.source = from.value();
    tx.fee = kFee;
    tx.sequence = now.sequence() + 1;
    const std::int64_t maxTime = m_clock.nowMs() / 1000 + kValiditySeconds;
    tx.timeBounds = stellar::TimeBounds{0, static_cast<std::uint64_t>(maxTime)};
    tx.operation = funding ? stellar::OperationType::CreateAccount : stellar::OperationType::AccountMerge;
    tx.destination = target.value();
    tx.amount = funding ? kStartingBalance : 0;
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    if (auto signedTx = wallets::signWithStellarVaultKey(vault, funding ? kHotKey : channel.keyName, source, tx, m_passphrase);
        !signedTx)
        return signedTx.error();

    wallets::StellarChannel next = channel;
    next.state = to;
    next.sequence = tx.sequence;
    next.rawTx = tx.envelopeBase64();
    next.txid = tx.hashHex(m_passphrase);
    next.lastValid = maxTime;
    next.createdAtMs = channel.id ? channel.createdAtMs : m_clock.nowMs();
    next.note = funding ? "create_account of " + xlm(kStartingBalance) + " from hot signed" : "account_merge into hot signed";
    // Stored before it is sent: a crash re-sends these bytes.
    return inRetryingTransaction<wallets::StellarChannel>(m_database, [&](UnitOfWork &work) -> Result<wallets::StellarChannel> {
        wallets::StellarChannelRepository rows(work.db(), m_database.dialect());
        Result<wallets::StellarChannel> kept = next;
        if (channel.id == 0) {
            kept = rows.insert(next);
        } else {
            if (!funding) {
                // No payout may be in flight from a channel that is merged.
                auto busy = rows.busy(channel.address);
                if (!busy)
                    return busy.error();
                if (busy.value())
                    return Error{ErrorCode::Conflict, "a payout from channel " + channel.address + " is in flight; not merged"};
            }
            if (auto moved = rows.advance(channel.id, channel.state, to, next.sequence, next.rawTx, next.txid, next.lastValid,
                                          next.note, m_clock.nowMs());
                !moved)
                return moved.error();
        }
        if (!kept)
            return kept.error();
        auto audited = m_audit.append(work.db(), actor, action, "stellar_channel", next.address,
                                      channel.id ? described(channel) : QJsonObject{}, described(kept.value()));
        if (!audited)
            return audited.error();
        return kept.value();
    });
}

Result<ChannelsOutcome> StellarChannels::merge(const security::Actor &actor, const security::KeyVault &vault)
{
    if (auto allowed = security::authorizeNow(m_database.connection(), actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (m_passphrase.empty())
        return Error{ErrorCode::InvalidInput, "Stellar has no network passphrase: exctl chain set stellar --network "
                                              "\"Public Global Stellar Network ; September 2015\"; nothing merged"};
    if (!vault.isUnlocked())
        return Error{ErrorCode::WrongState, "the key vault is locked: a channel's merge is signed with its key; nothing merged"};
    auto hot = hotAddress();
    if (!hot)
        return hot.error();
    // First no new payout takes a channel, then the idle ones go.
    if (auto set = setPoolSize(actor, 0); !set)
        return set.error();
    ChannelsOutcome outcome;
    if (auto followed = follow(actor, vault, outcome); !followed)
        return followed.error();
    auto active = wallets::StellarChannelRepository(m_database.connection(), m_database.dialect()).list(wallets::ChannelState::Active);
    if (!active)
        return active.error();
    for (const wallets::StellarChannel &c : active.value()) {
        auto merging = signAndStore(vault, c, wallets::ChannelState::Merging, hot.value(), "stellar.channel_merge", actor);
        if (!merging) {
            if (merging.error().code == ErrorCode::InvalidInput || merging.error().code == ErrorCode::Conflict) {
                outcome.notes.push_back(c.address + ": " + merging.error().message);
                continue;
            }
            return merging.error();
        }
        if (auto followed = followOne(actor, vault, merging.value(), hot.value(), outcome); !followed)
            return followed.error();
    }
    return outcome;
}

Result<void> StellarChannels::follow(const security::Actor &actor, const security::KeyVault &vault, ChannelsOutcome &outcome)
{
    auto hot = hotAddress();
    if (!hot)
        return hot.error();
    auto all = list();
    if (!all)
        return all.error();
    for (const wallets::StellarChannel &c : all.value()) {
        if (c.state != wallets::ChannelState::Funding && c.state != wallets::ChannelState::Merging)
            continue;
        if (auto followed = followOne(actor, vault, c, hot.value(), outcome); !followed)
            return followed.error();
    }
    return {};
}

Result<void> StellarChannels::followOne(const security::Actor &actor, const security::KeyVault &vault, const wallets::StellarChannel &channel,
                                        const std::string &hot, ChannelsOutcome &outcome)
{
    wallets::StellarChannel c = channel;
    const bool funding = c.state == wallets::ChannelState::Funding;
    const wallets::ChannelState done = funding ? wallets::ChannelState::Active : wallets::ChannelState::Merged;
    auto landed = lookup(c.txid);
    if (!landed)
        return landed.error();
    if (landed.value() && *landed.value())
        return moveOn(actor, c, done, "in the ledger: " + c.txid, outcome);
    // Failed in its ledger (its sequence is used): another is signed.
    bool again = landed.value().has_value();
    if (!again) {
        auto source = account(funding ? hot : c.address);
        if (!source)
            return source.error();
        if (!funding && !source.value())
            return moveOn(actor, c, done, "the channel's account is gone from the ledger", outcome);
        bool over = source.value() && source.value()->sequence() >= c.sequence;
        if (!over) {
            auto past = pastTimeBounds(c);
            if (!past)
                return past.error();
            over = past.value();
        }
        if (over) {
            // A ledger ingested between the two reads may hold it after all.
            auto late = lookup(c.txid);
            if (!late)
                return late.error();
            if (late.value() && *late.value())
                return moveOn(actor, c, done, "in the ledger: " + c.txid, outcome);
            again = true;
        }
    }
    if (again) {
        auto fresh = signAndStore(vault, c, c.state, hot, funding ? "stellar.channel_create" : "stellar.channel_merge", actor);
        if (!fresh) {
            if (fresh.error().code != ErrorCode::InvalidInput && fresh.error().code != ErrorCode::Conflict)
                return fresh.error();
            outcome.notes.push_back(c.address + ": " + fresh.error().message);
            return {};
        }
        c = fresh.value();
    }
    auto sent = wallets::submitStellarTransaction(m_horizon, c.rawTx, funding ? "channel " + c.address + "'s create_account"
                                                                              : "channel " + c.address + "'s merge into hot",
                                                  kListHint);
    if (!sent) {
        // Stored as signed: the next create, merge or list follows it.
        outcome.notes.push_back(sent.error().message);
        return {};
    }
    return moveOn(actor, c, done, "in the ledger: " + c.txid, outcome);
}

Result<void> StellarChannels::moveOn(const security::Actor &actor, const wallets::StellarChannel &channel, wallets::ChannelState to,
                                     const std::string &note, ChannelsOutcome &outcome)
{
    auto moved = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        wallets::StellarChannelRepository rows(work.db(), m_database.dialect());
        if (auto advanced = rows.advance(channel.id, channel.state, to, channel.sequence, channel.rawTx, channel.txid,
                                         channel.lastValid, note, m_clock.nowMs());
            !advanced)
            return advanced.error();
        wallets::StellarChannel after = channel;
        after.state = to;
        after.note = note;
        auto audited = m_audit.append(work.db(), actor, to == wallets::ChannelState::Active ? "stellar.channel_active" : "stellar.channel_merged",
                                      "stellar_channel", channel.address, described(channel), described(after));
        if (!audited)
            return audited.error();
        return true;
    });
    if (!moved)
        return moved.error();
    if (to == wallets::ChannelState::Active)
        ++outcome.activated;
    else
        ++outcome.merged;
    return {};
}

Result<std::optional<bool>> StellarChannels::lookup(const std::string &txid)
{
    auto answer = m_horizon.get(QStringLiteral("/transactions/") + QString::fromStdString(txid));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return std::optional<bool>();
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *successful = json ? json.value().member("successful") : nullptr;
    if (answer.value().status != 200 || !successful || successful->kind != encoding::JsonValue::Kind::Bool)
        return Error{ErrorCode::Unavailable, "Horizon's transaction " + txid + " lacks successful"};
    return std::optional<bool>(successful->text == "true");
}

Result<bool> StellarChannels::pastTimeBounds(const wallets::StellarChannel &channel)
{
    if (m_clock.nowMs() / 1000 <= channel.lastValid)
        return false;
    auto closed = stellar::latestLedgerCloseTime(m_horizon);
    if (!closed)
        return closed.error();
    return closed.value() > channel.lastValid;
}

Result<std::optional<stellar::HorizonAccount>> StellarChannels::account(const std::string &address)
{
    return wallets::readStellarAccount(m_horizon, address);
}

} // namespace exchange::withdrawals
