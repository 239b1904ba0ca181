#pragma once
// Statement: what an operator signs when they decide, as one canonical
// text that whoever checks the signature (the payout signer) rebuilds from
// the rows and compares byte for byte. A header line, the kind, then the
// fields in the order the kind defines:
//
//   exchange-console statement 1
//   kind=withdrawal.approve
//   withdrawal=42
//   amount=6000.0000000
//   ...
//
// Keys are [a-z0-9_.]; a value's '%' and control characters are written as
// %XX, so a value can never start a line of its own. Nothing is implied:
// two statements are the same decision exactly when their bytes are equal.

#include "core/base/result.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exchange::security {

class Statement final
{
public:
    static constexpr std::string_view kHeader = "exchange-console statement 1";

    explicit Statement(std::string kind);

    // Appends a field. A key outside [a-z0-9_.] or used twice is a bug
    // (std::invalid_argument).
    Statement &add(std::string_view key, std::string value);
    Statement &add(std::string_view key, std::int64_t value) { return add(key, std::to_string(value)); }

    const std::string &kind() const { return m_kind; }
    std::optional<std::string> value(std::string_view key) const;
    const std::vector<std::pair<std::string, std::string>> &fields() const { return m_fields; }

    QByteArray canonical() const;
    // SHA-256 of canonical(): what a journal or a log names it by.
    QByteArray hash() const;

    // Reads canonical text back; anything not written by canonical() is
    // refused (a header, key or escape out of place, a trailing byte).
    static Result<Statement> parse(const QByteArray &canonical);

    friend bool operator==(const Statement &a, const Statement &b)
    {
        return a.m_kind == b.m_kind && a.m_fields == b.m_fields;
    }

private:
    std::string m_kind;
    std::vector<std::pair<std::string, std::string>> m_fields;
};

} // namespace exchange::security
