#include "core/withdrawals/stellarchannelpool.h"

#include "core/chains/stellar/keys.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/withdrawals/stellarchannels.h"

namespace exchange::withdrawals {

namespace {

// Whether the vault's key of this name is an Ed25519 seed of this account.
bool vaultKeyIs(const security::KeyVault &vault, const std::string &keyName, const std::string &address)
{
    bool matches = false;
    auto used = vault.useKey(keyName, [&](const unsigned char *key, std::size_t size) {
        if (size != 32)
            return;
        QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        matches = stellar::accountIdFromSeed(seed) == address;
        seed.fill('\0');
    });
    return used.ok() && matches;
}

} // namespace

Result<std::optional<wallets::StellarChannel>> StellarChannelPool::freeChannel(const security::KeyVault &vault)
{
    m_skipped.clear();
    auto size = StellarChannels::poolSize(m_database);
    if (!size)
        return size.error();
    if (size.value() == 0)
        return std::optional<wallets::StellarChannel>();
    wallets::StellarChannelRepository rows(m_database.connection(), m_database.dialect());
    auto active = rows.list(wallets::ChannelState::Active);
    if (!active)
        return active.error();
    int inPool = 0;
    for (const wallets::StellarChannel &c : active.value()) {
        if (inPool == size.value())
            break;
        if (c.keyName.rfind(StellarChannels::kKeyPrefix, 0) != 0 || !vaultKeyIs(vault, c.keyName, c.address)) {
            m_skipped.push_back("Stellar channel " + c.address + " is passed over: the vault's " + c.keyName
                                + " is not its key");
            continue;
        }
        ++inPool;
        auto busy = rows.busy(c.address);
        if (!busy)
            return busy.error();
        if (!busy.value())
            return std::optional<wallets::StellarChannel>(c);
    }
    if (inPool == 0)
        return std::optional<wallets::StellarChannel>();
    return Error{ErrorCode::WrongState, "every Stellar channel (" + std::to_string(inPool)
                                            + ") has a payout in flight: the next run pays it"};
}

} // namespace exchange::withdrawals
