#pragma once
// What exctl stellar trustline, stellar trustlines, stellar
// memo-required and stellar channels share: the key vault (locked until a command unlocks it),
// the Horizon an admin signed (SignerNode: not a URL changed only in SQL)
// and the StellarTrustlines and StellarMemoRequired services over them, with the admin key pin the tokens in force are traced
// from (the vault's sealed one once unlocked, else the one it lists).

#include "core/base/result.h"
#include "core/wallets/tokensinforce.h"

#include <memory>
#include <string>
#include <vector>

class CommandContext;

namespace exchange {
class Database;
class SystemClock;
namespace stellar { class HorizonClient; }
namespace wallets {
class StellarMemoRequired;
class StellarTrustlines;
}
namespace withdrawals { class StellarChannels; }
}
namespace depositcli { class Services; }
namespace vaultcli { class Vault; }

namespace stellartrustlinecli {

class Services final
{
public:
    explicit Services(exchange::Database &database);
    ~Services();

    vaultcli::Vault &vault() { return *m_vault; }
    // Finds Stellar's node and makes the service; the reason when there is
    // none. Notes on the settings (unsigned, ignored rows) go to stderr.
    exchange::Result<void> open(CommandContext &context);
    exchange::wallets::StellarTrustlines &trustlines() { return *m_trustlines; }
    exchange::wallets::StellarMemoRequired &memoRequired() { return *m_memoRequired; }
    exchange::withdrawals::StellarChannels &channels() { return *m_channels; }
    exchange::wallets::PinnedKeySource pin();

private:
    exchange::Database &m_database;
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<depositcli::Services> m_services;
    std::unique_ptr<vaultcli::Vault> m_vault;
    std::unique_ptr<exchange::stellar::HorizonClient> m_horizon;
    std::unique_ptr<exchange::wallets::StellarTrustlines> m_trustlines;
    std::unique_ptr<exchange::wallets::StellarMemoRequired> m_memoRequired;
    std::unique_ptr<exchange::withdrawals::StellarChannels> m_channels;
};

} // namespace stellartrustlinecli
