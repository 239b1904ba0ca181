#include "collectgascli.h"

#include "command.h"
#include "commandcontext.h"
#include "operatorcli.h"
#include "core/deposits/ethereumgasleftovers.h"
#include "core/deposits/ethereumgasreturn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace exchange;

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

namespace collectgascli {

int leftovers(CommandContext &context, Database &db, ethereum::JsonRpcClient &node, const Asset &eth, bool json)
{
    auto listed = deposits::EthereumGasLeftovers(db).read(node);
    if (!listed)
        return context.refuse(listed.error());
    const Amount total = deposits::EthereumGasLeftovers::total(listed.value());
    if (json) {
        QJsonArray rows;
        for (const auto &l : listed.value()) {
            QJsonObject o{{QStringLiteral("address"), text(l.address)},
                          {QStringLiteral("held"), text(eth.format(l.held.value_or(Amount())))},
                          {QStringLiteral("owed"), text(eth.format(l.owed))},
                          {QStringLiteral("leftover"), text(eth.format(l.leftover))}};
            if (!l.spokenFor.empty())
                o.insert(QStringLiteral("spoken_for"), text(l.spokenFor));
            rows.append(o);
        }
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("addresses"), rows},
                                                    {QStringLiteral("total"), text(eth.format(total))}}));
        return Command::Success;
    }
    for (const auto &l : listed.value()) {
        context.out() << text(l.address) << "  held " << text(eth.format(l.held.value_or(Amount()))) << "  owed "
                      << text(eth.format(l.owed)) << "  leftover " << text(eth.format(l.leftover));
        if (!l.spokenFor.empty())
            context.out() << "  (spoken for: " << text(l.spokenFor) << ")";
        context.out() << Qt::endl;
    }
    context.out() << "total leftover: " << text(eth.format(total)) << " " << text(eth.code) << Qt::endl;
    return Command::Success;
}

int returnGas(CommandContext &context, Database &db, const Clock &clock, ledger::LedgerService &ledger,
              security::AuditLog &audit, wallets::WalletService &wallets, ethereum::JsonRpcClient &node,
              const security::KeyVault &vault, const Asset &eth, const Amount &minimum, bool json)
{
    auto report = deposits::EthereumGasReturn(db, clock, ledger, audit, wallets, node).run(operatorcli::cliActor(), vault, minimum);
    if (!report)
        return context.refuse(report.error());
    const auto &r = report.value();
    QJsonArray returned, skipped, problems;
    for (const auto &g : r.returned)
        returned.append(QJsonObject{{QStringLiteral("address"), text(g.address)},
                                    {QStringLiteral("amount"), text(eth.format(g.amount))},
                                    {QStringLiteral("fee"), text(eth.format(g.fee))},
                                    {QStringLiteral("txid"), text(g.txid)}});
    for (const auto &s : r.skipped)
        skipped.append(text(s));
    for (const auto &p : r.sweeps.problems) {
        problems.append(text(p));
        context.err() << "exctl: " << text(p) << Qt::endl;
    }
    if (json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("returned"), returned},
                                                    {QStringLiteral("skipped"), skipped},
                                                    {QStringLiteral("broadcast"), r.sweeps.broadcast},
                                                    {QStringLiteral("confirmed"), r.sweeps.confirmed},
                                                    {QStringLiteral("failed"), r.sweeps.failed},
                                                    {QStringLiteral("refused"), r.sweeps.refused},
                                                    {QStringLiteral("awaiting_confirmations"), r.sweeps.awaitingConfirmations},
                                                    {QStringLiteral("problems"), problems}}));
    } else {
        for (const auto &g : r.returned)
            context.out() << "return " << text(g.txid) << ": " << text(eth.format(g.amount)) << " " << text(eth.code)
                          << " from " << text(g.address) << " to the fee wallet (gas " << text(eth.format(g.fee)) << ")"
                          << Qt::endl;
        for (const auto &s : r.skipped)
            context.out() << "left: " << text(s) << Qt::endl;
        context.out() << r.returned.size() << " returns signed, " << r.sweeps.broadcast << " sent, " << r.sweeps.confirmed
                      << " confirmed, " << r.sweeps.awaitingConfirmations << " awaiting confirmations" << Qt::endl;
    }
    return r.sweeps.problems.empty() ? Command::Success : Command::Refused;
}

} // namespace collectgascli
