#pragma once
// The requests of the trade API as 001 defines them, read strictly: a body
// {"sig": "...", "payload": {...}} with exactly the seven payload fields of
// the right types, known currencies (platform names: "Ethereum",
// "Algorand", "Stellar" for the coins; a token's asset code, tradecurrencies.h),
// different buy and sell currencies, positive
// amounts with no more decimals than the asset has (whole units, as a JSON
// number, exponent allowed as json.dumps writes small and large floats, or
// as a decimal string; read exactly, never through a double), addresses and
// tx_id valid on their chains (a token's: its chain's). Anything else is InvalidInput with a message that
// names the field, never an internal detail.

#include "core/api/tradecurrencies.h"
#include "core/encoding/exactjson.h"
#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/chains/messagescheme.h"
#include "core/trade/order.h"

#include <string>

namespace exchange::api {

struct SignedPayload {
    std::string payloadRaw;    // exactly as the client sent it
    std::string payloadPython; // json.dumps(payload), what 001's clients sign
    std::string signature;
};

struct TradeRequest {
    trade::NewOrder order; // addresses and tx_id in canonical form
    Chain sellChain = Chain::Ethereum;
    Chain buyChain = Chain::Ethereum;
    Asset sellAsset; // what the funding payment must move (a coin, or a token's signed identity)
    Asset buyAsset;
    std::string senderAsSent; // what the signature is checked against
    SignedPayload signedPayload;
};

struct CancelRequest {
    std::int64_t orderId = 0;
    std::string senderPk;
    Chain chain = Chain::Ethereum; // the signer's chain (the order's sell chain)
    SignedPayload signedPayload;
};

inline constexpr std::size_t kMaxRequestBytes = 16 * 1024;

// The raw payload text of a body, for the Log row (the whole body when no
// payload member can be found).
std::string payloadText(std::string_view body);

// currencies: what the currencies may name (the coins only, unless told).
Result<TradeRequest> parseTradeRequest(std::string_view body, const TradeCurrencies &currencies = TradeCurrencies());
// {"sig": ..., "payload": {"order_id": N, "sender_pk": "...", "platform": "Ethereum"}}
Result<CancelRequest> parseCancelRequest(std::string_view body);

// How a payload's signature verified: the scheme, and over which text.
struct PayloadVerification {
    chains::MessageScheme scheme = chains::MessageScheme::PersonalSign;
    bool overPythonText = false; // json.dumps(payload), not the bytes as sent

    // "sep53 over json.dumps(payload)", for the log.
    std::string describe() const;
};

// Whether `signature` by `signer` covers the payload as sent or as
// json.dumps printed it, with the chain's message scheme (for Stellar plain
// Ed25519 or SEP-53).
Result<PayloadVerification> verifyPayloadSignature(Chain chain, const std::string &signer,
                                                   const SignedPayload &payload);

// "Ethereum" -> Chain::Ethereum (any letter case); and back, as 001 spells it.
std::optional<Chain> platformFromName(std::string_view name);
std::string platformName(Chain chain);
// The native asset code of a chain ("ETH").
std::string assetOf(Chain chain);
// What /order_book calls an order's currency: a coin's platform name, a
// token's asset code.
std::string currencyName(const Asset &asset);

} // namespace exchange::api
