#include "core/security/adminstatements.h"

#include "core/security/trustchain.h"

#include <algorithm>
#include <charconv>
#include <iterator>

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
        m_trusted[*object].push_back(Trusted{std::move(statement).value(), record.id, signer.registration->operatorId,
                                             signer.registration->username, *at});
    }
    for (auto &[object, trusted] : m_trusted)
        std::sort(trusted.begin(), trusted.end(), [](const Trusted &a, const Trusted &b) {
            return a.signedAtMs != b.signedAtMs ? a.signedAtMs < b.signedAtMs : a.statementId < b.statementId;
        });
}

std::optional<AdminStatements::Trusted> AdminStatements::newest(std::string_view objectId) const
{
    const auto it = m_trusted.find(objectId);
    if (it == m_trusted.end())
        return std::nullopt;
    return it->second.back();
}

std::optional<AdminStatements::Trusted> AdminStatements::inForceAt(std::string_view objectId, std::int64_t atMs) const
{
    const auto it = m_trusted.find(objectId);
    if (it == m_trusted.end())
        return std::nullopt;
    const auto later = std::upper_bound(it->second.begin(), it->second.end(), atMs,
                                        [](std::int64_t at, const Trusted &t) { return at < t.signedAtMs; });
    if (later == it->second.begin())
        return std::nullopt;
    return *std::prev(later);
}

std::optional<AdminStatements::Trusted> AdminStatements::oldest(std::string_view objectId) const
{
    const auto it = m_trusted.find(objectId);
    if (it == m_trusted.end())
        return std::nullopt;
    return it->second.front();
}

} // namespace exchange::security
