#include "core/money/amount.h"

#include <algorithm>

namespace exchange {

namespace {

constexpr int kMaxDecimals = 38;

Result<Amount> checked(int128 value, bool overflowed, const char *what)
{
    if (overflowed || value < -kInt128Max)
        return Result<Amount>::failure(ErrorCode::InvalidInput,
                                       std::string("amount overflow in ") + what);
    return Amount::fromBaseUnits(value);
}

uint128 magnitude(int128 value)
{
    return value < 0 ? ~static_cast<uint128>(value) + 1 : static_cast<uint128>(value);
}

} // namespace

Result<Amount> Amount::plus(Amount other) const
{
    int128 sum = 0;
    const bool overflow = __builtin_add_overflow(m_units, other.m_units, &sum);
    return checked(sum, overflow, "addition");
}

Result<Amount> Amount::minus(Amount other) const
{
    int128 difference = 0;
    const bool overflow = __builtin_sub_overflow(m_units, other.m_units, &difference);
    return checked(difference, overflow, "subtraction");
}

Result<Amount> Amount::negated() const
{
    return Amount(-m_units); // the symmetric range makes this always safe
}

Result<Amount> Amount::times(int128 factor) const
{
    int128 product = 0;
    const bool overflow = __builtin_mul_overflow(m_units, factor, &product);
    return checked(product, overflow, "multiplication");
}

Result<Amount> Amount::mulRatio(int128 numerator, int128 denominator, Rounding rounding) const
{
    if (denominator <= 0 || numerator < 0)
        return Result<Amount>::failure(ErrorCode::InvalidInput,
                                       "ratio needs a positive denominator and a non-negative numerator");
    const auto divided = mulDiv(magnitude(m_units), static_cast<uint128>(numerator),
                                static_cast<uint128>(denominator));
    if (!divided || divided->quotient > static_cast<uint128>(kInt128Max))
        return Result<Amount>::failure(ErrorCode::InvalidInput, "amount overflow in ratio");

    uint128 q = divided->quotient;
    const bool negative = m_units < 0;
    if (divided->inexact) {
        bool awayFromZero = false;
        switch (rounding) {
        case Rounding::TowardZero: awayFromZero = false; break;
        case Rounding::AwayFromZero: awayFromZero = true; break;
        case Rounding::Floor: awayFromZero = negative; break;
        case Rounding::Ceiling: awayFromZero = !negative; break;
        }
        if (awayFromZero) {
            if (q == static_cast<uint128>(kInt128Max))
                return Result<Amount>::failure(ErrorCode::InvalidInput, "amount overflow in ratio");
            ++q;
        }
    }
    const auto signedQ = static_cast<int128>(q);
    return Amount(negative ? -signedQ : signedQ);
}

std::variant<Amount, Amount::ParseError> Amount::tryParse(std::string_view text, int decimals,
                                                          Sign sign)
{
    if (decimals < 0 || decimals > kMaxDecimals)
        return ParseError::TooManyDecimals;
    if (text.empty())
        return ParseError::Empty;

    // Classify every character first, so that the error names the real
    // problem ("1e5" is an exponent, not merely a bad character).
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            return ParseError::Whitespace;
    }
    for (char c : text) {
        if (c == 'e' || c == 'E')
            return ParseError::Exponent;
    }
    for (char c : text) {
        if (c == ',' || c == '_' || c == '\'')
            return ParseError::ThousandsSeparator;
    }

    bool negative = false;
    if (text.front() == '+')
        return ParseError::SignNotAllowed;
    if (text.front() == '-') {
        if (sign != Sign::AllowNegative)
            return ParseError::SignNotAllowed;
        negative = true;
        text.remove_prefix(1);
        if (text.empty())
            return ParseError::Empty;
    }

    const auto point = text.find('.');
    std::string_view whole = text.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    if (point != std::string_view::npos
        && (whole.empty() || fraction.empty() || fraction.find('.') != std::string_view::npos))
        return ParseError::MisplacedPoint;

    for (std::string_view part : {whole, fraction}) {
        for (char c : part) {
            if (c == '+' || c == '-')
                return ParseError::SignNotAllowed;
            if (c < '0' || c > '9')
                return ParseError::InvalidCharacter;
        }
    }
    if (std::cmp_greater(fraction.size(), decimals))
        return ParseError::TooManyDecimals;

    // Accumulate whole digits then fraction digits padded to `decimals`,
    // checking against the limit before every step.
    const auto limit = static_cast<uint128>(kInt128Max);
    uint128 units = 0;
    auto push = [&](int digit) {
        if (units > (limit - static_cast<uint128>(digit)) / 10)
            return false;
        units = units * 10 + static_cast<uint128>(digit);
        return true;
    };
    for (char c : whole) {
        if (!push(c - '0'))
            return ParseError::OutOfRange;
    }
    for (int i = 0; i < decimals; ++i) {
        const int digit = std::cmp_less(i, fraction.size()) ? fraction[static_cast<size_t>(i)] - '0' : 0;
        if (!push(digit))
            return ParseError::OutOfRange;
    }
    const auto value = static_cast<int128>(units);
    return Amount(negative ? -value : value);
}

