#include "testdepositxpub.h"

#include "core/crypto/bip32key.h"
#include "core/crypto/bip32publickey.h"
#include "core/crypto/bip39.h"
#include "core/customers/depositkeys.h"
#include "core/store/database.h"
#include "core/store/sql.h"

exchange::Result<void> recordTestEthereumXpub(exchange::Database &db)
{
    using namespace exchange;
    auto seed = crypto::bip39::seedFromMnemonic(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
    if (!seed)
        return seed.error();
    auto master = crypto::Bip32Key::fromSeed(seed.value());
    if (!master)
        return master.error();
    auto account = master.value().derive(customers::DepositKeys::kEthereumAccountPath);
    if (!account)
        return account.error();
    auto q = sql::run(db.connection(),
                      QStringLiteral("INSERT INTO deposit_xpubs (chain, path, xpub, created_at) VALUES ('ethereum', ?, ?, 1)"),
                      {QString::fromLatin1(customers::DepositKeys::kEthereumAccountPath),
                       QString::fromStdString(crypto::Bip32PublicKey::fromPrivate(account.value()).serialise())});
    if (!q)
        return q.error();
    return {};
}
