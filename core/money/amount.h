#pragma once
// Amount: an exact, signed count of an asset's base units (stroops, wei,
// microalgos) in 128 bits. There is no floating-point constructor and no
// global formatting state: decimal text is parsed and printed exactly here,
// the one place that does it, and arithmetic refuses to overflow.

#include "core/base/result.h"
#include "core/money/int128.h"

#include <compare>
#include <string>
#include <string_view>
#include <variant>

namespace exchange {

class Amount final
{
public:
    // Why decimal text was refused; each has its own message.
    enum class ParseError {
        Empty,
        Whitespace,
        SignNotAllowed,
        Exponent,
        ThousandsSeparator,
        MisplacedPoint,     // ".5", "5.", "1.2.3"
        InvalidCharacter,
        TooManyDecimals,    // more fraction digits than the asset has
        OutOfRange,
        MalformedExponent,  // "1e", "1e+-5", "e5" (only where an exponent is allowed)
    };

    enum class Sign { NonNegative, AllowNegative };

    struct FormatOptions {
        int minFractionDigits = 0;  // pad with zeros up to this many
        bool groupThousands = false; // "1,234,567.5"
    };

    constexpr Amount() = default;
    static constexpr Amount fromBaseUnits(int128 units) { return Amount(units); }
    static constexpr Amount zero() { return Amount(0); }
    // The range is symmetric so that negation never overflows.
    static constexpr Amount max() { return Amount(kInt128Max); }
    static constexpr Amount min() { return Amount(-kInt128Max); }

    constexpr int128 baseUnits() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }
    constexpr bool isPositive() const { return m_units > 0; }

    // Checked arithmetic: an overflow is an error, never a wrap.
    Result<Amount> plus(Amount other) const;
    Result<Amount> minus(Amount other) const;
    Result<Amount> negated() const;
    Result<Amount> times(int128 factor) const;
    // this * numerator / denominator, rounded as asked. Exact for every input
    // (256-bit intermediate); denominator must be positive, numerator >= 0.
    Result<Amount> mulRatio(int128 numerator, int128 denominator, Rounding rounding) const;

    // Parses decimal text in the asset's unit ("12.5" with decimals 7 is
    // 125000000 stroops). Digits, at most one '.', with digits on both sides;
    // a leading '-' only with Sign::AllowNegative. Nothing is rounded.
    static Result<Amount> parse(std::string_view text, int decimals,
                                Sign sign = Sign::NonNegative);
    static std::variant<Amount, ParseError> tryParse(std::string_view text, int decimals,
                                                     Sign sign = Sign::NonNegative);
    // Like tryParse, for the text of a JSON number, which may carry an
    // exponent as Python's json.dumps writes floats ("5e-05", "1e+16",
    // "2.5E3"): read exactly as the decimal it names, never through a
    // double, then held to the same rules (5e-05 is 0.00005, too precise for
    // an asset of 4 decimals).
    static std::variant<Amount, ParseError> tryParseJsonNumber(std::string_view text, int decimals,
                                                               Sign sign = Sign::NonNegative);
    static std::string describe(ParseError error, int decimals);

    // Exact decimal text in the asset's unit; trailing fraction zeros are
    // dropped down to options.minFractionDigits, never a non-zero digit.
    std::string format(int decimals, FormatOptions options) const;
    std::string format(int decimals) const { return format(decimals, FormatOptions{0, false}); }
    std::string format(int decimals, int minFractionDigits) const
    {
        return format(decimals, FormatOptions{minFractionDigits, false});
    }

    // The integer count of base units as text, for storage and JSON.
    std::string toBaseUnitString() const { return int128ToString(m_units); }
    static Result<Amount> fromBaseUnitString(std::string_view text);

    friend constexpr auto operator<=>(Amount, Amount) = default;
    friend constexpr bool operator==(Amount, Amount) = default;

private:
    explicit constexpr Amount(int128 units) : m_units(units) {}
    int128 m_units = 0;
};

} // namespace exchange