std::variant<Amount, Amount::ParseError> Amount::tryParseJsonNumber(std::string_view text, int decimals,
                                                                    Sign sign)
{
    const auto e = text.find_first_of("eE");
    if (e == std::string_view::npos)
        return tryParse(text, decimals, sign);
    std::string_view mantissa = text.substr(0, e);
    std::string_view exponentText = text.substr(e + 1);
    std::string signText;
    if (!mantissa.empty() && (mantissa.front() == '-' || mantissa.front() == '+')) {
        if (mantissa.front() == '+' || sign != Sign::AllowNegative)
            return ParseError::SignNotAllowed;
        signText = "-";
        mantissa.remove_prefix(1);
    }
    // The mantissa alone must be a plain decimal; its own checks name the fault.
    if (mantissa.empty())
        return ParseError::MalformedExponent;
    if (auto plain = tryParse(mantissa, kMaxDecimals); std::holds_alternative<ParseError>(plain)) {
        const ParseError error = std::get<ParseError>(plain);
        if (error != ParseError::TooManyDecimals && error != ParseError::OutOfRange)
            return error == ParseError::Exponent ? ParseError::MalformedExponent : error;
    }
    if (!exponentText.empty() && (exponentText.front() == '+' || exponentText.front() == '-'))
        exponentText.remove_prefix(1);
    const bool exponentNegative = text[e + 1] == '-';
    if (exponentText.empty() || exponentText.find_first_not_of("0123456789") != std::string_view::npos)
        return ParseError::MalformedExponent;

    // value = digits * 10^shift, with the digits free of leading and
    // trailing zeros; the exponent is capped so that no text grows without
    // bound (anything that far out is refused below anyway).
    const auto point = mantissa.find('.');
    std::string digits(mantissa.substr(0, point));
    long long shift = 0;
    if (point != std::string_view::npos) {
        digits += mantissa.substr(point + 1);
        shift -= static_cast<long long>(mantissa.size() - point - 1);
    }
    constexpr long long kCap = 1000;
    long long exponent = 0;
    for (char c : exponentText)
        exponent = std::min(kCap, exponent * 10 + (c - '0'));
    shift += exponentNegative ? -exponent : exponent;
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    if (digits.empty())
        return tryParse("0", decimals, sign);
    while (digits.back() == '0') {
        digits.pop_back();
        ++shift;
    }
    constexpr long long kMaxDigits = 80; // far beyond int128 and kMaxDecimals
    std::string plain;
    if (shift >= 0) {
        if (static_cast<long long>(digits.size()) + shift > kMaxDigits)
            return ParseError::OutOfRange;
        plain = digits + std::string(static_cast<std::size_t>(shift), '0');
    } else {
        const auto fraction = static_cast<std::size_t>(-shift);
        if (std::cmp_greater(fraction, decimals))
            return ParseError::TooManyDecimals;
        if (digits.size() > fraction)
            plain = digits.substr(0, digits.size() - fraction) + "." + digits.substr(digits.size() - fraction);
        else
            plain = "0." + std::string(fraction - digits.size(), '0') + digits;
    }
    return tryParse(signText + plain, decimals, sign);
}

std::string Amount::describe(ParseError error, int decimals)
{
    switch (error) {
    case ParseError::Empty: return "amount is empty";
    case ParseError::Whitespace: return "amount contains white space";
    case ParseError::SignNotAllowed: return "amount may not carry a sign here";
    case ParseError::Exponent: return "amount may not use exponent notation";
    case ParseError::ThousandsSeparator: return "amount may not contain thousands separators";
    case ParseError::MisplacedPoint: return "amount needs digits on both sides of a single decimal point";
    case ParseError::InvalidCharacter: return "amount may contain only digits and one decimal point";
    case ParseError::TooManyDecimals:
        return "amount has more than " + std::to_string(decimals) + " decimal places";
    case ParseError::OutOfRange: return "amount is out of range";
    case ParseError::MalformedExponent: return "amount has a malformed exponent (write it like 5e-05)";
    }
    return "amount is invalid";
}

Result<Amount> Amount::parse(std::string_view text, int decimals, Sign sign)
{
    auto parsed = tryParse(text, decimals, sign);
    if (const auto *amount = std::get_if<Amount>(&parsed))
        return *amount;
    return Result<Amount>::failure(ErrorCode::InvalidInput,
                                   describe(std::get<ParseError>(parsed), decimals));
}

std::string Amount::format(int decimals, FormatOptions options) const
{
    decimals = std::clamp(decimals, 0, kMaxDecimals);
    std::string digits = uint128ToString(magnitude(m_units));
    if (std::cmp_less_equal(digits.size(), decimals))
        digits.insert(0, static_cast<size_t>(decimals) - digits.size() + 1, '0');

    std::string whole = digits.substr(0, digits.size() - static_cast<size_t>(decimals));
    std::string fraction = digits.substr(digits.size() - static_cast<size_t>(decimals));
    const auto keep = static_cast<size_t>(std::clamp(options.minFractionDigits, 0, decimals));
    while (fraction.size() > keep && fraction.back() == '0')
        fraction.pop_back();

    if (options.groupThousands) {
        for (auto i = static_cast<std::ptrdiff_t>(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(static_cast<size_t>(i), 1, ',');
    }
    std::string text = m_units < 0 ? "-" + whole : whole;
    if (!fraction.empty())
        text += "." + fraction;
    return text;
}

Result<Amount> Amount::fromBaseUnitString(std::string_view text)
{
    const auto value = int128FromString(text);
    if (!value || *value < -kInt128Max)
        return Result<Amount>::failure(ErrorCode::Corrupted,
                                       "stored amount is not an integer count of base units");
    return Amount(*value);
}

} // namespace exchange
