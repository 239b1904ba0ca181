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

QColor background(Tone tone)
{
    const bool dark = paletteIsDark();
    switch (tone) {
    case Tone::Attention:
    case Tone::Sell: return dark ? QColor(0x4a, 0x1f, 0x1c) : QColor(0xfd, 0xec, 0xea);
    case Tone::Waiting: return dark ? QColor(0x47, 0x33, 0x1a) : QColor(0xff, 0xf4, 0xe5);
    case Tone::Good: return dark ? QColor(0x1e, 0x3a, 0x27) : QColor(0xe6, 0xf4, 0xea);
    case Tone::Muted: return dark ? QColor(0x2e, 0x31, 0x34) : QColor(0xf1, 0xf3, 0xf4);
    }
    return {};
}

QString textStyle(Tone tone, bool bold)
{
    return QStringLiteral("color: %1;%2").arg(color(tone).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QString panelStyle(Tone tone, bool bold, const QString &selector)
{
    const QString body = QStringLiteral("background: %1; border: 1px solid %2; %3")
                             .arg(background(tone).name(), color(tone).name(), textStyle(tone, bold));
    return selector.isEmpty() ? body : QStringLiteral("%1 { %2 }").arg(selector, body);
}

} // namespace tone
