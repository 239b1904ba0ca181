#pragma once
// One Ethereum JSON-RPC 2.0 response object, read from the tree of the exact
// JSON reader (core/encoding/exactjson), which has refused the whole answer
// already if any member is given twice ("result", "error" or one inside the
// result): which of two values would the node have meant?
//
// The result is handed on as a QJsonValue: strings exactly as sent, and
// every quantity of Ethereum JSON-RPC is a hex string (read by
// parseQuantity, which refuses anything else). A JSON number, which is never
// a quantity, becomes an integer when it is one of 64 bits, a double
// otherwise (eth_feeHistory's gasUsedRatio); nothing reads money from one.

#include "core/encoding/exactjson.h"

#include <QJsonValue>

#include <string>

namespace exchange::ethereum {

struct RpcResponse {
    enum class Kind {
        Result,    // `result` holds the call's result (null included)
        Refused,   // the node answered with an error object
        Malformed, // not a JSON-RPC response
    };
    Kind kind = Kind::Malformed;
    QJsonValue result;
    // Refused: the node's "code: message"; Malformed: what is wrong.
    std::string detail;
};

RpcResponse readRpcResponse(const encoding::JsonValue &response);

// The value as a QJsonValue (numbers as described above).
QJsonValue toQJsonValue(const encoding::JsonValue &value);

} // namespace exchange::ethereum
