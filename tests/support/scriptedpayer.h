#pragma once
// A Stellar chain a test scripts, for PayoutService: the hot balance, the
// sequence, what send() and status() answer. It records what it was asked
// to sign and send, and signs like a real chain (the same fields give the
// same bytes and txid).

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/withdrawals/chainpayer.h"

#include <map>
#include <string>
#include <vector>

namespace exchange::withdrawals {

// A chain the test scripts: balances, sequence, what send() and status()
// answer. It records what it was asked to sign and send.
class ScriptedPayer final : public ChainPayer
{
public:
    Chain chain() const override { return payingChain; }
    Result<Amount> balance(const std::string &, const Asset &asset) override
    {
        if (asset.identity.isNative())
            return hotBalance;
        const auto it = tokenBalances.find(asset.code);
        return it == tokenBalances.end() ? Amount() : it->second;
    }
    Result<Amount> maxFee(const WithdrawalRecord &, const Asset &, const wallets::Wallet &) override { return fee; }
    bool sequential() const override { return true; }
    Result<std::int64_t> chainSequence(const std::string &) override { return chainNext; }
    Result<PayoutRecord> sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot, const security::KeyVault &,
                              std::int64_t sequence, const Amount &maxFee) override
    {
        ++signings;
        signedAssets.push_back(asset);
        if (w.amount == refuseToSign)
            return Error{ErrorCode::InvalidInput, "the destination does not exist and this is below its reserve"};
        PayoutRecord p;
        p.chain = payingChain;
        p.asset = w.asset;
        p.source = hot.address;
        p.destination = w.destination;
        p.amount = w.amount;
        p.maxFee = maxFee;
        p.sequence = sequence;
        // Like a real chain, the same fields give the same bytes and txid.
        p.txid = "tx-" + std::to_string(w.id) + "-" + std::to_string(sequence) + "-" + maxFee.toBaseUnitString();
        p.rawTx = "raw:" + p.txid;
        return p;
    }
    Result<void> send(const PayoutRecord &p) override
    {
        sent.push_back(p.rawTx);
        if (sendAnswer)
            known[p.txid] = PayoutStatus{PayoutStatus::Kind::Pending, {}, {}};
        return sendAnswer;
    }
    Result<PayoutStatus> status(const PayoutRecord &p) override
    {
        if (unreachable)
            return Error{ErrorCode::Unavailable, "the node could not be reached"};
        auto it = known.find(p.txid);
        return it == known.end() ? PayoutStatus{} : it->second;
    }

    Chain payingChain = Chain::Stellar;
    bool replaceable() const override { return replacing; }
    // Like EthereumPayer: the fee 12.5% up, rounded up, at most cap.
    Result<PayoutRecord> signReplacement(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                         const security::KeyVault &vault, const PayoutRecord &pending, const Amount &cap) override
    {
        const Amount bumped = Amount::fromBaseUnits(pending.maxFee.baseUnits() + (pending.maxFee.baseUnits() + 7) / 8);
        if (!replacing)
            return ChainPayer::signReplacement(w, asset, hot, vault, pending, cap);
        if (bumped > cap)
            return Error{ErrorCode::InvalidInput, "the cap leaves no room for the bump"};
        return sign(w, asset, hot, vault, pending.sequence, bumped);
    }

    bool replacing = false; // replaceable(), signReplacement() like Ethereum's
    Amount hotBalance = Amount::parse("1000", 7).value(); // of the coin
    std::map<std::string, Amount> tokenBalances;          // by asset code
    Amount fee = Amount::parse("0.00001", 7).value();
    std::int64_t chainNext = 101;
    Result<void> sendAnswer = Result<void>();
    bool unreachable = false;
    Amount refuseToSign = Amount::fromBaseUnits(-1);
    int signings = 0;
    std::vector<Asset> signedAssets; // the asset of each sign(), in order
    std::vector<std::string> sent;
    std::map<std::string, PayoutStatus> known;
};

} // namespace exchange::withdrawals
