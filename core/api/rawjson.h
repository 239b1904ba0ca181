#pragma once
// RawJson: a strict JSON reader that keeps what QJsonDocument throws away:
// the exact bytes of every value (a signature covers the payload exactly as
// the client serialised it) and numbers as their decimal text (an amount is
// never squeezed through a double). Refuses duplicate keys, trailing data,
// invalid UTF-8 and nesting deeper than 32. Standard library only.

#include "core/result.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exchange::api {

struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    std::string_view raw; // the exact bytes of this value in the input
    std::string text;     // String: the decoded UTF-8; Number: the token; Bool: "true"/"false"
    std::vector<std::pair<std::string, JsonValue>> members; // Object, in input order
    std::vector<JsonValue> items;                           // Array

    const JsonValue *member(std::string_view key) const;
};

// The input must outlive the result (raw views point into it).
Result<JsonValue> parseJson(std::string_view input);

} // namespace exchange::api
