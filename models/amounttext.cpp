#include "amounttext.h"

QString AmountText::describe(exchange::Amount::ParseError error, int decimals)
{
    using PE = exchange::Amount::ParseError;
    switch (error) {
    case PE::Empty: return tr("Enter an amount.");
    case PE::Whitespace: return tr("Remove the spaces from the amount.");
    case PE::SignNotAllowed: return tr("The amount may not be negative or carry a sign.");
    case PE::Exponent: return tr("Write the amount out in full, without an exponent.");
    case PE::ThousandsSeparator: return tr("Write the amount without thousands separators.");
    case PE::MisplacedPoint: return tr("Use one decimal point with digits on both sides, like 0.5.");
    case PE::InvalidCharacter: return tr("Use only digits and one decimal point.");
    case PE::TooManyDecimals:
        if (decimals == 0)
            return tr("This asset takes whole amounts only.");
        //: %1 is the number of decimal places the asset has (never 0 here)
        return tr("This asset takes at most %1 decimal places.").arg(decimals);
    case PE::OutOfRange: return tr("The amount is too large.");
    case PE::MalformedExponent: return tr("Write the exponent as digits after the e, like 5e-05.");
    }
    return tr("The amount is not valid.");
}
