#pragma once
// The Ethereum deposit addresses' account key: the BIP-32 extended public
// key of m/44'/60'/0'/0, recorded once in deposit_xpubs when the vault
// first derives it (DepositKeys) and checked against the seed at every
// unlock. Every Ethereum deposit address is its child at the wallet's
// derivation index, so anyone can check that a deposit wallet's row names
// an address the exchange's seed controls without the vault: issuing uses
// it to derive, the deposit watcher to check before it credits anyone.

#include "core/base/result.h"
#include "core/crypto/bip32publickey.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

class QSqlDatabase;

namespace exchange::wallets {

class EthereumDepositXpub final
{
public:
    // The meta key a refresh sets when the stored xpub is not the seed's.
    static QString mismatchKey() { return QStringLiteral("deposit_xpub_mismatch"); }

    // The recorded xpub, read on the caller's connection; nullopt before
    // the vault's first refresh; DepositXpubMismatch once a refresh found
    // it is not the seed's.
    static Result<std::optional<crypto::Bip32PublicKey>> read(const QSqlDatabase &db);
    // The EIP-55 address of the account key's non-hardened child index.
    static Result<std::string> address(const crypto::Bip32PublicKey &account, std::uint32_t index);
};

} // namespace exchange::wallets
