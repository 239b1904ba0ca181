#pragma once
// One log of eth_getLogs read as an ERC-20 deposit (EIP-20: "event
// Transfer(address indexed _from, address indexed _to, uint256 _value)",
// topic 0 keccak256("Transfer(address,address,uint256)")), strictly: the
// log must be one of the watched tokens' contracts, of a block the watcher
// has checked (its number and hash), not removed by a reorganisation, with
// exactly three topics (an ERC-721 Transfer has four: not money here) and a
// 32-byte value. Whoever called the contract (a direct transfer, a
// multisend, a DEX) does not matter; a reverted transaction leaves no log.
// The deposit is (txid, logIndex): one transaction with several transfers
// is several deposits.

#include "core/base/result.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/deposits/observedpayment.h"
#include "core/wallets/tokensinforce.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace exchange::deposits {

struct Erc20LogWatch {
    std::map<std::string, wallets::WatchedToken> tokens; // by contract, lower-case 0x… hex
    std::set<std::string> receivers;            // deposit addresses, lower-case 0x… hex
    std::map<qint64, QString> blockHashes;      // the checked blocks the logs must be of
};

// A deposit, nullopt when the log is none (to an address not watched, a
// zero value, four topics), or an error naming what is wrong (the whole
// range is read again later).
Result<std::optional<ObservedPayment>> parseErc20TransferLog(const QJsonObject &log, const Erc20LogWatch &watch);

} // namespace exchange::deposits
