#include "core/security/trustanchor.h"

#include "core/security/actor.h"
#include "core/security/decisionsigner.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/store/sql.h"

namespace exchange::security {

Result<void> registerPinnedAdmin(OperatorService &operators, const KeyVault &vault, const Actor &admin)
{
    if (!admin.signer || admin.role != Role::Admin)
        return {};
    auto pinned = vault.pinnedAdminKey();
    if (!pinned)
        return pinned.error();
    if (!pinned.value() || *pinned.value() != admin.signer->publicKey())
        return {};
    auto all = operators.list(admin);
    if (!all)
        return all.error();
    for (const OperatorInfo &o : all.value()) {
        if (o.id == admin.operatorId && o.signingKey == SigningKeyState::Registered)
            return {};
    }
    auto registered = operators.registerKey(admin, admin.username);
    if (!registered)
        return registered.error();
    return {};
}

Result<QByteArray> listedPinnedAdminKey(const QSqlDatabase &db)
{
    auto row = sql::run(db, QStringLiteral("SELECT public_id FROM vault_keys WHERE name = ?"),
                        {QString::fromLatin1(KeyVault::kTrustAnchorName)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return QByteArray();
    const QByteArray key = QByteArray::fromHex(row.value().value(0).toString().toLatin1());
    return key.size() == 32 ? key : QByteArray();
}

} // namespace exchange::security
