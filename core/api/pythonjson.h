#pragma once
// The text Python's json.dumps(obj) gives for a value json.loads read: the
// form clients of 001 sign. Separators ", " and ": ", members in input
// order, ensure_ascii escapes (\uXXXX, surrogate pairs above the BMP),
// integers as written (without a redundant sign), other numbers as Python's
// float repr (shortest round-trip digits; exponent form below 1e-4 and from
// 1e16). Refuses a number Python would print as Infinity.

#include "core/encoding/exactjson.h"

namespace exchange::api {

Result<std::string> pythonDumps(const encoding::JsonValue &value);

} // namespace exchange::api
