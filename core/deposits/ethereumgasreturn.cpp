#include "core/deposits/ethereumgasreturn.h"

#include "core/base/clock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/chains/ethereum/tokentransfergas.h"
#include "core/chains/ethereum/transaction.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/ethereumcollector.h"
#include "core/deposits/ethereumdepositkey.h"
#include "core/deposits/ethereumgasleftovers.h"
#include "core/deposits/sweepsettlement.h"
#include "core/money/asset.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>

#include <optional>

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

const std::string &coin()
{
    return nativeAssetOf(Chain::Ethereum).code;
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

EthereumGasReturn::EthereumGasReturn(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                     security::AuditLog &audit, wallets::WalletService &wallets, ethereum::JsonRpcClient &node,
                                     ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_node(node),
      m_notifier(notifier)
{
}

Result<Amount> EthereumGasReturn::quantityOf(const QString &method, const QJsonValue &params)
{
    auto answer = m_node.callAndWait(method, params);
    if (!answer)
        return answer.error();
    const auto value = ethereum::parseQuantity(answer.value());
    if (!value)
        return Error{ErrorCode::Unavailable, method.toStdString() + ": " + value.error().message};
    return Amount::fromBaseUnits(*value);
}

Result<GasReturnReport> EthereumGasReturn::run(const security::Actor &actor, const security::KeyVault &vault,
                                               const Amount &minimum)
{
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    if (minimum.isNegative())
        return Error{ErrorCode::InvalidInput, "the minimum to return cannot be negative"};
    GasReturnReport report;
    EthereumCollector collector(m_database, m_clock, m_ledger, m_audit, m_wallets, m_node, m_notifier);
    // What is stored goes out (again) first, so nonces stay in order.
    if (auto followed = collector.follow(report.sweeps); !followed)
        return followed.error();
    auto destinations = wallets::SignerDestinations::fromVault(m_database.connection(), vault);
    if (!destinations)
        return destinations.error();
    auto all = wallets::WalletRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    std::optional<wallets::Wallet> feeWallet;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Ethereum && w.tier == WalletTier::Fee)
            feeWallet = w; // the newest, as the refuels take it
    }
    if (!feeWallet)
        return Error{ErrorCode::NotFound, "no Ethereum fee wallet is registered: exctl wallet add --chain ethereum --tier fee"};
    auto gasPrice = quantityOf(QStringLiteral("eth_gasPrice"), QJsonArray{});
    if (!gasPrice)
        return gasPrice.error();
    auto chainId = quantityOf(QStringLiteral("eth_chainId"), QJsonArray{});
    if (!chainId)
        return chainId.error();
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings)
        return settings.error();
    if (!settings.value().network.empty() && settings.value().network != chainId.value().toBaseUnitString())
        return Error{ErrorCode::Conflict, "the node is on chain id " + chainId.value().toBaseUnitString()
                                              + ", the settings say " + settings.value().network};
    auto leftovers = EthereumGasLeftovers(m_database).read(m_node);
    if (!leftovers)
        return leftovers.error();
    const Amount fee = Amount::fromBaseUnits(gasPrice.value().baseUnits() * static_cast<int128>(ethereum::kPlainTransferGas));
    const auto trusted = destinations.value().check(Chain::Ethereum, WalletTier::Fee, coin(), feeWallet->address);
    for (const GasLeftover &l : leftovers.value()) {
        if (!l.spokenFor.empty()) {
            report.skipped.push_back(l.address + ": " + l.spokenFor);
            continue;
        }
        if (!l.leftover.isPositive())
            continue;
        if (l.leftover <= fee) {
            report.skipped.push_back(l.address + ": its " + l.leftover.toBaseUnitString() + " wei do not pay the "
                                     + fee.toBaseUnitString() + " wei a transfer costs");
            continue;
        }
        if (l.leftover < minimum) {
            report.skipped.push_back(l.address + ": its " + l.leftover.toBaseUnitString() + " wei are below the minimum of "
                                     + minimum.toBaseUnitString() + " wei");
            continue;
        }
        if (!trusted) {
            SweepPlan plan;
            plan.address = l.address;
            plan.asset = coin();
            plan.total = l.leftover;
            report.sweeps.problems.push_back(
                l.address + ": "
                + SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                      .refuse(actor, plan, WalletTier::Fee, feeWallet->address,
                              wallets::SignerDestinations::checkName(WalletTier::Fee), trusted.error(), report.sweeps)
                      .message);
            continue;
        }
        auto returned = returnFrom(actor, vault, l.address, l.leftover, *feeWallet, gasPrice.value(),
                                   static_cast<std::uint64_t>(chainId.value().baseUnits()), report.sweeps);
        if (!returned) {
            report.sweeps.problems.push_back(l.address + ": " + returned.error().message);
            continue;
        }
        report.returned.push_back(returned.value());
    }
    if (auto followed = collector.follow(report.sweeps); !followed)
        return followed.error();
    return report;
}

