#include "vaultimportseedcommand.h"

#include "commandcontext.h"
#include "operatorcli.h"
#include "vaultcli.h"
#include "core/chains/ethereum/address.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/bip39.h"
#include "core/crypto/hashes.h"
#include "core/deposits/ethereumcollector.h"
#include "core/security/keyvault.h"

using namespace exchange;

int VaultImportSeedCommand::run(CommandContext &context, const QCommandLineParser &)
{
    Database *db = context.database();
    if (!db)
        return Refused;
    vaultcli::Vault vault(*db);
    if (auto unlocked = vault.unlock(context); !unlocked)
        return context.refuse(unlocked.error());
    QByteArray mnemonic = operatorcli::readPassword(context, QStringLiteral("BIP-39 mnemonic: "));
    auto seed = crypto::bip39::seedFromMnemonic(mnemonic.toStdString());
    mnemonic.fill('\0');
    if (!seed)
        return context.refuse(seed.error());
    QByteArray bytes = std::move(seed).value();
    auto master = crypto::Bip32Key::fromSeed(bytes);
    auto account0 = master ? master.value().derive("m/44'/60'/0'/0/0") : Result<crypto::Bip32Key>(master.error());
    if (!account0) {
        crypto::wipe(bytes);
        return context.refuse(account0.error());
    }
    const std::string address = ethereum::checksumAddress(ethereum::addressFromSecretKey(account0.value().secretKey()).value());
    const security::SecureBuffer secret(reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    crypto::wipe(bytes);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto stored = vault.vault().storeKey(*actor, deposits::EthereumCollector::kSeedKey, "any", address, secret);
    if (!stored)
        return context.refuse(stored.error());
    context.out() << "seed stored; its Ethereum account 0 is " << QString::fromStdString(address) << Qt::endl;
    vault.refreshDepositKeys(context);
    return Success;
}
