#include "core/security/adminstatements.h"

#include "core/security/trustchain.h"

#include <charconv>

namespace exchange::security {

namespace {

std::optional<std::int64_t> number(const std::optional<std::string> &text)
{
    if (!text || text->empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size())
        return std::nullopt;
    return value;
}

} // namespace

AdminStatements::AdminStatements(const TrustChain &chain, const std::vector<SignedStatementRecord> &statements,
                                 const std::string &kind, const std::string &objectType, const WellFormed &wellFormed)
{
    for (const SignedStatementRecord &record : statements) {
        const auto refuse = [&](std::string reason) {
            m_problems.push_back({record.id, record.objectId, std::move(reason)});
        };
        if (record.kind != kind) {
            refuse("not a statement of kind " + kind);
            continue;
        }
        // Good signature, a key that chains to the pin, its own operator's.
        const TrustChain::Signer signer = chain.signerOf(record);
        if (!signer.registration) {
            refuse(signer.problem);
            continue;
        }
        if (signer.registration->role != Role::Admin) {
            refuse("signed by " + signer.registration->username + ", who was not an admin then");
            continue;
        }
        auto statement = Statement::parse(record.statement);
        if (!statement) {
            refuse("not a canonical statement");
            continue;
        }
        const auto object = statement.value().value(objectType);
        if (!object || record.objectType != objectType || record.objectId != *object) {
            refuse("the statement names another " + objectType + " than it is stored for");
            continue;
        }
        const auto at = number(statement.value().value("at"));
        if (!at || !wellFormed(statement.value())) {
            refuse("the statement does not state every setting");
            continue;
        }
        Trusted candidate{std::move(statement).value(), record.id, signer.registration->operatorId,
                          signer.registration->username, *at};
        auto it = m_newest.find(*object);
        if (it == m_newest.end())
            m_newest.emplace(*object, std::move(candidate));
        else if (candidate.signedAtMs > it->second.signedAtMs
                 || (candidate.signedAtMs == it->second.signedAtMs && candidate.statementId > it->second.statementId))
            it->second = std::move(candidate);
    }
}

std::optional<AdminStatements::Trusted> AdminStatements::newest(std::string_view objectId) const
{
    const auto it = m_newest.find(objectId);
    if (it == m_newest.end())
        return std::nullopt;
    return it->second;
}

} // namespace exchange::security
