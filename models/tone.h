#pragma once
// The colours that mean something, the same on every screen: a tone names
// the meaning, never the hue, and each tone has one colour for light
// palettes and one for dark, chosen from the application's palette as it
// is now (themes switch at run time).
//
//   Attention  needs an operator, or is wrong (under review, error, over max, short)
//   Waiting    waits for someone else or for time (a queued step, a first approval)
//   Good       done and fine; buyers' side of the book
//   Muted      finished without effect (rejected, cancelled, ignored)
//   Sell       sellers' side of the book

#include <QBrush>
#include <QColor>
#include <QString>

namespace tone {

enum class Tone { Attention, Waiting, Good, Muted, Sell };

bool paletteIsDark();
QColor color(Tone tone);
QBrush brush(Tone tone);
// A quiet fill behind text of that tone (banners, a field with a problem).
QColor background(Tone tone);

// Style sheets in these colours: text alone, or a panel (fill, text and a
// border of the tone). selector: wrap in "selector { … }" when given.
QString textStyle(Tone tone, bool bold = false);
QString panelStyle(Tone tone, bool bold = false, const QString &selector = {});

} // namespace tone
