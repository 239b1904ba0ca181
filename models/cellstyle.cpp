#include "cellstyle.h"

#include <QFont>

namespace cellstyle {

QVariant amountFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("monospace")});
    font.setStyleHint(QFont::Monospace);
    return font;
}

QVariant alignment(bool amount)
{
    return QVariant::fromValue(amount ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
}

} // namespace cellstyle
