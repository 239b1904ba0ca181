#pragma once
// Sending a transaction that was signed and stored before: the stored bytes
// again, which a node takes as the same transaction, never a second one.
// Answers that mean the node has it already ("already known", "nonce too
// low" for a nonce this very transaction took) count as sent; an answer
// naming another hash is refused. Waits for the node.
//
// Never send bytes whose receipt the node already gave: ganache 7 executes
// a mined raw transaction again when it is sent twice (no real node does),
// and queues a pending one again (a stuck sweep sent on every run filled
// its pool with copies). So a transaction the node knows by hash is not
// sent again.

#include "core/base/result.h"

#include <string>

namespace exchange::ethereum {

class JsonRpcClient;

Result<void> sendStored(JsonRpcClient &node, const std::string &rawTx, const std::string &txid);

} // namespace exchange::ethereum
