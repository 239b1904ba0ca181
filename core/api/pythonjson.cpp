#include "core/api/pythonjson.h"
#include "core/base/message.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace exchange::api {

using encoding::JsonValue;
using encoding::parseJson;

namespace {

void appendEscaped(std::string &out, const std::string &utf8)
{
    static const char *hex = "0123456789abcdef";
    auto u4 = [&](unsigned v) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(v >> shift) & 0xF];
    };
    out += '"';
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20)
                    u4(c);
                else
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        // The reader validated the UTF-8; decode one code point.
        int extra = c >= 0xF0 ? 3 : (c >= 0xE0 ? 2 : 1);
        unsigned cp = c & (extra == 3 ? 0x07u : (extra == 2 ? 0x0Fu : 0x1Fu));
        for (int k = 1; k <= extra; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3Fu);
        i += static_cast<std::size_t>(extra) + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            u4(0xD800 + (cp >> 10));
            u4(0xDC00 + (cp & 0x3FF));
        } else {
            u4(cp);
        }
    }
    out += '"';
}

bool isInteger(const std::string &token)
{
    return token.find_first_of(".eE") == std::string::npos;
}

// Python's repr(float(token)).
Result<std::string> floatRepr(const std::string &token)
{
    const double d = std::strtod(token.c_str(), nullptr); // display only: this is the signed text, never an amount
    if (std::isinf(d))
        return makeError(ErrorCode::InvalidInput, MessageId::TradeNumberOutOfRange);
    if (d == 0)
        return std::string(std::signbit(d) ? "-0.0" : "0.0");
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    // sci: [-]d[.ddd]e[+-]XX
    std::string sign;
    if (sci[0] == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    const std::size_t e = sci.find('e');
    std::string digits = sci.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int exponent = std::atoi(sci.c_str() + e + 1);
    const int decpt = exponent + 1; // value = 0.digits * 10^decpt
    const int n = static_cast<int>(digits.size());
    std::string out = sign;
    if (decpt > 16 || decpt < -3) {
        out += digits.substr(0, 1);
        if (n > 1)
            out += "." + digits.substr(1);
        const int x = decpt - 1;
        out += x < 0 ? "e-" : "e+";
        const std::string xs = std::to_string(std::abs(x));
        out += (xs.size() < 2 ? "0" : "") + xs;
    } else if (decpt <= 0) {
        out += "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (decpt < n) {
        out += digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
    } else {
        out += digits + std::string(static_cast<std::size_t>(decpt - n), '0') + ".0";
    }
    return out;
}

Result<void> dump(const JsonValue &v, std::string &out)
{
    switch (v.kind) {
    case JsonValue::Kind::Null: out += "null"; return {};
    case JsonValue::Kind::Invalid: return Error{ErrorCode::InvalidInput, "a record that could not be read"};
    case JsonValue::Kind::Bool: out += v.text; return {};
    case JsonValue::Kind::String: appendEscaped(out, v.text); return {};
    case JsonValue::Kind::Number: {
        if (isInteger(v.text)) {
            // Python ints print without a sign on zero and without leading zeros (JSON has none).
            out += (v.text == "-0") ? std::string("0") : v.text;
            return {};
        }
        auto f = floatRepr(v.text);
        if (!f)
            return f.error();
        out += f.value();
        return {};
    }
    case JsonValue::Kind::Array: {
        out += '[';
        bool first = true;
        for (const JsonValue &item : v.items) {
            if (!first)
                out += ", ";
            first = false;
            if (auto r = dump(item, out); !r)
                return r;
        }
        out += ']';
        return {};
    }
    case JsonValue::Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto &[key, member] : v.members) {
            if (!first)
                out += ", ";
            first = false;
            appendEscaped(out, key);
            out += ": ";
            if (auto r = dump(member, out); !r)
                return r;
        }
        out += '}';
        return {};
    }
    }
    return {};
}

} // namespace

Result<std::string> pythonDumps(const JsonValue &value)
{
    std::string out;
    if (auto r = dump(value, out); !r)
        return r.error();
    return out;
}

} // namespace exchange::api
