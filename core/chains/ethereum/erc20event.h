#pragma once
// The ERC-20 Transfer event as a node reports it in a log (EIP-20: "event
// Transfer(address indexed _from, address indexed _to, uint256 _value)"):
// topic 0 is keccak256("Transfer(address,address,uint256)"), topics 1 and 2
// the sender and receiver (each a 32-byte word: twelve zero bytes, then
// the address), data the value as one 32-byte word. ERC-721 logs the same
// topic 0 with the token id as a fourth topic: not an amount of money.
// Read strictly: lower-case hex as nodes write it, exact values.

#include "core/base/result.h"
#include "core/money/int128.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

namespace exchange::ethereum {

// keccak256("Transfer(address,address,uint256)")
inline constexpr const char *kErc20TransferTopic = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

struct Erc20Transfer {
    std::string contract; // the log's address, lower-case 0x… hex
    std::string from;     // lower-case 0x… hex
    std::string to;
    int128 value = 0;
};

// The topic that carries an address (any spelling of 0x + 40 hex).
QString addressTopic(const std::string &address);

// A uint256 ABI word ("0x" and 64 hex digits: a Transfer's data, the
// answer of balanceOf) as base units; refused when malformed or beyond
// what the console counts (2^124).
Result<int128> readUintWord(const QString &word);

// The calldata of balanceOf(address) (selector 0x70a08231).
QString balanceOfCall(const std::string &address);

// keccak256("transfer(address,uint256)")[0..4]
inline constexpr const char *kErc20TransferSelector = "0xa9059cbb";

// The calldata of transfer(to, value): the selector, then the address and
// the value as 32-byte words. value must not be negative.
QString transferCall(const std::string &to, int128 value);

// A log's Transfer: nullopt when it is not an ERC-20 Transfer (another
// event, or ERC-721's four topics); an error when it claims to be one but is
// malformed, or its value is beyond what the console counts (2^124).
Result<std::optional<Erc20Transfer>> readErc20Transfer(const QJsonObject &log);

// Whether a transaction receipt's logs hold the Transfer of exactly `value`
// from `from` to `to`, logged by `contract` (any spelling of the addresses):
// a call that succeeded but moved nothing (a token that returns false) has
// none.
bool receiptHasTransfer(const QJsonObject &receipt, const std::string &contract, const std::string &from,
                        const std::string &to, int128 value);

} // namespace exchange::ethereum