Result<GasReturned> EthereumGasReturn::returnFrom(const security::Actor &actor, const security::KeyVault &vault,
                                                  const std::string &address, const Amount &leftover,
                                                  const wallets::Wallet &feeWallet, const Amount &gasPrice,
                                                  std::uint64_t chainId, CollectionRunReport &report)
{
    auto wallet = wallets::WalletRepository(m_database.connection(), m_database.dialect()).findByAddress(Chain::Ethereum, address);
    if (!wallet)
        return wallet.error();
    if (!wallet.value() || wallet.value()->tier != WalletTier::Deposit)
        return Error{ErrorCode::NotFound, "not a deposit address of the exchange; nothing signed"};
    auto nonce = quantityOf(QStringLiteral("eth_getTransactionCount"), QJsonArray{text(address), QStringLiteral("pending")});
    if (!nonce)
        return nonce.error();
    auto taken = CollectionRepository(m_database.connection(), m_database.dialect())
                     .sequencesFrom(Chain::Ethereum, address, static_cast<std::int64_t>(nonce.value().baseUnits()));
    if (!taken)
        return taken.error();
    if (!taken.value().empty())
        return Error{ErrorCode::Conflict, "sweeps from this address are stored at nonce " + std::to_string(taken.value().front())
                                              + " that the node does not know yet; they go out first"};
    const Amount fee = Amount::fromBaseUnits(gasPrice.baseUnits() * static_cast<int128>(ethereum::kPlainTransferGas));
    CollectionRecord r;
    r.chain = Chain::Ethereum;
    r.asset = coin();
    r.fromAddress = address;
    r.tier = WalletTier::Fee;
    r.toAddress = feeWallet.address;
    r.amount = Amount::fromBaseUnits(leftover.baseUnits() - fee.baseUnits());
    r.maxFee = fee;
    r.sequence = static_cast<std::int64_t>(nonce.value().baseUnits());
    r.groupKey = "ethereum:" + address + ":" + std::to_string(r.sequence);
    r.state = CollectionState::Signed;
    r.createdAtMs = m_clock.nowMs();
    r.note = "gas left over, returned to the fee wallet";
    auto signedTx = withEthereumDepositKey(vault, *wallet.value(), [&](const QByteArray &secretKey) -> Result<void> {
        ethereum::Transaction tx;
        tx.type = ethereum::Transaction::Type::Eip1559;
        tx.chainId = chainId;
        tx.nonce = static_cast<std::uint64_t>(r.sequence);
        // max fee = max priority fee: the transfer costs exactly its maximum.
        tx.maxFeePerGas = UInt256::fromUint128(static_cast<uint128>(gasPrice.baseUnits()));
        tx.maxPriorityFeePerGas = tx.maxFeePerGas;
        tx.gasLimit = ethereum::kPlainTransferGas;
        auto to = ethereum::parseAddress(feeWallet.address);
        if (!to)
            return to.error();
        tx.to = to.value();
        tx.value = UInt256::fromUint128(static_cast<uint128>(r.amount.baseUnits()));
        if (auto s = tx.sign(secretKey); !s)
            return s.error();
        r.rawTx = "0x" + tx.serialise().toHex().toStdString();
        r.txid = tx.hashHex();
        return Result<void>();
    });
    if (!signedTx)
        return signedTx.error();
    SweepPlan plan;
    plan.address = address;
    plan.asset = coin();
    plan.total = leftover;
    plan.feeEach = fee;
    if (auto stored = SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                          .storeSigned(actor, plan, r.groupKey, {r}, report);
        !stored)
        return stored.error();
    return GasReturned{address, r.amount, fee, r.txid};
}

} // namespace exchange::deposits
