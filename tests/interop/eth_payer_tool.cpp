// eth_payer_tool: the core's EthereumPayer behind a JSON-lines pipe, so that
// erc20_payouts.mjs can drive it against a real node (ganache) and check
// what it does with ethers. Each request gets a fresh database and vault
// holding the request's (test) hot key, and the chain settings naming the
// node. Requests:
//   {"op":"sign", "url", "chainId", "key", "contract" ("" for ether),
//    "decimals", "destination", "amount" (base units), "withdrawalId"}
//     -> {"tokenBalance", "etherBalance", "maxFee", "rawTx", "txid",
//         "sequence"} or {"error", "code"} (the step that refused says so:
//         "step": "balance" | "maxFee" | "sign")
//   {"op":"send", "url", "chainId", "rawTx", "txid"} -> {} or {"error", "code"}
//   {"op":"status", "url", "chainId", "txid", "asset", "source",
//    "destination", "amount"} -> {"kind", "fee", "note"} or {"error", "code"}

#include "core/base/manualclock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/keys.h"
#include "core/crypto/hex.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/ethereumpayer.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <string>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject failure(const Error &e, const char *step = "")
{
    return {{QStringLiteral("error"), qs(e.message)},
            {QStringLiteral("code"), QString::fromLatin1(errorCodeName(e.code))},
            {QStringLiteral("step"), QString::fromLatin1(step)}};
}

const char *kindName(PayoutStatus::Kind kind)
{
    switch (kind) {
    case PayoutStatus::Kind::Unseen: return "unseen";
    case PayoutStatus::Kind::Pending: return "pending";
    case PayoutStatus::Kind::Succeeded: return "succeeded";
    case PayoutStatus::Kind::Failed: return "failed";
    case PayoutStatus::Kind::Expired: return "expired";
    }
    return "?";
}

QJsonObject handle(const QJsonObject &in)
{
    TestDatabase testDb;
    if (!testDb.failure().isEmpty())
        return failure(Error{ErrorCode::Unavailable, testDb.failure().toStdString()});
    auto db = testDb.open();
    if (!db)
        return failure(Error{ErrorCode::Unavailable, "no database"});
    ManualClock clock(1'700'000'000'000);
    security::AuditLog audit(*db, clock);
    wallets::WalletService walletService(*db, clock, audit);
    const auto tester = testAdmin(*db, "eth-payer-interop");
    if (auto set = walletService.setChainSettings(tester, {Chain::Ethereum, str(in, "url"), {}, 1, str(in, "chainId")}); !set)
        return failure(set.error());
    ethereum::JsonRpcClient node{QUrl(qs(str(in, "url")))};
    EthereumPayer payer(node, walletService);
    const std::string op = str(in, "op");

    Asset asset = nativeAssetOf(Chain::Ethereum);
    if (!str(in, "contract").empty()) {
        asset.code = "TUSD";
        asset.name = "Test Dollar";
        asset.decimals = in.value(QStringLiteral("decimals")).toInt();
        asset.displayDecimals = 2;
        asset.identity = AssetIdentity::erc20(str(in, "contract"));
    }

    if (op == "send") {
        PayoutRecord p;
        p.rawTx = str(in, "rawTx");
        p.txid = str(in, "txid");
        if (auto sent = payer.send(p); !sent)
            return failure(sent.error());
        return {};
    }
    if (op == "status") {
        PayoutRecord p;
        p.chain = Chain::Ethereum;
        p.txid = str(in, "txid");
        p.asset = str(in, "asset");
        p.source = str(in, "source");
        p.destination = str(in, "destination");
        p.amount = Amount::fromBaseUnitString(str(in, "amount")).value();
        auto status = payer.status(p);
        if (!status)
            return failure(status.error());
        return {{QStringLiteral("kind"), QString::fromLatin1(kindName(status.value().kind))},
                {QStringLiteral("fee"), qs(status.value().fee.toBaseUnitString())},
                {QStringLiteral("note"), qs(status.value().note)}};
    }

    security::KeyVault vault(*db, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
    if (auto init = vault.initialize(tester, "eth payer interop test passphrase"); !init)
        return failure(init.error());
    const QByteArray key = hex::decode(str(in, "key")).value();
    auto hotAddress = ethereum::addressFromSecretKey(key);
    if (!hotAddress)
        return failure(hotAddress.error());
    const std::string hot = ethereum::checksumAddress(hotAddress.value());
    if (auto stored = vault.storeKey(tester, hotKeyName(Chain::Ethereum), "ethereum", hot,
                                     security::SecureBuffer(reinterpret_cast<const unsigned char *>(key.constData()),
                                                            static_cast<std::size_t>(key.size())));
        !stored)
        return failure(stored.error());

    WithdrawalRecord w;
    w.id = std::stoll(str(in, "withdrawalId"));
    w.customerId = 1;
    w.asset = asset.code;
    w.chain = Chain::Ethereum;
    w.destination = str(in, "destination");
    w.amount = Amount::fromBaseUnitString(str(in, "amount")).value();
    w.state = WithdrawalState::Processing;
    wallets::Wallet wallet;
    wallet.chain = Chain::Ethereum;
    wallet.tier = wallets::WalletTier::Hot;
    wallet.asset = "ETH";
    wallet.address = hot;

    auto held = payer.balance(hot, asset);
    if (!held)
        return failure(held.error(), "balance");
    auto ether = payer.balance(hot, nativeAssetOf(Chain::Ethereum));
    if (!ether)
        return failure(ether.error(), "balance");
    auto fee = payer.maxFee(w, asset, wallet);
    if (!fee)
        return failure(fee.error(), "maxFee");
    auto nonce = payer.chainSequence(hot);
    if (!nonce)
        return failure(nonce.error(), "sequence");
    auto p = payer.sign(w, asset, wallet, vault, nonce.value(), fee.value());
    if (!p)
        return failure(p.error(), "sign");
    return {{QStringLiteral("tokenBalance"), qs(held.value().toBaseUnitString())},
            {QStringLiteral("etherBalance"), qs(ether.value().toBaseUnitString())},
            {QStringLiteral("maxFee"), qs(fee.value().toBaseUnitString())},
            {QStringLiteral("rawTx"), qs(p.value().rawTx)},
            {QStringLiteral("txid"), qs(p.value().txid)},
            {QStringLiteral("source"), qs(p.value().source)},
            {QStringLiteral("sequence"), qs(std::to_string(p.value().sequence))}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::string line;
    while (std::getline(std::cin, line)) {
        QJsonObject answer;
        try {
            answer = handle(QJsonDocument::fromJson(QByteArray::fromStdString(line)).object());
        } catch (const std::exception &e) {
            answer = failure(Error{ErrorCode::Internal, e.what()});
        }
        std::cout << QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString() << '\n' << std::flush;
    }
    return 0;
}
