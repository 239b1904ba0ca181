#include "core/withdrawals/payoutauthorization.h"

#include "core/security/actor.h"
#include "core/security/keyregistration.h"
#include "core/security/permissions.h"
#include "core/security/signedsettings.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/chains/chainchecks.h"
#include "core/encoding/exactjson.h"
#include "core/withdrawals/apiwithdrawalrequestrepository.h"
#include "core/withdrawals/approvalsrequired.h"
#include "core/withdrawals/customerkeysstatement.h"
#include "core/withdrawals/requestsignaturerepository.h"
#include "core/withdrawals/signedcustomerkeys.h"
#include "core/withdrawals/withdrawallimits.h"
#include "core/withdrawals/withdrawalrecord.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalstatement.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <variant>

namespace exchange::withdrawals {

namespace {

using Finding = PayoutAuthorization::Finding;

// How far a back-office client's signed timestamp may be from the moment
// the ledger held its withdrawal: the server takes it within 60 s of its
// clock and holds at once; the rest is slack for a slow transaction.
constexpr std::int64_t kApiRequestHeldWithinMs = 5LL * 60 * 1000;

std::optional<Finding> held(std::string check, MessageId id, std::vector<std::string> args)
{
    return Finding{std::move(check), Message{id, std::move(args)}};
}

// "withdrawal.approve" -> "approve"; empty when the kind is not a
// withdrawal decision.
std::string decisionOf(const std::string &kind)
{
    const std::string prefix = "withdrawal.";
    return kind.rfind(prefix, 0) == 0 ? kind.substr(prefix.size()) : std::string();
}

std::string signerName(const security::Statement &s)
{
    return s.value("operator_name").value_or("?");
}

// Who may sign a withdrawal's request: anyone who works the queue, not a
// viewer (who may only read).
bool mayRequest(security::Role role)
{
    return role != security::Role::Viewer;
}

// What the customer's signed payload says that this row does not, or
// nothing: the customer, the asset, the amount (exact, in the asset's
// decimals) and the destination (canonical on the asset's chain).
std::optional<std::string> payloadDiffers(const WithdrawalRecord &w, const std::optional<Asset> &asset, const std::string &payload)
{
    auto doc = encoding::parseJson(payload);
    if (!doc || doc->kind != encoding::JsonValue::Kind::Object)
        return std::string("the signed payload is not a JSON object");
    const auto text = [&doc](std::string_view name, encoding::JsonValue::Kind kind) -> std::optional<std::string> {
        const encoding::JsonValue *v = doc->member(name);
        if (!v || v->kind != kind)
            return std::nullopt;
        return v->text;
    };
    if (text("customer_id", encoding::JsonValue::Kind::Number) != std::to_string(w.customerId))
        return std::string("the signed payload names another customer");
    if (text("asset", encoding::JsonValue::Kind::String) != w.asset)
        return std::string("the signed payload names another asset");
    const auto amountText = text("amount", encoding::JsonValue::Kind::String);
    bool sameAmount = false;
    if (asset && amountText) {
        const auto amount = Amount::tryParse(*amountText, asset->decimals);
        sameAmount = std::holds_alternative<Amount>(amount) && std::get<Amount>(amount) == w.amount;
    }
    if (!sameAmount)
        return "the signed payload's amount is " + amountText.value_or("missing") + ", the withdrawal's "
               + (asset ? asset->format(w.amount) : w.amount.toBaseUnitString());
    const auto destination = text("destination", encoding::JsonValue::Kind::String);
    if (!destination)
        return std::string("the signed payload names no destination");
    const auto canonical = chains::validateAddress(w.chain, *destination);
    if (!canonical || canonical.value() != w.destination)
        return std::string("the signed payload names another destination");
    return std::nullopt;
}

// The back-office request's path names the customer by their external id:
// "/v1/customers/{external_id}/withdrawals", nothing after it.
std::optional<QString> customerOfTarget(const QByteArray &target)
{
    static const QByteArray prefix = QByteArrayLiteral("/v1/customers/");
    static const QByteArray suffix = QByteArrayLiteral("/withdrawals");
    if (!target.startsWith(prefix) || !target.endsWith(suffix) || target.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    const QByteArray id = target.mid(prefix.size(), target.size() - prefix.size() - suffix.size());
    if (id.contains('/') || id.contains('?'))
        return std::nullopt;
    return QString::fromUtf8(QByteArray::fromPercentEncoding(id));
}

// What the client's signed body says that this row does not, or nothing:
// the asset, the amount (exact, in the asset's decimals) and the
// destination (canonical on the asset's chain); no memo (none is paid).
std::optional<std::string> apiBodyDiffers(const WithdrawalRecord &w, const std::optional<Asset> &asset, const QByteArray &body)
{
    auto doc = encoding::parseJson(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (!doc || doc->kind != encoding::JsonValue::Kind::Object)
        return std::string("the signed body is not a JSON object");
    const auto text = [&doc](std::string_view name) -> std::optional<std::string> {
        const encoding::JsonValue *v = doc->member(name);
        if (!v || v->kind != encoding::JsonValue::Kind::String)
            return std::nullopt;
        return v->text;
    };
    if (text("asset") != w.asset)
        return std::string("the signed body names another asset");
    const auto amountText = text("amount");
    bool sameAmount = false;
    if (asset && amountText) {
        const auto amount = Amount::tryParse(*amountText, asset->decimals);
        sameAmount = std::holds_alternative<Amount>(amount) && std::get<Amount>(amount) == w.amount;
    }
    if (!sameAmount)
        return "the signed body's amount is " + amountText.value_or("missing") + ", the withdrawal's "
               + (asset ? asset->format(w.amount) : w.amount.toBaseUnitString());
    const auto destination = text("destination");
    if (!destination)
        return std::string("the signed body names no destination");
    const auto canonical = chains::validateAddress(w.chain, *destination);
    if (!canonical || canonical.value() != w.destination)
        return std::string("the signed body names another destination");
    if (const encoding::JsonValue *memo = doc->member("memo"); memo && memo->kind != encoding::JsonValue::Kind::Null)
        return std::string("the signed body asks for a memo");
    return std::nullopt;
}

} // namespace

PayoutAuthorization::PayoutAuthorization(QSqlDatabase db, const Dialect &dialect, std::optional<QByteArray> pinnedAdminKey,
                                         LimitsSource limits)
    : m_db(std::move(db)), m_dialect(dialect), m_pinned(std::move(pinnedAdminKey)), m_limits(std::move(limits))
{
}

PayoutAuthorization::~PayoutAuthorization() = default;

PayoutAuthorization::LimitsSource PayoutAuthorization::limitsFromRows(QSqlDatabase db, const Dialect &dialect)
{
    auto read = std::make_shared<std::map<std::string, LimitsInForce>>();
    return [db, &dialect, read](const std::string &asset, std::int64_t) -> Result<LimitsInForce> {
        if (auto it = read->find(asset); it != read->end())
            return it->second;
        auto record = AssetRepository(db, dialect).find(asset);
        if (!record)
            return record.error();
        auto fourEyes = WithdrawalRepository(db, dialect).twoApproversAbove(asset);
        if (!fourEyes)
            return fourEyes.error();
        const LimitsInForce limits{record.value().settings.limit24h, record.value().settings.limit72h, fourEyes.value()};
        read->emplace(asset, limits);
        return limits;
    };
}

PayoutAuthorization::LimitsSource PayoutAuthorization::limitsSigned(QSqlDatabase db, const QByteArray &pinnedAdminKey)
{
    auto signedSettings = std::make_shared<std::optional<security::SignedSettings>>();
    const QByteArray pin = pinnedAdminKey;
    return [db, signedSettings, pin](const std::string &asset, std::int64_t atMs) -> Result<LimitsInForce> {
        if (!*signedSettings) {
            auto read = security::SignedSettings::read(db, pin);
            if (!read)
                return read.error();
            signedSettings->emplace(std::move(read).value());
        }
        // What an admin had signed when the ledger took the hold; for a
        // hold older than the first signature, that first one. Never the
        // rows: an asset no admin has signed pays nothing (fail closed).
        auto inForce = (*signedSettings)->inForceAt(asset, atMs);
        if (!inForce)
            inForce = (*signedSettings)->firstSigned(asset);
        if (!inForce)
            return Error{ErrorCode::WrongState, Message{MessageId::SignerSettingsUnsigned, {asset}}.english()};
        const security::MoneySettings &m = inForce->settings;
        return LimitsInForce{m.amounts.limit24h, m.amounts.limit72h, m.twoApproversAbove};
    };
}

Result<std::optional<Finding>> PayoutAuthorization::check(const WithdrawalRecord &w)
{
    m_verifiedRequest = 0;
    m_apiSignedAtMs.reset();
    // Fail closed: with nothing to trace a signature to, nothing is vouched
    // for (PayoutService signs nothing then, and never asks).
    if (!m_pinned)
        return Error{ErrorCode::WrongState, Message{MessageId::SignerNoPinnedAdminKey, {}}.english()};
    auto records = security::SignedStatements(m_db).forObject("withdrawal", std::to_string(w.id));
    if (!records)
        return records.error();
    if (auto request = checkRequest(w, records.value()); !request || request.value())
        return request;
    LedgerHold hold;
    if (auto holds = checkHolds(w, hold); !holds || holds.value())
        return holds;
    // A client's signed request is for the withdrawal the ledger held when
    // it arrived, not for one made later with its bytes (a rejected
    // request's, say): its signed timestamp is that hold's moment.
    if (m_apiSignedAtMs && std::llabs(*m_apiSignedAtMs - hold.atMs) > kApiRequestHeldWithinMs)
        return held("request_not_genuine", MessageId::SignerCheckRequestNotGenuine,
                    {"the client signed its request at " + std::to_string(*m_apiSignedAtMs / 1000)
                     + " (unix seconds), the ledger held this withdrawal at " + std::to_string(hold.atMs / 1000)});
    std::vector<SeenApproval> approvals;
    if (auto statements = checkStatements(w, records.value(), approvals); !statements || statements.value())
        return statements;

    // The limits decision again, as of the moment the ledger took the hold.
    const auto asset = assetOf(w.asset);
    if (!asset)
        return Error{ErrorCode::InvalidInput, "unknown asset " + w.asset};
    auto limits = m_limits(w.asset, hold.atMs);
    if (!limits)
        return limits.error();
    const int required = approvalsRequired(w.amount, limits.value().twoApproversAbove);
    const bool markedAutomatic = w.reviewReason.empty();
    // Held for review when requested: approvals decide, whatever the
    // history says now.
    if (!markedAutomatic)
        return checkApprovals(w, required, approvals);

    auto earlier = WithdrawalHolds(m_db).earlier(hold, kLimitWindow72hMs);
    if (!earlier)
        return earlier.error();
    auto decided = WithdrawalLimits::check(
        {*asset, limits.value().limit24h, limits.value().limit72h, earlier.value(), w.amount, hold.atMs});
    if (!decided)
        return decided.error();
    if (decided.value().automatic())
        return std::optional<Finding>();
    // Marked as within its limits, which the ledger contradicts: only
    // enough approvals let it go, and without them that is the finding.
    auto approved = checkApprovals(w, required, approvals);
    if (!approved || !approved.value())
        return approved;
    return held("over_limits", MessageId::SignerCheckOverLimits, {decided.value().breaches.front().reason});
}

Result<std::optional<Finding>> PayoutAuthorization::checkRequest(const WithdrawalRecord &w,
                                                                  const std::vector<security::SignedStatementRecord> &records)
{
    // A customer's request is made by the API (SignedWithdrawalService) and
    // must carry their signatures; any other requester must have signed. A
    // row that names another requester than it had only takes the path
    // whose evidence it lacks.
    static const std::string api = security::Actor::system("api").displayName();
    if (w.requestedBy == api) {
        auto signatures = RequestSignatureRepository(m_db).of(w.id);
        if (!signatures)
            return signatures.error();
        if (signatures.value().empty())
            return held("request_not_genuine", MessageId::SignerCheckRequestNotGenuine,
                        {"no signature of the customer is kept with it"});
        return checkCustomerRequest(w, signatures.value());
    }
    static const std::string clientPrefix = "api:";
    if (w.requestedBy.rfind(clientPrefix, 0) == 0)
        return checkApiClientRequest(w, w.requestedBy.substr(clientPrefix.size()));

    // An operator's: a good "request" statement of this withdrawal as it is,
    // by the requester, whose key chained to the pin and whose role could
    // request when they signed.
    std::string why;
    auto note = [&why](const std::string &text) { why += (why.empty() ? "" : ", ") + text; };
    for (const security::SignedStatementRecord &r : records) {
        if (r.kind != "withdrawal.request")
            continue;
        auto chain = trustChain();
        if (!chain)
            return chain.error();
        const auto signer = chain.value()->signerOf(r);
        if (!signer.registration) {
            note("a request statement " + signer.problem);
            continue;
        }
        const security::KeyRegistration &who = *signer.registration;
        auto parsed = security::Statement::parse(r.statement);
        if (!parsed) {
            note("a request statement is not canonical");
            continue;
        }
        if (const auto differs = differingField(w, parsed.value(), "request")) {
            note(*differs + " differs from the request " + who.username + " signed");
            continue;
        }
        if (!mayRequest(who.role)) {
            note(who.username + " may not request as " + std::string(security::roleName(who.role)));
            continue;
        }
        if (who.username != w.requestedBy) {
            note("signed by " + who.username + ", not by the requester " + w.requestedBy);
            continue;
        }
        m_verifiedRequest = r.id; // its signature is not checked twice
        return std::optional<Finding>();
    }
    return held("request_not_genuine", MessageId::SignerCheckRequestNotGenuine,
                {why.empty() ? "no signed request" : why});
}

Result<std::optional<Finding>> PayoutAuthorization::checkCustomerRequest(const WithdrawalRecord &w,
                                                                          const std::vector<RequestSignature> &signatures)
{
    const auto refused = [](std::string why) {
        return held("request_not_genuine", MessageId::SignerCheckRequestNotGenuine, {std::move(why)});
    };
    auto keys = customerKeys(w.customerId);
    if (!keys)
        return keys.error();
    const auto inForce = keys.value()->at(w.customerId, w.requestedAtMs);
    if (!inForce)
        return refused("no admin signed customer " + std::to_string(w.customerId) + "'s withdrawal keys before the request");
    const WithdrawalKeyPolicy &policy = inForce->policy;
    std::vector<std::pair<Chain, std::string>> distinct;
    for (const RequestSignature &s : signatures) {
        // The payload first: a signature over other bytes is no evidence.
        if (const auto differs = payloadDiffers(w, assetOf(w.asset), s.payload))
            return refused(*differs);
        const bool registered = std::any_of(policy.keys.begin(), policy.keys.end(), [&s](const WithdrawalKey &k) {
            return k.chain == s.chain && k.address == s.signer;
        });
        if (!registered)
            return refused("request signed by a key the customer never registered (" + s.signer + ")");
        if (!s.verifies())
            return refused("the signature of " + s.signer + " does not verify over the payload it is stored with");
        const std::pair<Chain, std::string> key{s.chain, s.signer};
        if (std::find(distinct.begin(), distinct.end(), key) == distinct.end())
            distinct.push_back(key);
    }
    if (static_cast<int>(distinct.size()) < policy.required)
        return refused(std::to_string(policy.required) + " of the customer's keys must sign, "
                       + std::to_string(distinct.size()) + " did");
    return std::optional<Finding>();
}

Result<std::optional<Finding>> PayoutAuthorization::checkApiClientRequest(const WithdrawalRecord &w, const std::string &client)
{
    const auto refused = [](std::string why) {
        return held("request_not_genuine", MessageId::SignerCheckRequestNotGenuine, {std::move(why)});
    };
    auto stored = ApiWithdrawalRequestRepository(m_db).of(w.id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return refused("no signed request of client " + client + " is kept with it");
    const ApiWithdrawalRequest &request = *stored.value();
    if (request.client.toStdString() != client)
        return refused("the request kept with it is client " + request.client.toStdString() + "'s, not " + client + "'s");
    if (request.method != "POST")
        return refused("the request kept with it is not a POST");
    // What the client signed first: the bytes are evidence only if it did.
    if (!m_apiRequests)
        return refused("this signer cannot verify back-office clients' requests");
    auto genuine = m_apiRequests(m_db, *m_pinned, request);
    if (!genuine)
        return genuine.error();
    if (genuine.value())
        return refused(*genuine.value());
    const auto externalId = customerOfTarget(request.target);
    if (!externalId)
        return refused("the signed request's path names no customer's withdrawals");
    auto customer = CustomerRepository(m_db).find(w.customerId);
    if (!customer && customer.error().code != ErrorCode::NotFound)
        return customer.error();
    if (!customer || customer.value().externalId != *externalId)
        return refused("the signed request names another customer");
    if (const auto differs = apiBodyDiffers(w, assetOf(w.asset), request.body))
        return refused(*differs);
    bool digits = !request.timestamp.isEmpty() && request.timestamp.size() <= 12;
    for (char c : request.timestamp)
        digits = digits && c >= '0' && c <= '9';
    if (!digits)
        return refused("the signed request's timestamp is not unix seconds");
    m_apiSignedAtMs = request.timestamp.toLongLong() * 1000; // compared with the ledger's hold next
    return std::optional<Finding>();
}

Result<const SignedCustomerKeys *> PayoutAuthorization::customerKeys(std::int64_t customerId)
{
    // Per customer, as their withdrawals come: a run verifies the key
    // statements of the customers it pays, not of every customer.
    auto it = m_customerKeys.find(customerId);
    if (it == m_customerKeys.end()) {
        auto chain = trustChain();
        if (!chain)
            return chain.error();
        auto statements = security::SignedStatements(m_db).forObject("customer", std::to_string(customerId));
        if (!statements)
            return statements.error();
        std::erase_if(statements.value(), [](const security::SignedStatementRecord &r) { return r.kind != kCustomerKeysKind; });
        it = m_customerKeys.emplace(customerId, std::make_unique<SignedCustomerKeys>(*chain.value(), statements.value())).first;
    }
    return it->second.get();
}

std::optional<Asset> PayoutAuthorization::assetOf(const std::string &code) const
{
    if (auto builtIn = nativeAsset(code))
        return builtIn;
    // A token as the signer checked it against what an admin signed; only
    // without that (a caller that pays no tokens) its row.
    if (const auto checked = m_signedAssets.find(code); checked != m_signedAssets.end())
        return checked->second;
    auto row = AssetRepository(m_db, m_dialect).find(code);
    if (!row)
        return std::nullopt;
    return row.value().asset;
}

Result<std::optional<Finding>> PayoutAuthorization::checkHolds(const WithdrawalRecord &w, LedgerHold &hold)
{
    const WithdrawalHolds holds(m_db);
    const std::string owner = std::to_string(w.customerId);
    const auto asset = assetOf(w.asset);
    auto format = [&asset](Amount a) { return asset ? asset->format(a) : a.toBaseUnitString(); };
    struct Expected {
        std::string id;
        Amount amount;
    };
    auto both = holds.holdsOf(w.holdId(), w.feeHoldId());
    if (!both)
        return both.error();
    for (const Expected &e : {Expected{w.holdId(), w.amount}, Expected{w.feeHoldId(), w.fee}}) {
        const std::optional<LedgerHold> &found = e.id == w.holdId() ? both.value().amount : both.value().fee;
        if (!found) {
            if (e.id == w.feeHoldId() && !w.fee.isPositive())
                continue; // no fee, no fee hold
            return held("hold_missing", MessageId::SignerCheckHoldMissing, {e.id});
        }
        const LedgerHold &h = *found;
        if (h.resolved)
            return held("hold_resolved", MessageId::SignerCheckHoldResolved, {e.id});
        if (h.accountKind != "customer" || h.accountOwner != owner || h.asset != w.asset)
            return held("hold_other_account", MessageId::SignerCheckHoldOtherAccount,
                        {e.id, h.accountKind + " " + h.accountOwner + " " + h.asset});
        if (h.amount != e.amount)
            return held("hold_amount", MessageId::SignerCheckHoldAmount,
                        {e.id, format(h.amount), w.asset, format(e.amount), w.asset});
        if (e.id == w.holdId())
            hold = h;
    }
    return std::optional<Finding>();
}

Result<std::optional<Finding>> PayoutAuthorization::checkStatements(const WithdrawalRecord &w,
                                                                     const std::vector<security::SignedStatementRecord> &records,
                                                                     std::vector<SeenApproval> &approvals)
{
    for (const security::SignedStatementRecord &r : records) {
        auto parsed = security::Statement::parse(r.statement);
        const std::string decision = parsed ? decisionOf(parsed.value().kind()) : decisionOf(r.kind);
        const std::string by = parsed ? signerName(parsed.value()) : std::to_string(r.operatorId);
        SeenApproval seen{r.operatorId, std::nullopt, {}};
        bool goodSignature = false;
        if (r.kind == "withdrawal.approve") {
            auto chain = trustChain();
            if (!chain)
                return chain.error();
            // The chain checks the signature first; a problem after that is
            // about the key, not the bytes.
            auto signer = chain.value()->signerOf(r);
            seen.registration = signer.registration;
            seen.problem = signer.problem;
            goodSignature = signer.registration || r.signatureValid();
        } else {
            goodSignature = r.id == m_verifiedRequest || r.signatureValid();
        }
        if (!parsed || !goodSignature)
            return held("statement_bad_signature", MessageId::SignerCheckBadSignature, {decision, by});
        if (decision == "reject" || decision == "cancel")
            return held("statement_rejected", MessageId::SignerCheckSignedRejected, {by});
        // What the signer states about the withdrawal must be what is paid.
        if (const auto differs = differingField(w, parsed.value(), decision))
            return held("statement_differs", MessageId::SignerCheckStatementDiffers, {*differs, decision, by});
        if (r.kind == "withdrawal.approve")
            approvals.push_back(std::move(seen));
    }
    return std::optional<Finding>();
}

Result<std::optional<Finding>> PayoutAuthorization::checkApprovals(const WithdrawalRecord &w, int required,
                                                                    const std::vector<SeenApproval> &approvals)
{
    std::set<std::int64_t> approvers;
    std::string why;
    auto note = [&why](const std::string &text) { why += (why.empty() ? "" : "; ") + text; };
    for (const SeenApproval &seen : approvals) {
        if (!seen.registration) {
            note("operator " + std::to_string(seen.operatorId) + ": " + seen.problem);
            continue;
        }
        const security::KeyRegistration &who = *seen.registration;
        if (!security::roleAllows(who.role, security::Action::ApproveWithdrawal))
            note(who.username + ": may not approve as " + std::string(security::roleName(who.role)));
        else if (who.username == w.requestedBy)
            note(who.username + ": the requester");
        else
            approvers.insert(who.operatorId);
    }
    const int verified = static_cast<int>(approvers.size());
    if (verified >= required)
        return std::optional<Finding>();
    return held("approvals_short", MessageId::SignerCheckApprovalsShort,
                {std::to_string(required), std::to_string(verified), why.empty() ? "no signed approval" : why});
}

std::optional<std::string> PayoutAuthorization::differingField(const WithdrawalRecord &w,
                                                                const security::Statement &statement,
                                                                const std::string &decision)
{
    const security::Statement now = withdrawalStatement(w, decision);
    for (const auto &[key, value] : now.fields()) {
        if (statement.value(key) != value)
            return key;
    }
    return std::nullopt;
}

Result<std::vector<PayoutAuthorization::ApprovalStanding>> PayoutAuthorization::approvalStandings(const WithdrawalRecord &w)
{
    auto records = security::SignedStatements(m_db).forObject("withdrawal", std::to_string(w.id));
    if (!records)
        return records.error();
    std::vector<ApprovalStanding> standings;
    for (const security::SignedStatementRecord &r : records.value()) {
        if (r.kind != "withdrawal.approve")
            continue;
        auto parsed = security::Statement::parse(r.statement);
        ApprovalStanding a;
        if (parsed) {
            a.approver = signerName(parsed.value());
            a.atMs = std::atoll(parsed.value().value("at").value_or("0").c_str());
        }
        if (!parsed || !r.signatureValid()) {
            a.standing = Standing::BadSignature;
        } else if (differingField(w, parsed.value(), "approve")) {
            a.standing = Standing::Differs;
        } else if (!m_pinned) {
            a.standing = Standing::NoPin;
        } else {
            auto chain = trustChain();
            if (!chain)
                return chain.error();
            const auto signer = chain.value()->signerOf(r);
            if (!signer.registration)
                a.standing = Standing::KeyNotTrusted;
            else if (!security::roleAllows(signer.registration->role, security::Action::ApproveWithdrawal))
                a.standing = Standing::MayNotApprove;
            else if (signer.registration->username == w.requestedBy)
                a.standing = Standing::Requester;
            else
                a.standing = Standing::Counts;
        }
        standings.push_back(std::move(a));
    }
    return standings;
}

Result<const security::TrustChain *> PayoutAuthorization::trustChain()
{
    if (!m_chain) {
        auto registrations = security::SignedStatements(m_db).ofKind(security::KeyRegistration::kKind);
        if (!registrations)
            return registrations.error();
        m_chain = std::make_unique<security::TrustChain>(*m_pinned, std::move(registrations.value()));
    }
    return m_chain.get();
}

} // namespace exchange::withdrawals
