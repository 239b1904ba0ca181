#include "core/security/trustchain.h"

#include <algorithm>
#include <charconv>
#include <map>

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

struct Parsed {
    std::optional<Statement> statement;
    std::int64_t signerId = 0;
    std::int64_t atMs = 0;
    std::string problem;
};

// A stored statement checked as far as it can be without the chain: the
// signature is the named key's, the text canonical, and the signer's id
// and time are in it.
Parsed parse(const SignedStatementRecord &record)
{
    Parsed p;
    if (record.publicKey.size() != 32 || record.signature.size() != 64 || !record.signatureValid()) {
        p.problem = "bad signature";
        return p;
    }
    auto statement = Statement::parse(record.statement);
    if (!statement) {
        p.problem = "not a canonical statement";
        return p;
    }
    const auto signer = number(statement.value().value("operator"));
    const auto at = number(statement.value().value("at"));
    if (!signer || !at || statement.value().kind() != record.kind) {
        p.problem = "the statement does not say who signed it, when, or what kind it is";
        return p;
    }
    p.signerId = *signer;
    p.atMs = *at;
    p.statement = std::move(statement).value();
    return p;
}

} // namespace

TrustChain::TrustChain(QByteArray pinnedAdminKey, std::vector<SignedStatementRecord> registrations)
    : m_pinned(std::move(pinnedAdminKey))
{
    struct Candidate {
        SignedStatementRecord record;
        Parsed parsed;
    };
    std::vector<Candidate> candidates;
    for (SignedStatementRecord &r : registrations) {
        Parsed parsed = parse(r);
        if (!parsed.statement) {
            m_problems.push_back({r.id, parsed.problem});
            continue;
        }
        candidates.push_back({std::move(r), std::move(parsed)});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.parsed.atMs != b.parsed.atMs ? a.parsed.atMs < b.parsed.atMs : a.record.id < b.record.id;
    });
    for (const Candidate &c : candidates) {
        const auto registration = KeyRegistration::from(*c.parsed.statement);
        if (!registration) {
            m_problems.push_back({c.record.id, "not a key registration"});
            continue;
        }
        // May this key register keys now? The pin may, until a
        // registration of its own says it is no longer an admin.
        const auto signer = currentFor(c.record.publicKey, c.parsed.atMs);
        const bool pinnedAndFree = !m_pinned.isEmpty() && c.record.publicKey == m_pinned
                                   && (!signer || (signer->role == Role::Admin && !signer->disabled));
        const bool admin = signer && signer->role == Role::Admin && !signer->disabled
                           && signer->operatorId == c.parsed.signerId;
        if (!pinnedAndFree && !admin) {
            m_problems.push_back({c.record.id, signer ? "signed by a key that was not an admin's then"
                                                      : "signed by a key that does not chain to the vault's pinned admin key"});
            continue;
        }
        m_applied.push_back({c.parsed.atMs, *registration});
    }
}

std::optional<KeyRegistration> TrustChain::currentFor(const QByteArray &publicKey, std::int64_t atMs) const
{
    std::map<std::int64_t, const KeyRegistration *> byOperator;
    for (const Applied &a : m_applied) {
        if (a.atMs > atMs)
            break;
        byOperator[a.registration.operatorId] = &a.registration;
    }
    for (const auto &[id, registration] : byOperator) {
        if (registration->publicKey == publicKey)
            return *registration;
    }
    return std::nullopt;
}

std::optional<KeyRegistration> TrustChain::registrationAt(const QByteArray &publicKey, std::int64_t atMs) const
{
    auto r = currentFor(publicKey, atMs);
    if (!r || r->disabled)
        return std::nullopt;
    return r;
}

TrustChain::Signer TrustChain::signerOf(const SignedStatementRecord &record) const
{
    const Parsed parsed = parse(record);
    if (!parsed.statement)
        return {std::nullopt, parsed.problem};
    auto registration = registrationAt(record.publicKey, parsed.atMs);
    if (!registration)
        return {std::nullopt, "signed by a key no admin had registered then"};
    if (registration->operatorId != parsed.signerId || registration->operatorId != record.operatorId)
        return {std::nullopt, "signed by another operator's key"};
    return {registration, {}};
}

} // namespace exchange::security
