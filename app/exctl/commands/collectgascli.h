#pragma once
// exctl collect leftovers|return-gas: the gas left on Ethereum deposit
// addresses beyond what they owe customers, listed, and sent back to the
// fee wallet (EthereumGasLeftovers, EthereumGasReturn).

#include "core/money/asset.h"

class CommandContext;

namespace exchange {
class Clock;
class Database;
namespace ethereum { class JsonRpcClient; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class WalletService; }
}

namespace collectgascli {

int leftovers(CommandContext &context, exchange::Database &db, exchange::ethereum::JsonRpcClient &node,
              const exchange::Asset &eth, bool json);

int returnGas(CommandContext &context, exchange::Database &db, const exchange::Clock &clock,
              exchange::ledger::LedgerService &ledger, exchange::security::AuditLog &audit,
              exchange::wallets::WalletService &wallets, exchange::ethereum::JsonRpcClient &node,
              const exchange::security::KeyVault &vault, const exchange::Asset &eth, const exchange::Amount &minimum, bool json);

} // namespace collectgascli
