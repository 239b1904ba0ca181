#include "core/wallets/signedchainsettings.h"

#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"
#include "core/wallets/chainsettingsstatement.h"

namespace exchange::wallets {

SignedChainSettings::SignedChainSettings(const security::TrustChain &chain,
                                         const std::vector<security::SignedStatementRecord> &statements)
    : m_statements(chain, statements, kChainSettingsKind, "chain",
                   [](const security::Statement &statement) { return chainSettingsFrom(statement).has_value(); })
{
}

Result<SignedChainSettings> SignedChainSettings::read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey)
{
    const security::SignedStatements store(db);
    auto registrations = store.ofKind(security::KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    auto statements = store.ofKind(kChainSettingsKind);
    if (!statements)
        return statements.error();
    const security::TrustChain chain(pinnedAdminKey, std::move(registrations).value());
    return SignedChainSettings(chain, statements.value());
}

std::optional<SignedChainSettings::InForce> SignedChainSettings::inForce(Chain chain) const
{
    const auto trusted = m_statements.newest(chainName(chain));
    if (!trusted)
        return std::nullopt;
    // Well formed, or AdminStatements would not have taken it.
    return InForce{*chainSettingsFrom(trusted->statement), trusted->statementId, trusted->operatorId, trusted->signer,
                   trusted->signedAtMs};
}

} // namespace exchange::wallets
