#include "vaultimporthotkeycommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "operatorcli.h"
#include "vaultcli.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/hashes.h"
#include "core/deposits/refuelrecord.h"
#include "core/security/keyvault.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/chainpayer.h"

using namespace exchange;

void VaultImportHotKeyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("chain"), QStringLiteral("ethereum, stellar or algorand."),
                                        QStringLiteral("CHAIN")));
    parser.addOption(QCommandLineOption(QStringLiteral("tier"),
                                        QStringLiteral("hot (default), or fee: the fee wallet that pays token sweeps' gas (ethereum, algorand)."),
                                        QStringLiteral("TIER"), QStringLiteral("hot")));
}

namespace {

// The secret's raw key bytes (32) and the address they sign for.
Result<std::pair<QByteArray, std::string>> parseSecret(Chain chain, const QByteArray &line)
{
    const std::string text = line.trimmed().toStdString();
    switch (chain) {
    case Chain::Ethereum: {
        QByteArray hex = QByteArray::fromStdString(text);
        if (hex.startsWith("0x") || hex.startsWith("0X"))
            hex = hex.mid(2);
        const QByteArray key = QByteArray::fromHex(hex);
        if (hex.size() != 64 || key.size() != 32 || key.toHex() != hex.toLower())
            return Error{ErrorCode::InvalidInput, "an Ethereum secret key is 0x and 64 hex digits"};
        auto address = ethereum::addressFromSecretKey(key);
        if (!address)
            return address.error();
        return std::pair{key, ethereum::checksumAddress(address.value())};
    }
    case Chain::Stellar: {
        auto seed = stellar::seedFromSecret(text);
        if (!seed)
            return Error{ErrorCode::InvalidInput, "not a Stellar secret seed (S…): " + seed.error().message};
        return std::pair{seed.value(), stellar::accountIdFromSeed(seed.value())};
    }
    case Chain::Algorand: {
        auto seed = algorand::seedFromMnemonic(text);
        if (!seed)
            return Error{ErrorCode::InvalidInput, "not an Algorand 25-word mnemonic: " + seed.error().message};
        return std::pair{seed.value(), algorand::addressFromSeed(seed.value())};
    }
    }
    return Error{ErrorCode::InvalidInput, "unknown chain"};
}

} // namespace

int VaultImportHotKeyCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const auto chain = chainFromName(parser.value(QStringLiteral("chain")).toLower().toStdString());
    if (!chain)
        return context.usageError(QStringLiteral("--chain takes ethereum, stellar or algorand"));
    const QString tierName = parser.value(QStringLiteral("tier")).toLower();
    if (tierName != u"hot" && tierName != u"fee")
        return context.usageError(QStringLiteral("--tier takes hot or fee"));
    const auto tier = tierName == u"fee" ? wallets::WalletTier::Fee : wallets::WalletTier::Hot;
    if (tier == wallets::WalletTier::Fee && *chain == Chain::Stellar)
        return context.usageError(QStringLiteral("Stellar has no fee wallet: its deposits need no sweeps"));
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    auto wallets = services.wallets().list();
    if (!wallets)
        return context.refuse(wallets.error());
    std::optional<wallets::Wallet> hot;
    for (const wallets::Wallet &w : wallets.value()) {
        if (w.chain == *chain && w.tier == tier)
            hot = w; // the newest
    }
    if (!hot)
        return context.refuse(QStringLiteral("no %1 wallet is registered on %2: exctl wallet add first")
                                  .arg(tierName, QLatin1String(chainName(*chain))));
    vaultcli::Vault vault(*db);
    if (auto unlocked = vault.unlock(context); !unlocked)
        return context.refuse(unlocked.error());
    QByteArray line = operatorcli::readPassword(context, tier == wallets::WalletTier::Fee ? QStringLiteral("Fee wallet secret: ")
                                                                                          : QStringLiteral("Hot wallet secret: "));
    auto parsed = parseSecret(*chain, line);
    line.fill('\0');
    if (!parsed)
        return context.refuse(parsed.error());
    QByteArray key = parsed.value().first;
    const std::string address = parsed.value().second;
    if (address != hot->address) {
        crypto::wipe(key);
        return context.refuse(QStringLiteral("this key is for %1, not the %2 wallet %3; nothing stored")
                                  .arg(QString::fromStdString(address), tierName, QString::fromStdString(hot->address)));
    }
    const security::SecureBuffer secret(reinterpret_cast<const unsigned char *>(key.constData()), static_cast<std::size_t>(key.size()));
    crypto::wipe(key);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    const std::string keyName = tier == wallets::WalletTier::Fee ? deposits::feeKeyName(*chain) : withdrawals::hotKeyName(*chain);
    auto stored = vault.vault().storeKey(*actor, keyName, std::string(chainName(*chain)), address, secret);
    if (!stored)
        return context.refuse(stored.error());
    context.out() << tierName << " key stored for " << QString::fromStdString(address) << Qt::endl;
    return Success;
}
