#include "withdrawalsspeedupcommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "vaultcli.h"
#include "withdrawalcli.h"
#include "core/api/signedwithdrawalrequestcheck.h"
#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payerset.h"
#include "core/withdrawals/payoutreplacement.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"

#include <QJsonObject>

using namespace exchange;

void WithdrawalsSpeedUpCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("cap"),
                                        QStringLiteral("The most the replacement's network fee may be, in the chain's coin "
                                                       "(default 0.05 ether; Stellar's fee bump 0.01 XLM)."),
                                        QStringLiteral("AMOUNT")));
}

int WithdrawalsSpeedUpCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("withdrawals speed-up needs one withdrawal ID"));
    const auto id = withdrawalcli::parseId(args.at(0));
    if (!id)
        return context.notAn(args.at(0), QStringLiteral("a withdrawal id"));
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    // The withdrawal's chain: an Ethereum payout is replaced, a Stellar one fee-bumped.
    auto w = withdrawals::WithdrawalRepository(db->connection(), db->dialect()).get(*id);
    if (!w)
        return context.refuse(w.error());
    const auto asset = assets.value().find(w.value().asset);
    if (asset == assets.value().end())
        return context.refuse(Error{ErrorCode::NotFound, "withdrawal " + std::to_string(*id) + "'s asset " + w.value().asset
                                                             + " is not listed"});
    const Chain chain = asset->second.chain;
    const Asset &coin = nativeAssetOf(chain);
    withdrawals::ReplacementPolicy policy = withdrawals::ReplacementPolicy::forChain(chain);
    if (parser.isSet(QStringLiteral("cap"))) {
        auto cap = Amount::parse(parser.value(QStringLiteral("cap")).toStdString(), coin.decimals);
        if (!cap || !cap.value().isPositive())
            return context.usageError(QStringLiteral("--cap takes an amount of the chain's coin above zero"));
        policy.defaultCap = cap.value();
    }
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    // The approver's request, audited, before anything is signed.
    if (auto asked = withdrawals::PayoutReplacement::requestSpeedUp(*db, audit, *actor, *id); !asked)
        return context.refuse(asked.error());
    depositcli::Services services(*db);
    vaultcli::Vault vault(*db);
    if (auto unlocked = vault.unlock(context); !unlocked)
        return context.refuse(unlocked.error());
    // The node an admin signed, not a URL changed only in SQL.
    auto settings = wallets::SignerNode::of(db->connection(), vault.vault(), services.wallets(), chain);
    if (!settings)
        return context.refuse(settings.error());
    auto payer = withdrawals::PayerSet::make(settings.value().settings, services.wallets(), clock);
    if (!payer)
        return context.refuse(payer.error());
    ledger::LedgerService ledger(*db, clock);
    withdrawals::PayoutService payouts(*db, clock, ledger, audit, services.wallets(), payer.value()->payer());
    payouts.setApiRequestCheck(&api::SignedWithdrawalRequestCheck::check);
    payouts.setReplacementPolicy(policy);
    auto done = payouts.speedUp(vault.vault(), *id);
    if (!done)
        return context.refuse(done.error());
    auto all = withdrawals::PayoutRepository(db->connection(), db->dialect()).ofWithdrawal(*id);
    if (!all)
        return context.refuse(all.error());
    const withdrawals::PayoutRecord &replacement = all.value().back();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("withdrawal"), static_cast<qint64>(*id)},
            {QStringLiteral("txid"), QString::fromStdString(replacement.txid)},
            {QStringLiteral("nonce"), static_cast<qint64>(replacement.sequence)},
            {QStringLiteral("max_fee"), QString::fromStdString(coin.format(replacement.maxFee))},
            {QStringLiteral("payout_state"), QString::fromLatin1(withdrawals::payoutStateName(replacement.state))}}));
    } else {
        context.out() << "withdrawal " << *id << ": " << (chain == Chain::Stellar ? "fee bump " : "replacement ")
                      << QString::fromStdString(replacement.txid) << " (" << (chain == Chain::Stellar ? "sequence " : "nonce ")
                      << replacement.sequence << ", max fee " << QString::fromStdString(coin.format(replacement.maxFee)) << " "
                      << QString::fromStdString(coin.code) << ") "
                      << QString::fromLatin1(withdrawals::payoutStateName(replacement.state))
                      << "; whichever is mined pays it" << Qt::endl;
    }
    return Success;
}
