#pragma once
// The keys a customer registered for signing withdrawal requests through the
// API (their own key, or their co-signers' as 000_… describes for multisig),
// and how many of them must sign one request (M of N; 1 unless set).

#include "core/base/chain.h"

#include <cstdint>
#include <string>
#include <vector>

namespace exchange::withdrawals {

struct WithdrawalKey {
    std::int64_t customerId = 0;
    Chain chain = Chain::Stellar;
    std::string address; // canonical: EIP-55, a Stellar G… account id, an Algorand address
    std::string addedBy;
    std::int64_t addedAtMs = 0;

    friend bool operator==(const WithdrawalKey &a, const WithdrawalKey &b)
    {
        return a.customerId == b.customerId && a.chain == b.chain && a.address == b.address;
    }
};

struct WithdrawalKeyPolicy {
    std::int64_t customerId = 0;
    std::vector<WithdrawalKey> keys; // oldest first
    int required = 1;                // signatures of distinct keys a request needs
};

// A key whose signature over a request's payload was checked (the API does
// the elliptic-curve work before it asks the store).
struct VerifiedSigner {
    Chain chain = Chain::Stellar;
    std::string address; // canonical

    friend bool operator==(const VerifiedSigner &, const VerifiedSigner &) = default;
};

} // namespace exchange::withdrawals
