#include "amountvalidator.h"

#include "core/money/amount.h"

QValidator::State AmountValidator::validate(QString &input, int &) const
{
    using PE = exchange::Amount::ParseError;
    auto parsed = exchange::Amount::tryParse(input.toStdString(), m_decimals);
    const auto *error = std::get_if<PE>(&parsed);
    if (!error)
        return Acceptable;
    switch (*error) {
    case PE::Empty: return Intermediate;
    case PE::MisplacedPoint:
        // "12." is on its way to "12.5"; ".5" and "1.2.3" are not.
        return input.endsWith(u'.') && input.count(u'.') == 1 && input.size() > 1 ? Intermediate : Invalid;
    case PE::Whitespace:
    case PE::SignNotAllowed:
    case PE::Exponent:
    case PE::ThousandsSeparator:
    case PE::InvalidCharacter:
    case PE::TooManyDecimals:
    case PE::OutOfRange:
    case PE::MalformedExponent: return Invalid; // tryParse takes no exponent at all
    }
    return Invalid;
}
