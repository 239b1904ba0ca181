#pragma once
// One of a customer's own withdrawal addresses (StellarMap): the chain, the
// address in its chain's canonical spelling, a label, who added it and when.

#include "core/base/chain.h"

#include <QString>

#include <cstdint>
#include <string>

namespace exchange {

// The longest label an operator may give an address, in characters.
inline constexpr int kCustomerAddressLabelMax = 64;

struct CustomerAddress {
    std::int64_t customerId = 0;
    Chain chain = Chain::Stellar;
    std::string address; // canonical: EIP-55, G…/M…, Algorand base32
    QString label;       // empty when none
    std::string addedBy; // the operator's display name
    std::int64_t addedAtMs = 0;

    friend bool operator==(const CustomerAddress &, const CustomerAddress &) = default;
};

} // namespace exchange
