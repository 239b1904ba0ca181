#pragma once
// The Ethereum deposit account (m/44'/60'/0'/0) of BIP-39's published test
// mnemonic ("abandon" x 11, "about"), recorded in deposit_xpubs as the vault
// records it, so that deposit wallets at its indexes are ones the deposit
// watcher credits. The addresses at indexes 0 and 1 are ethers'
// HDNodeWallet derivation of that mnemonic, not this code's.

#include "core/base/result.h"

#include <string>

namespace exchange { class Database; }

inline const std::string kTestEthDeposit0 = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";
inline const std::string kTestEthDeposit1 = "0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0";

exchange::Result<void> recordTestEthereumXpub(exchange::Database &db);
