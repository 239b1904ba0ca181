#pragma once
// How cells look, the same in every table: amounts (and ids, hashes) in a
// monospace font, right-aligned; text left-aligned. One place, so that a
// screen cannot drift from the others.

#include <QVariant>

namespace cellstyle {

// The QFont for Qt::FontRole of amount cells.
QVariant amountFont();
// Qt::TextAlignmentRole: right for amounts, left for text.
QVariant alignment(bool amount);

} // namespace cellstyle
