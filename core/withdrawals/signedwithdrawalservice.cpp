#include "core/withdrawals/signedwithdrawalservice.h"

#include "core/base/clock.h"
#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/store/assetsettings.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/requestsignaturerepository.h"
#include "core/withdrawals/withdrawalkeyrepository.h"
#include "core/withdrawals/withdrawalservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace exchange::withdrawals {

namespace {

Error unauthorized(std::string message) { return Error{ErrorCode::Unauthorized, std::move(message)}; }

QJsonArray signersJson(const std::vector<VerifiedSigner> &signers)
{
    QJsonArray out;
    for (const VerifiedSigner &s : signers)
        out.append(QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(chainName(s.chain).data())},
                               {QStringLiteral("address"), QString::fromStdString(s.address)}});
    return out;
}

Error replayed(const SignedWithdrawalRequest &request, std::int64_t withdrawalId)
{
    return Error{ErrorCode::Conflict, "request_id " + request.requestId + " was already used (withdrawal "
                                          + std::to_string(withdrawalId) + "); sign a new request with a new request_id"};
}

} // namespace

SignedWithdrawalService::SignedWithdrawalService(Database &database, const Clock &clock, WithdrawalService &withdrawals,
                                                 security::AuditLog &audit)
    : m_database(database), m_clock(clock), m_withdrawals(withdrawals), m_audit(audit)
{
}

Result<WithdrawalRecord> SignedWithdrawalService::submit(const SignedWithdrawalRequest &request)
{
    const std::string customer = std::to_string(request.customerId);
    WithdrawalKeyRepository keys(m_database.connection());
    auto policy = keys.policy(request.customerId);
    if (!policy)
        return policy.error();
    // An unknown customer and one without keys get the same answer.
    if (policy->keys.empty())
        return unauthorized("customer " + customer + " has no registered withdrawal key");
    std::vector<VerifiedSigner> distinct;
    for (const RequestSignature &signature : request.signatures) {
        const VerifiedSigner signer{signature.chain, signature.signer};
        const bool registered = std::any_of(policy->keys.begin(), policy->keys.end(), [&](const WithdrawalKey &k) {
            return k.chain == signer.chain && k.address == signer.address;
        });
        if (!registered)
            return unauthorized(signer.address + " is not a registered withdrawal key of customer " + customer);
        if (std::find(distinct.begin(), distinct.end(), signer) == distinct.end())
            distinct.push_back(signer);
    }
    const int required = policy->required;
    if (static_cast<int>(distinct.size()) < required)
        return unauthorized("customer " + customer + " needs " + std::to_string(required)
                            + " signatures of distinct registered keys; got " + std::to_string(distinct.size()));

    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(request.asset);
    if (!asset) {
        if (asset.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::InvalidInput, "unknown asset " + request.asset};
        return asset.error();
    }
    auto parsed = Amount::tryParse(request.amount, asset->asset.decimals);
    if (const auto *error = std::get_if<Amount::ParseError>(&parsed))
        return Error{ErrorCode::InvalidInput, "amount: " + Amount::describe(*error, asset->asset.decimals)};
    const Amount amount = std::get<Amount>(parsed);
    if (!amount.isPositive())
        return Error{ErrorCode::InvalidInput, "amount must be more than zero"};

    // Refused at once when seen before; checked again inside the transaction
    // (and by the primary key) for a replay that arrives meanwhile.
    auto seen = keys.requestWithdrawal(request.customerId, request.requestId);
    if (!seen)
        return seen.error();
    if (seen.value())
        return replayed(request, *seen.value());

    const QJsonArray signers = signersJson(distinct);
    const std::string signerText = QJsonDocument(signers).toJson(QJsonDocument::Compact).toStdString();
    const security::Actor apiActor = security::Actor::system("api");
    return m_withdrawals.request(
        apiActor, request.customerId, request.asset, request.destination, amount,
        [&](UnitOfWork &work, const WithdrawalRecord &w) -> Result<void> {
            WithdrawalKeyRepository repo(work.db());
            auto again = repo.requestWithdrawal(request.customerId, request.requestId);
            if (!again)
                return again.error();
            if (again.value())
                return replayed(request, *again.value());
            if (auto stored = repo.addRequest(request.customerId, request.requestId, w.id, signerText, m_clock.nowMs());
                !stored)
                return stored.error();
            if (auto kept = RequestSignatureRepository(work.db()).add(w.id, request.signatures); !kept)
                return kept.error();
            auto audited = m_audit.append(work.db(), apiActor, "withdrawal.api_request", "withdrawal", std::to_string(w.id), {},
                                          QJsonObject{{QStringLiteral("customer"), static_cast<qint64>(request.customerId)},
                                                      {QStringLiteral("request_id"), QString::fromStdString(request.requestId)},
                                                      {QStringLiteral("signers"), signers},
                                                      {QStringLiteral("signatures_required"), required}});
            if (!audited)
                return audited.error();
            return {};
        });
}

} // namespace exchange::withdrawals
