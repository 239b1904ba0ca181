#include "core/wallets/signedwallets.h"

#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"
#include "core/wallets/walletaddressstatement.h"

namespace exchange::wallets {

SignedWallets::SignedWallets(const security::TrustChain &chain, const std::vector<security::SignedStatementRecord> &statements)
    : m_statements(chain, statements, kWalletAddressKind, "wallet",
                   [](const security::Statement &statement) { return walletAddressFrom(statement).has_value(); })
{
}

Result<SignedWallets> SignedWallets::read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey)
{
    const security::SignedStatements store(db);
    auto registrations = store.ofKind(security::KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    auto statements = store.ofKind(kWalletAddressKind);
    if (!statements)
        return statements.error();
    const security::TrustChain chain(pinnedAdminKey, std::move(registrations).value());
    return SignedWallets(chain, statements.value());
}

std::optional<SignedWallets::InForce> SignedWallets::inForce(Chain chain, WalletTier tier, const std::string &asset) const
{
    const auto trusted = m_statements.newest(walletAddressObject(chain, tier, asset));
    if (!trusted)
        return std::nullopt;
    // Well formed, or AdminStatements would not have taken it.
    return InForce{walletAddressFrom(trusted->statement)->address, trusted->statementId, trusted->operatorId,
                   trusted->signer, trusted->signedAtMs};
}

} // namespace exchange::wallets
