#pragma once
// ScriptedChain: a ReplenishmentChain for the tests of what the console
// decides about replenishments, without a node.

#include "core/withdrawals/replenishmentchain.h"

#include <QByteArray>

#include <map>
#include <string>
#include <vector>

namespace exchange::withdrawals::test {

// A chain whose files are "from|to|units" (a token's: "from|to|units|IDENTITY")
// and, signed, "...|sig:SIGNER". Balances of the coin by address; of a
// token by address and the identity it was asked about (so a chain asked
// with another identity than the signed one finds nothing).
class ScriptedChain final : public ReplenishmentChain
{
public:
    Chain onChain = Chain::Stellar;
    std::map<std::string, Amount> balances;
    std::map<std::pair<std::string, std::string>, Amount> tokenBalances; // (address, identity.describe())
    std::vector<Asset> prepared; // what prepare() was asked to move
    std::map<QByteArray, AssetIdentity> moved; // by the unsigned bytes prepare() made
    Amount fee = Amount::fromBaseUnits(100);
    Amount charged = Amount::fromBaseUnits(100);
    int broadcasts = 0;
    int failBroadcasts = 0; // the next N broadcasts fail as unreachable
    ChainVerdict verdict = ChainVerdict::Confirmed;

    Chain chain() const override { return onChain; }
    Result<Amount> spendable(const std::string &address, const Asset &asset) override
    {
        if (asset.identity.isNative())
            return balances[address];
        return tokenBalances[{address, asset.identity.describe()}];
    }
    Result<Amount> feeAllowance(const Asset &) override { return fee; }
    Result<PreparedTransfer> prepare(const std::string &from, const std::string &to, Amount amount, const Asset &asset) override
    {
        prepared.push_back(asset);
        const std::string token = asset.identity.isNative() ? "" : "|" + asset.identity.describe();
        const QByteArray bytes = QByteArray::fromStdString(from + "|" + to + "|" + amount.toBaseUnitString() + token);
        moved[bytes] = asset.identity;
        return PreparedTransfer{bytes, fee};
    }
    Result<AssetIdentity> movedAsset(const QByteArray &unsignedTx) const override
    {
        const auto it = moved.find(unsignedTx);
        return it == moved.end() ? AssetIdentity::native() : it->second;
    }
    QByteArray fileContents(const QByteArray &unsignedTx) const override { return unsignedTx; }
    Result<SignedTransfer> readSigned(const QByteArray &file) const override
    {
        const qsizetype at = file.indexOf("|sig:");
        if (at < 0)
            return Error{ErrorCode::InvalidInput, "not signed"};
        return SignedTransfer{file.left(at), file, "tx-" + file.toHex().left(16).toStdString()};
    }
    Result<void> checkSigner(const SignedTransfer &t, const std::string &from) const override
    {
        if (t.signedTx.mid(t.signedTx.indexOf("|sig:") + 5).toStdString() != from)
            return Error{ErrorCode::InvalidInput, "not signed by the source wallet " + from};
        return {};
    }
    std::string describeDifference(const QByteArray &a, const QByteArray &b) const override
    {
        return "amount: " + a.split('|').value(2).toStdString() + " in the export, " + b.split('|').value(2).toStdString()
            + " in the file";
    }
    Result<void> broadcast(const SignedTransfer &) override
    {
        if (failBroadcasts > 0) {
            --failBroadcasts;
            return Error{ErrorCode::Unavailable, "the node could not be reached"};
        }
        ++broadcasts;
        return {};
    }
    Result<ChainStatus> status(const std::string &, const QByteArray &) override
    {
        return ChainStatus{broadcasts > 0 ? verdict : ChainVerdict::Unknown, {}, charged};
    }
};

} // namespace exchange::withdrawals::test
