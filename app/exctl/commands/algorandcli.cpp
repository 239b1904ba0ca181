#include "algorandcli.h"

#include "commandcontext.h"
#include "core/chains/algorand/algodclient.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"

using namespace exchange;

namespace algorandcli {

std::unique_ptr<algorand::AlgodClient> signedAlgod(CommandContext &context, Database &db, const security::KeyVault &vault,
                                                   const wallets::WalletService &wallets)
{
    auto node = wallets::SignerNode::of(db.connection(), vault, wallets, Chain::Algorand);
    if (!node) {
        context.refuse(node.error());
        return nullptr;
    }
    for (const std::string &warning : node.value().warnings)
        context.err() << "exctl: note: " << QString::fromStdString(warning) << Qt::endl;
    if (node.value().settings.nodeUrl.empty()) {
        context.refuse(QStringLiteral("no algod URL is set: exctl chain set algorand --node URL"));
        return nullptr;
    }
    return std::make_unique<algorand::AlgodClient>(QUrl(QString::fromStdString(node.value().settings.nodeUrl)));
}

} // namespace algorandcli
