#pragma once
// SignedWithdrawalService: a customer's own withdrawal request, as the API
// receives it, signed by keys they registered (WithdrawalKeyService). It is
// refused unless every signer is one of the customer's keys and at least the
// required number of distinct keys signed (a key that signed twice counts
// once); only then is the asset, amount and request id looked at, so an
// unsigned caller learns nothing about balances. The request id is stored in
// the withdrawal's own transaction: a replay is refused and can never make a
// second withdrawal. The rest (destination, balance, limits) is
// WithdrawalService::request's, with nothing written when it refuses.
//
// The signatures themselves are checked by the caller (the elliptic-curve
// work runs off the store's thread); this class takes them verified, each
// with the payload's bytes it verified over, and keeps them with the
// withdrawal in its transaction (RequestSignatureRepository): the payout
// signer verifies them again before it pays.

#include "core/base/result.h"
#include "core/withdrawals/withdrawalkey.h"
#include "core/withdrawals/withdrawalrecord.h"
#include "core/withdrawals/requestsignature.h"

#include <string>
#include <vector>

namespace exchange {
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::withdrawals {

class WithdrawalService;

struct SignedWithdrawalRequest {
    std::int64_t customerId = 0;
    std::string requestId;   // the client's, unique per customer
    std::string asset;       // code, e.g. "XLM"
    std::string destination; // any accepted spelling of an address of the asset's chain
    std::string amount;      // exact decimal text in the asset's unit
    std::vector<RequestSignature> signatures; // verified, in the order sent
};

class SignedWithdrawalService final
{
public:
    SignedWithdrawalService(Database &database, const Clock &clock, WithdrawalService &withdrawals,
                            security::AuditLog &audit);

    // Unauthorized: a signer who is not a key of the customer, or fewer
    // distinct signers than required. InvalidInput: an unknown asset, an
    // amount that is not a positive decimal with at most the asset's
    // decimals, a bad destination. Conflict: the request id was used.
    // InsufficientFunds and the rest as WithdrawalService::request.
    Result<WithdrawalRecord> submit(const SignedWithdrawalRequest &request);

private:
    Database &m_database;
    const Clock &m_clock;
    WithdrawalService &m_withdrawals;
    security::AuditLog &m_audit;
};

} // namespace exchange::withdrawals
