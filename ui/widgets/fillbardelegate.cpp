#include "fillbardelegate.h"

#include "models/tone.h"

#include <QApplication>
#include <QPainter>

void FillBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant percent = index.data(m_percentRole);
    if (!percent.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 4, -3, -4);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = std::min(percent.toInt(), 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    if (percent.toInt() > 100)
        bar.palette.setColor(QPalette::Highlight, tone::color(tone::Tone::Attention)); // over its max
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}

QSize FillBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    return size;
}
