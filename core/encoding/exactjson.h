#pragma once
// The one JSON reader of the core, below everything that reads JSON (the
// API's signed requests, Horizon, algod and the Algorand indexer, Ethereum
// JSON-RPC). It keeps what QJsonDocument throws away: the exact bytes of
// every value (a signature covers the payload exactly as the client
// serialised it) and numbers as their decimal text, never through a double
// (1e400 and 123456789012345678901234567890.000000000000000001 are kept as
// written; the caller's exact parser decides what it accepts). Refuses
// duplicate keys (which of two amounts would be the real one?), trailing
// data, invalid UTF-8 and nesting deeper than 32. Standard library only.
//
// parseJsonRecords reads a page of records: a record (an item of the array
// that recordsPath names: {"_embedded", "records"} for a Horizon page, {}
// when the document is the array) that breaks one of these rules inside its
// own brackets becomes an Invalid value carrying its error, and the other
// records are still read. The caller must report every Invalid record: a
// skipped record may be money. An error outside the records, or one that
// leaves a record's end unknown (an unterminated string, unbalanced
// brackets), still refuses the whole document.

#include "core/base/result.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exchange::encoding {

struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object, Invalid };
    Kind kind = Kind::Null;
    std::string_view raw; // the exact bytes of this value in the input
    // String: the decoded UTF-8; Number: the token as written; Bool:
    // "true"/"false"; Invalid: why the record could not be read.
    std::string text;
    std::vector<std::pair<std::string, JsonValue>> members; // Object, in input order
    std::vector<JsonValue> items;                           // Array

    // Out of line: the members hold JsonValues, which are complete only
    // after this definition (clang with libstdc++ refuses them inline).
    JsonValue();
    JsonValue(const JsonValue &);
    JsonValue(JsonValue &&) noexcept;
    JsonValue &operator=(const JsonValue &);
    JsonValue &operator=(JsonValue &&) noexcept;
    ~JsonValue();

    const JsonValue *member(std::string_view key) const;
};

// The input must outlive the result (raw views point into it).
Result<JsonValue> parseJson(std::string_view input);
Result<JsonValue> parseJsonRecords(std::string_view input, const std::vector<std::string_view> &recordsPath);

} // namespace exchange::encoding
