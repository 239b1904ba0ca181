#pragma once
// PayoutAuthorization: what the payout signer checks before it signs for a
// withdrawal, from the ledger and from signatures rather than from what the
// withdrawal's row says about itself (DESIGN.md: "Trust the signer, not the
// rows"). A withdrawal is paid only when
//  0. its request is genuine: a customer's (POST /withdraw) is kept as
//     signed, every signature verifies again over the payload it signed,
//     each payload states this row's customer, asset, amount and
//     destination, and the signers are keys of that customer, enough of
//     them, as the newest statement an admin signed about the customer's
//     keys before the request says (SignedCustomerKeys, never the
//     withdrawal_keys rows); an operator's is a "request" statement of
//     this withdrawal as it is, signed by the requester with a key that
//     chains to the pin, whose role could request then; a back-office
//     client's ("api:<client>") is kept as the client signed it, and its
//     signature verifies again with the key that client's admin-signed
//     statement names, which grants the scope withdrawals (the
//     ApiRequestCheck the caller gives), its body states this row's
//     customer (the path's), asset, amount and destination, and it was
//     signed within minutes of the ledger's hold (not a rejected
//     request's bytes stored again under a new withdrawal);
//  1. the ledger holds its amount and fee on that customer's account of
//     that asset, pending: a row inserted or inflated in SQL has no hold
//     that matches it;
//  2. no signed statement about it contradicts the row: every signature
//     is good, an approval or manual payout states the destination,
//     amount, fee, customer and requester the row has now, and nobody
//     signed its rejection or cancellation;
//  3. its limits decision, recomputed from the ledger's earlier holds of
//     that customer and asset (WithdrawalHolds) and the limits and
//     four-eyes amount in force when the ledger took its hold (that
//     transfer's time, which no one can edit, never the row's
//     requested_at), is "automatic", or it was held for review; and
//  4. if it needs approvals (over a limit, or held for review), enough
//     distinct approvers, never the requester, approved it: approvals
//     count only as signed statements whose keys chain to the admin key
//     pinned in the key vault (TrustChain) and whose operators could
//     approve when they signed.
// Without a pin there is nothing to verify by: check() refuses (an error)
// and nothing is paid (fail closed).
// A failed check is a Finding: the withdrawal is held for integrity, never
// paid and never "fixed". Reads only; the caller's connection.

#include "core/base/message.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"
#include "core/withdrawals/apiwithdrawalrequest.h"
#include "core/withdrawals/requestsignature.h"
#include "core/withdrawals/withdrawalholds.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class Dialect;
}
namespace exchange::security {
class TrustChain;
}

namespace exchange::withdrawals {

class SignedCustomerKeys;
struct WithdrawalRecord;

// The settings the limits decision depends on, as they were in force at a
// moment.
struct LimitsInForce {
    Amount limit24h;
    Amount limit72h;
    std::optional<Amount> twoApproversAbove; // none: one approver is enough
};

class PayoutAuthorization final
{
public:
    // The limits of an asset in force at a time, in milliseconds.
    using LimitsSource = std::function<Result<LimitsInForce>(const std::string &asset, std::int64_t atMs)>;

    // Whether a back-office client's stored request is genuine: its
    // signature verifies with the key of request.client as the newest
    // statement about it that an admin signed (traced from
    // pinnedAdminKey) says, and that statement grants the scope
    // withdrawals. Why not, or nothing. core/api knows its clients
    // (api::checkSignedWithdrawalRequest); this layer is below it.
    using ApiRequestCheck = std::function<Result<std::optional<std::string>>(
        const QSqlDatabase &db, const QByteArray &pinnedAdminKey, const ApiWithdrawalRequest &request)>;

    // pinnedAdminKey: the key vault's pin, or nullopt when it pins none
    // (check() then refuses; approvalStandings() says NoPin).
    PayoutAuthorization(QSqlDatabase db, const Dialect &dialect, std::optional<QByteArray> pinnedAdminKey,
                        LimitsSource limits);
    ~PayoutAuthorization();
    // Without one, every back-office client's withdrawal is held
    // (request_not_genuine): nothing to verify it by.
    void setApiRequestCheck(ApiRequestCheck check) { m_apiRequests = std::move(check); }
    // The tokens as the signer checked them against their signed identities
    // (PayoutService's tokens in force), by code: a withdrawal of one is
    // read in those decimals, never in a row changed since.
    void useSignedAssets(std::map<std::string, Asset> assets) { m_signedAssets = std::move(assets); }

