// payout_tool: signs payouts with the core's StellarPayer and AlgorandPayer,
// behind a JSON-lines pipe, so that payout_vectors.mjs can check them with
// the Stellar SDK and algosdk. Each request gets a fresh database and vault
// holding the request's (test) hot seed, and a local Horizon or algod
// (tests/support) saying what the payer asks: hot's sequence, the fees,
// whether the destination exists, the current round.

#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/hex.h"
#include "core/base/manualclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandpayer.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/withdrawals/stellarchannels.h"
#include "core/withdrawals/stellarpayer.h"
#include "core/store/metarepository.h"
#include "algodtestserver.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <string>

using namespace exchange;
using namespace exchange::wallets;
using namespace exchange::withdrawals;

namespace {

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

std::int64_t i64(const QJsonObject &o, const char *key)
{
    return std::stoll(str(o, key));
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject failure(const std::string &message)
{
    return {{QStringLiteral("error"), qs(message)}};
}

QJsonObject describe(const PayoutRecord &p)
{
    return {{QStringLiteral("rawTx"), qs(p.rawTx)},
            {QStringLiteral("txid"), qs(p.txid)},
            {QStringLiteral("source"), qs(p.source)},
            {QStringLiteral("sequence"), qs(std::to_string(p.sequence))},
            {QStringLiteral("lastValid"), qs(std::to_string(p.lastValid.value_or(-1)))},
            {QStringLiteral("maxFee"), qs(p.maxFee.toBaseUnitString())}};
}

QJsonObject handle(const QJsonObject &in)
{
    TestDatabase testDb;
    if (!testDb.failure().isEmpty())
        return failure(testDb.failure().toStdString());
    auto db = testDb.open();
    if (!db)
        return failure("no database");
    ManualClock clock(in.contains(QStringLiteral("nowMs")) ? i64(in, "nowMs") : 1'700'000'000'000);
    security::AuditLog audit(*db, clock);
    wallets::WalletService walletService(*db, clock, audit);
    security::KeyVault vault(*db, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
    // Chain settings decide where money goes: an admin operator sets them.
    const auto tester = testAdmin(*db, "payout-interop");
    if (auto init = vault.initialize(tester, "payout interop test passphrase"); !init)
        return failure(init.error().message);
    const QByteArray seed = hex::decode(str(in, "seed")).value();
    const std::string chainName = str(in, "chain");
    const Chain chain = chainName == "stellar" ? Chain::Stellar : Chain::Algorand;
    const std::string hotAddress = chain == Chain::Stellar ? stellar::accountIdFromSeed(seed) : algorand::addressFromSeed(seed);
    if (auto stored = vault.storeKey(tester, hotKeyName(chain), chainName, hotAddress,
                                     security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                            static_cast<std::size_t>(seed.size())));
        !stored)
        return failure(stored.error().message);

    // A Stellar token ("token": {"code", "issuer"}) instead of the coin.
    Asset asset = nativeAssetOf(chain);
    const QJsonObject token = in.value(QStringLiteral("token")).toObject();
    if (!token.isEmpty()) {
        asset.code = "TOKEN";
        asset.name = "a token";
        asset.identity = AssetIdentity::stellarCredit(token.value(QStringLiteral("code")).toString().toStdString(),
                                                      token.value(QStringLiteral("issuer")).toString().toStdString());
    }
    WithdrawalRecord w;
    w.id = i64(in, "withdrawalId");
    w.customerId = 1;
    w.asset = asset.code;
    w.chain = chain;
    w.destination = str(in, "destination");
    w.amount = Amount::fromBaseUnits(i64(in, "amount"));
    w.state = WithdrawalState::Processing;
    wallets::Wallet hot;
    hot.chain = chain;
    hot.tier = wallets::WalletTier::Hot;
    hot.asset = w.asset;
    hot.address = hotAddress;

    const auto signWith = [&](ChainPayer &payer) -> QJsonObject {
        auto fee = payer.maxFee(w, asset, hot);
        if (!fee)
            return failure(fee.error().message);
        // Hot's own sequence, or the channel's when the request has one.
        auto from = payer.sequenceAccount(hot, vault);
        if (!from)
            return failure(from.error().message);
        auto sequence = payer.chainSequence(from.value());
        if (!sequence)
            return failure(sequence.error().message);
        auto p = payer.sign(w, asset, hot, vault, sequence.value(), fee.value());
        if (!p)
            return failure(p.error().message);
        return describe(p.value());
    };

    if (chain == Chain::Stellar) {
        const std::string network = str(in, "network");
        HorizonTestServer horizon(QByteArray::fromStdString(network));
        if (!horizon.listen())
            return failure("no port for Horizon");
        horizon.setAccount(qs(hotAddress), i64(in, "hotBalance"), i64(in, "hotSequence"));
        if (in.value(QStringLiteral("destinationExists")).toBool())
            horizon.setAccount(qs(w.destination), 10'000'000, 1);
        if (!asset.identity.isNative()) {
            // Both ends trust the token; hot holds what it pays.
            HorizonTestServer::Trustline line;
            line.code = asset.identity.stellarCode;
            line.issuer = asset.identity.issuer;
            line.balance = i64(in, "amount");
            horizon.setTrustline(qs(hotAddress), line);
            line.balance = 0;
            if (horizon.hasAccount(qs(w.destination)))
                horizon.setTrustline(qs(w.destination), line);
        }
        // A channel account ("channelSeed", "channelSequence"): its key in
        // the vault, active in a pool of one; the payout goes through it.
        if (in.contains(QStringLiteral("channelSeed"))) {
            const QByteArray channelSeed = hex::decode(str(in, "channelSeed")).value();
            StellarChannel channel;
            channel.address = stellar::accountIdFromSeed(channelSeed);
            channel.keyName = "channel:stellar:1";
            channel.state = ChannelState::Active;
            channel.createdAtMs = clock.nowMs();
            if (auto stored = vault.storeKey(tester, channel.keyName, "stellar", channel.address,
                                             security::SecureBuffer(reinterpret_cast<const unsigned char *>(channelSeed.constData()),
                                                                    static_cast<std::size_t>(channelSeed.size())));
                !stored)
                return failure(stored.error().message);
            if (auto row = StellarChannelRepository(db->connection(), db->dialect()).insert(channel); !row)
                return failure(row.error().message);
            if (auto pool = MetaRepository(db->connection()).set(QString::fromLatin1(StellarChannels::kPoolKey), QStringLiteral("1")); !pool)
                return failure(pool.error().message);
            horizon.setAccount(qs(channel.address), StellarChannels::kStartingBalance, i64(in, "channelSequence"));
        }
        horizon.setBaseFee(i64(in, "baseFee"));
        horizon.setFeeP90(i64(in, "p90"));
        if (auto set = walletService.setChainSettings(tester, {Chain::Stellar, horizon.url().toStdString(), {}, 1, network}); !set)
            return failure(set.error().message);
        stellar::HorizonClient client{QUrl(horizon.url())};
        StellarPayer payer(client, walletService, clock);
        return signWith(payer);
    }
    AlgodTestServer algod;
    if (!algod.listen())
        return failure("no port for algod");
    algod.setLastRound(static_cast<std::uint64_t>(i64(in, "lastRound")));
    algod.setFees(static_cast<std::uint64_t>(i64(in, "feePerByte")), 1000);
    if (auto set = walletService.setChainSettings(tester, {Chain::Algorand, algod.url().toStdString(), {}, 1,
                                                           AlgodTestServer::genesisId().toStdString()});
        !set)
        return failure(set.error().message);
    algorand::AlgodClient client{QUrl(algod.url())};
    AlgorandPayer payer(client, nullptr, walletService);
    QJsonObject out = signWith(payer);
    out.insert(QStringLiteral("genesisId"), AlgodTestServer::genesisId());
    out.insert(QStringLiteral("genesisHash"), QString::fromLatin1(AlgodTestServer::genesisHash().toBase64()));
    return out;
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
            answer = failure(e.what());
        }
        std::cout << QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString() << '\n' << std::flush;
    }
    return 0;
}
