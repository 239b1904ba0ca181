#pragma once
// SignedSettings: the money settings in force for each asset as admins'
// signatures say, not as the assets rows say. Of the asset.settings
// statements (settingsstatement.h) it takes, per asset, the newest (by the
// time signed into it, then by id) whose signature is good, whose key
// chains to the vault's pinned admin key (TrustChain) and whose signer was
// an admin in good standing when they signed it: the only role that may
// change money settings (permissions; see AdminStatements). Every other
// statement is skipped and listed as a problem; nothing is "fixed".
//
// The payout signer asks inForceAt(asset, the time the ledger took the
// withdrawal's hold) and decides with those values: the limits of when the
// customer asked, not of when the payout runs (nullopt: no admin had
// signed the asset's settings by then; firstSigned() says whether one did
// later). The console and exctl ask compare(), which says whether the rows
// still hold what was signed:
//
//   auto signedSettings = SignedSettings::read(db, pinnedAdminKey);
//   auto inForce = signedSettings.value().inForceAt("XLM", holdAtMs); // the signer
//   auto verdict = signedSettings.value().compare(row, fourEyes); // the screens

#include "core/base/result.h"
#include "core/security/adminstatements.h"
#include "core/security/settingsstatement.h"
#include "core/security/signedstatements.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exchange { class Dialect; }

namespace exchange::security {

class TrustChain;

class SignedSettings final
{
public:
    struct InForce {
        MoneySettings settings;
        std::int64_t statementId = 0;
        std::int64_t operatorId = 0;
        std::string signer; // the admin's username as their key registration names it
        std::int64_t signedAtMs = 0;
    };
    struct Problem {
        std::int64_t statementId = 0;
        std::string asset;
        std::string reason; // "signed by an operator who was not an admin then", …
    };

    // statements: the signed_statements of kind asset.settings, any order.
    SignedSettings(const TrustChain &chain, const std::vector<SignedStatementRecord> &statements);
    // The same from the database: the asset.settings statements and the
    // key registrations, traced from pinnedAdminKey (the vault's; empty
    // when none is pinned: then no statement is trusted).
    static Result<SignedSettings> read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey);

    // nullopt: no trusted statement for this asset.
    std::optional<InForce> inForce(std::string_view asset) const;
    // What was in force at atMs: the newest trusted statement signed at or
    // before it; nullopt when none was signed by then.
    std::optional<InForce> inForceAt(std::string_view asset, std::int64_t atMs) const;
    // The first trusted statement about the asset; nullopt: never signed.
    std::optional<InForce> firstSigned(std::string_view asset) const;
    // Oldest first; statements of every asset.
    const std::vector<Problem> &problems() const { return m_problems; }

    enum class Match {
        Unsigned, // no trusted statement for the asset
        Matches,  // the rows hold exactly the signed settings
        Differs,  // they do not: someone changed them without a signature
    };
    struct Comparison {
        Match match = Match::Unsigned;
        std::optional<InForce> signedSettings;
        // One per setting that differs: "limit_24h 10000 vs signed 1000"
        // (the row's value first; decimals in the asset's unit, "none"
        // for no four-eyes amount).
        std::vector<std::string> differences;
        // "rows differ from the signed settings: limit_24h 10000 vs signed
        // 1000", "signed by alice", or "never signed".
        std::string describe() const;
    };
    // The asset's rows (its AssetRecord, its four-eyes amount and its
    // new-destinations review) against
    // what is in force for it.
    Comparison compare(const AssetRecord &rows, const std::optional<Amount> &twoApproversAbove,
                       bool reviewNewDestinations = false) const;

    // For display (the Settings screen, exctl asset list): each asset's
    // rows and four-eyes amount against the signed settings, traced from
    // the pin as the vault_keys row lists it in the clear (readable while
    // the vault is locked, but a row that whoever writes to the database
    // can change: the payout signer uses KeyVault::pinnedAdminKey() and
    // read()). Keyed by asset code.
    static Result<std::map<std::string, Comparison>> compareAll(const QSqlDatabase &db, const Dialect &dialect,
                                                                const std::vector<AssetRecord> &rows);

private:
    AdminStatements m_statements;
    std::vector<Problem> m_problems;
};

} // namespace exchange::security
