#pragma once
// Chain-neutral checks of what a customer or counterparty claims: an
// address, a transaction id, a message signature, a raw transaction. Each
// answer is either the canonical form or a one-line reason fit to show an
// operator (never containing secrets).

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/chains/messagescheme.h"

#include <QByteArray>
#include <QJsonObject>

#include <string>
#include <string_view>

namespace exchange::chains {

// The canonical spelling: EIP-55 for Ethereum; G…/M… for Stellar.
Result<std::string> validateAddress(Chain chain, std::string_view address);
// Ethereum: "0x" + 64 hex; Algorand: 52 base32 characters of 32 bytes;
// Stellar: 64 hex. Returns the canonical (lowercase hex) spelling.
Result<std::string> validateTxId(Chain chain, std::string_view txId);
// Ethereum: 130 hex digits, with "0x" (ethers, web3) or without (Python's
// eth_account signature.hex() since hexbytes 1.0). Ed25519 chains: base64
// (as algosdk and the Stellar SDK print it) or 128 hex digits.
Result<QByteArray> parseSignature(Chain chain, std::string_view signature);
// The scheme under which signature by signer covers message: personal_sign
// for Ethereum, signBytes for Algorand, and for Stellar plain Ed25519
// (Keypair.sign) or else SEP-53 (Keypair.signMessage).
Result<MessageScheme> verifyMessage(Chain chain, std::string_view signer, const QByteArray &message,
                                    std::string_view signature);
// Raw transaction text: Ethereum 0x-hex; Algorand base64 or hex of the
// signed msgpack; Stellar base64 envelope XDR (hashed for the passphrase).
Result<QJsonObject> decodeTransaction(Chain chain, std::string_view raw,
                                      std::string_view stellarNetworkPassphrase);

} // namespace exchange::chains
