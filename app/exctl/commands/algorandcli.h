#pragma once
// What the algorand commands share: algod at the URL an admin signed
// (wallets::SignerNode: traced from the vault's pin, sealed while the vault
// is unlocked, else as it lists it), its notes on stderr.

#include <memory>

class CommandContext;

namespace exchange {
class Database;
namespace algorand { class AlgodClient; }
namespace security { class KeyVault; }
namespace wallets { class WalletService; }
}

namespace algorandcli {

// nullptr when there is none (the reason said on stderr): return Refused.
std::unique_ptr<exchange::algorand::AlgodClient> signedAlgod(CommandContext &context, exchange::Database &db,
                                                             const exchange::security::KeyVault &vault,
                                                             const exchange::wallets::WalletService &wallets);

} // namespace algorandcli
