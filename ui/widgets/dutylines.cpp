#include "dutylines.h"

#include "models/coretext.h"
#include "models/tone.h"

#include <QCoreApplication>

QString dutyLinesHtml(const QString &heading, const QMap<QString, exchange::DutyStatus> &lines)
{
    using Health = exchange::DutyStatus::Health;
    QString html = heading.toHtmlEscaped();
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const Health h = it.value().health;
        const tone::Tone t = h == Health::Down      ? tone::Tone::Attention
                             : h == Health::Blocked ? tone::Tone::Waiting
                             : h == Health::Off     ? tone::Tone::Muted
                                                    : tone::Tone::Good;
        //: a background duty's line: its name, then its state in words
        QString words = QCoreApplication::translate("DutyLines", "%1: %2").arg(CoreText::stored(it.key()), CoreText::stored(it.value().text)).toHtmlEscaped();
        if (it.value().isDown())
            words = QStringLiteral("<b>%1</b>").arg(words);
        html += QStringLiteral("<br><span style=\"color: %1;\">●</span> %2").arg(tone::color(t).name(), words);
    }
    return html;
}
