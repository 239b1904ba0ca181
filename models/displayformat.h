#pragma once
// How amounts and times read on every screen: one formatter, so that ETH
// looks the same on the Ledger as on the Order book, and a time the same on
// the Audit log as on Withdrawals.
//
// An amount cell shows the asset's display precision (Asset::displayDecimals,
// a per-asset setting kept with the asset): exactly that many fraction
// digits, padded with zeros, in the grouping and decimal separator of the
// console's language (QLocale(), which ui/language sets). Digits beyond it
// are cut toward zero, never rounded up, so a balance shown is never more
// than the balance there is; when a cut digit was not zero the text starts
// with "≈ ". Everything is done on the Amount's decimal digits: no double.
//
// The exact value is exactAmountText: every significant digit, '.' as the
// decimal point, no grouping, whatever the language, which is what the
// console's own amount fields parse back. Tooltips show it with the asset's
// code; Ctrl+C and CSV export take it from ExactTextRole (ui/widgets/tabletools).
//
// Times are local, in the language's short date and time with seconds.

#include "core/money/amount.h"
#include "core/money/asset.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace displayformat {

// The exact text of a cell, for copy and export: models answer it on the
// cells whose display rounds (amounts); other cells copy what they show.
inline constexpr int ExactTextRole = Qt::UserRole + 0x400;

// "≈ " in front of a rounded amount.
QString approximatePrefix();

// decimals: the asset's; displayDecimals: how many fraction digits to show.
QString amountText(exchange::Amount amount, int decimals, int displayDecimals, const QLocale &locale = QLocale());
QString amountText(exchange::Amount amount, const exchange::Asset &asset, const QLocale &locale = QLocale());
// With an explicit sign on a positive amount too ("+1.00", "≈ +1.00"): a change.
QString signedAmountText(exchange::Amount amount, const exchange::Asset &asset, const QLocale &locale = QLocale());
// Every digit, in the language's separators, at least the display precision:
// where an operator decides about one amount (dialogs, the details pane),
// nothing is hidden.
QString fullAmountText(exchange::Amount amount, const exchange::Asset &asset, const QLocale &locale = QLocale());
// True when amountText hides a non-zero digit of amount.
bool isRounded(exchange::Amount amount, int decimals, int displayDecimals);

// "45.686843668515307538": exact, '.', no grouping, any language.
QString exactAmountText(exchange::Amount amount, int decimals);
QString exactAmountText(exchange::Amount amount, const exchange::Asset &asset);
// "45.686843668515307538 ETH", for tooltips.
QString exactAmountTooltip(exchange::Amount amount, const exchange::Asset &asset);

// A plain exact decimal ("-10500.25", as core messages carry amounts) in the
// language's grouping and decimal point, every digit kept; text that is not
// a plain decimal comes back as it is.
QString decimalText(const QString &plain, const QLocale &locale = QLocale());

// The language's short date and time with seconds, as a QDateTime format
// (for date and time fields, which show the same as every screen).
QString dateTimeFormat(const QLocale &locale = QLocale());
// The language's short date and time with seconds, in local time.
QString dateTimeText(const QDateTime &when, const QLocale &locale = QLocale());
// Milliseconds since the epoch; 0 is "never" and gives "".
QString dateTimeText(qint64 msSinceEpoch, const QLocale &locale = QLocale());

} // namespace displayformat