    struct Finding {
        std::string check; // "hold_missing", "statement_differs", "approvals_short", …
        Message reason;
    };
    // Why w must not be paid, or nothing. An error: the check could not be
    // made (the caller signs nothing then either).
    Result<std::optional<Finding>> check(const WithdrawalRecord &w);

    // Each signed approval of w as the signer weighs it, for the screens
    // (the Withdrawals screen's verified marks), oldest first.
    enum class Standing {
        Counts,          // a registered approver's good signature of this withdrawal as it is
        BadSignature,    // the bytes are not that key's signature, or not a statement
        Differs,         // it states the withdrawal otherwise than the row
        NoPin,           // the vault pins no admin key to verify it by
        KeyNotTrusted,   // no admin had registered that key (for that operator) then
        MayNotApprove,   // the key's registered role could not approve
        Requester,       // the requester approving their own withdrawal
    };
    struct ApprovalStanding {
        std::string approver; // as the statement names them
        std::int64_t atMs = 0;
        Standing standing = Standing::BadSignature;
    };
    Result<std::vector<ApprovalStanding>> approvalStandings(const WithdrawalRecord &w);

    // The limits as the assets and withdrawal settings rows say them now,
    // read once per asset by the source returned. For the screens' reading
    // of approvals only: the signer never takes a limit from a row.
    static LimitsSource limitsFromRows(QSqlDatabase db, const Dialect &dialect);
    // The limits in force at atMs as the admin-signed asset.settings
    // statements say them (SignedSettings::inForceAt, traced from the pin),
    // whatever the rows say: the newest signed at or before atMs, or the
    // first one signed when atMs is older. An asset no admin ever signed
    // has none: an error (WrongState, SignerSettingsUnsigned), so nothing
    // of it is signed. Read once per source (one payout run).
    static LimitsSource limitsSigned(QSqlDatabase db, const QByteArray &pinnedAdminKey);

private:
    // 0.: the request's evidence, a customer's signatures or an operator's
    // signed statement among records (the withdrawal's statements).
    Result<std::optional<Finding>> checkRequest(const WithdrawalRecord &w,
                                                const std::vector<security::SignedStatementRecord> &records);
    Result<std::optional<Finding>> checkCustomerRequest(const WithdrawalRecord &w,
                                                        const std::vector<RequestSignature> &signatures);
    // A back-office client's (w.requestedBy "api:<client>").
    Result<std::optional<Finding>> checkApiClientRequest(const WithdrawalRecord &w, const std::string &client);
    // The customer's keys as admins signed them, read once per customer.
    Result<const SignedCustomerKeys *> customerKeys(std::int64_t customerId);
    // The amount's hold in `hold` when both holds are as the row says.
    Result<std::optional<Finding>> checkHolds(const WithdrawalRecord &w, LedgerHold &hold);
    // An approval statement as the trust chain knows its signer.
    struct SeenApproval {
        std::int64_t operatorId = 0; // as the row names them
        std::optional<security::KeyRegistration> registration;
        std::string problem;
    };
    // Every signature is checked once: approvals through the trust chain
    // (when there is a pin), which collects them into approvals.
    Result<std::optional<Finding>> checkStatements(const WithdrawalRecord &w,
                                                   const std::vector<security::SignedStatementRecord> &records,
                                                   std::vector<SeenApproval> &approvals);
    Result<std::optional<Finding>> checkApprovals(const WithdrawalRecord &w, int required,
                                                  const std::vector<SeenApproval> &approvals);
    Result<const security::TrustChain *> trustChain();
    // The first field of the withdrawal's statement for decision that
    // statement states otherwise than w; nothing when they agree.
    static std::optional<std::string> differingField(const WithdrawalRecord &w, const security::Statement &statement,
                                                     const std::string &decision);

    // The asset of a withdrawal: a coin, or a token's row (its decimals).
    std::optional<Asset> assetOf(const std::string &code) const;
    std::map<std::string, Asset> m_signedAssets;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    std::optional<QByteArray> m_pinned;
    LimitsSource m_limits;
    ApiRequestCheck m_apiRequests;
    std::unique_ptr<security::TrustChain> m_chain; // built on first need, once per authorization
    std::map<std::int64_t, std::unique_ptr<SignedCustomerKeys>> m_customerKeys; // by customer, read on first need
    std::int64_t m_verifiedRequest = 0; // the request statement checkRequest verified, this check
    std::optional<std::int64_t> m_apiSignedAtMs; // a client's request's signed time, this check
};

} // namespace exchange::withdrawals
