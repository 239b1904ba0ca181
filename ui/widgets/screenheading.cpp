#include "screenheading.h"

#include <QLabel>

QLabel *makeScreenHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}
