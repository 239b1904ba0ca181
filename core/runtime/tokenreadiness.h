#pragma once
// TokenReadiness: whether the exchange's own wallets (hot, warm, cold) can
// receive the tokens in force, that is hold the Stellar trustline or the
// Algorand opt-in, and how many Algorand deposit addresses still wait for
// their opt-in; and the step that makes one wallet ready. It composes the
// services exctl uses (StellarTrustlines, AlgorandOptIns,
// AlgorandTokenCollection) over the node an admin signed (SignerNode), so
// the console and exctl decide, sign, export and audit alike:
//  - hot: signed with the vault's hot key (the vault must be unlocked) and
//    submitted;
//  - warm, cold (watch-only): the unsigned transaction, byte for byte what
//    `exctl stellar trustline --export` / `exctl algorand opt-in --export`
//    write, for offline signing;
//  - Algorand deposit addresses are opted in by the collection run (each
//    signs its own opt-in, funded from the fee wallet), not here.
// Waits for the chains: the core's threads only, never the GUI thread.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/wallets/wallet.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace exchange {

class CoreServices;
namespace security { struct Actor; }

struct TokenReadinessRow {
    Chain chain = Chain::Stellar;
    std::string asset; // the exchange's code
    int decimals = 0;
    wallets::WalletTier tier = wallets::WalletTier::Hot;
    std::string address; // empty on the deposit addresses' row
    bool accountExists = true;
    bool ready = false;               // the trustline or the opt-in is there
    std::optional<bool> authorized;   // Stellar: the issuer authorised the line; Algorand: the holding is not frozen
    std::optional<Amount> limit;      // Stellar: the line's limit
    Amount balance;                   // what the wallet holds of the token
    int depositAddresses = 0;         // Algorand deposit row: the addresses
    int depositMissing = 0;           // and how many have not opted in
};

struct TokenReadinessReport {
    std::vector<TokenReadinessRow> rows;
    std::vector<std::string> notes; // a chain that could not be read, and why
};

struct TokenPreparation {
    std::string address;
    std::string txid;
    bool alreadyDone = false; // the line was there already: nothing made
    QByteArray exported;      // warm, cold: the file's contents
};

class TokenReadiness final
{
public:
    explicit TokenReadiness(CoreServices &services);

    Result<TokenReadinessReport> read();
    // tier Hot: signed and sent; Warm or Cold: exported. An admin with a
    // confirmed code (the services check it again and audit).
    Result<TokenPreparation> prepare(const security::Actor &actor, Chain chain, const std::string &asset,
                                     wallets::WalletTier tier);

private:
    Result<void> readStellar(TokenReadinessReport &report);
    Result<void> readAlgorand(TokenReadinessReport &report);
    Result<std::string> nodeUrl(Chain chain, std::string *network = nullptr);

    CoreServices &m_services;
};

} // namespace exchange
