#include "tone.h"

#include <QGuiApplication>
#include <QPalette>

namespace tone {

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor color(Tone tone)
{
    const bool dark = paletteIsDark();
    switch (tone) {
    case Tone::Attention: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Waiting: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Tone::Good: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1e, 0x84, 0x49);
    case Tone::Muted: return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x70, 0x70, 0x70);
    case Tone::Sell: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc0, 0x39, 0x2b);
    }
    return {};
}

QBrush brush(Tone tone)
{
    return QBrush(color(tone));
}

} // namespace tone
