#pragma once
// AdminStatements: of the signed statements of one kind, the newest for
// each object (by the time signed into it, then by id) that an admin in
// good standing signed: a good signature, by a key that chains to the
// vault's pinned admin key (TrustChain), whose operator was an admin when
// they signed. Every other statement is skipped and listed as a problem.
// What SignedSettings (an asset's money settings) and SignedChainSettings
// (a chain's node) read what is in force from: now (newest) or at a past
// moment (inForceAt: the newest signed at or before it), so that a
// decision made then is checked against the settings of then.

#include "core/security/signedstatements.h"
#include "core/security/statement.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exchange::security {

class TrustChain;

class AdminStatements final
{
public:
    struct Trusted {
        Statement statement; // as signed, the signer's fields included
        std::int64_t statementId = 0;
        std::int64_t operatorId = 0;
        std::string signer; // the admin's username as their key registration names it
        std::int64_t signedAtMs = 0;
    };
    struct Problem {
        std::int64_t statementId = 0;
        std::string objectId;
        std::string reason;
    };
    // Whether a statement states everything its kind must (a complete set
    // of settings): a statement that does not is a problem, not in force.
    using WellFormed = std::function<bool(const Statement &)>;

    // kind, e.g. "asset.settings"; objectType, e.g. "asset": the field of
    // that name in the statement must name the object it is stored for.
    AdminStatements(const TrustChain &chain, const std::vector<SignedStatementRecord> &statements, const std::string &kind,
                    const std::string &objectType, const WellFormed &wellFormed);

    std::optional<Trusted> newest(std::string_view objectId) const;
    // The newest statement signed at or before atMs (the time signed into
    // it); nullopt when the first was signed later, or there is none.
    std::optional<Trusted> inForceAt(std::string_view objectId, std::int64_t atMs) const;
    // The first statement an admin signed about the object.
    std::optional<Trusted> oldest(std::string_view objectId) const;
    const std::vector<Problem> &problems() const { return m_problems; }

private:
    // Per object, every trusted statement, oldest first (by the time
    // signed into it, then by id).
    std::map<std::string, std::vector<Trusted>, std::less<>> m_trusted;
    std::vector<Problem> m_problems;
};

} // namespace exchange::security
