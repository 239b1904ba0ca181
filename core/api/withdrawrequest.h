#pragma once
// POST /withdraw as the API reads it, strictly, in the manner of /trade:
//   {"payload": {"customer_id": 7, "request_id": "…", "asset": "XLM",
//                "destination": "G…", "amount": "12.5"},
//    "signatures": [{"signer": "G…", "sig": "…"}, …]}
// Exactly those payload fields; customer_id a positive integer; request_id
// 1 to 64 of [A-Za-z0-9._:-]; amount a decimal string (never a JSON number,
// never a double); 1 to 16 signatures, each naming its signer (an Ethereum
// address, a Stellar G… account id or an Algorand address, whose form names
// the chain) and a signature of that chain's message scheme (personal_sign;
// Stellar Ed25519 or SEP-53; algosdk signBytes) over the payload's exact
// bytes as sent or over Python's json.dumps(payload). Anything else is InvalidInput naming
// the field.

#include "core/api/traderequest.h"
#include "core/base/result.h"
#include "core/withdrawals/signedwithdrawalservice.h"

#include <string>
#include <string_view>
#include <vector>

namespace exchange::api {

struct WithdrawSignature {
    Chain chain = Chain::Stellar;
    std::string signer; // canonical: the signature is checked against it
    std::string sig;
};

struct WithdrawRequest {
    withdrawals::SignedWithdrawalRequest withdrawal; // signatures empty until verified
    std::vector<WithdrawSignature> signatures;
    std::string payloadRaw;
    std::string payloadPython;
};

inline constexpr std::size_t kMaxWithdrawSignatures = 16;

Result<WithdrawRequest> parseWithdrawRequest(std::string_view body);

// Unauthorized unless every signature verifies over the payload; returns
// each signature with the payload's bytes it verified over (as sent, or
// Python's spelling), in the order sent.
Result<std::vector<withdrawals::RequestSignature>> verifyWithdrawSignatures(const WithdrawRequest &request);

} // namespace exchange::api
