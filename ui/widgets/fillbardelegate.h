#pragma once
// Paints a cell as a gauge: a bar filled to the percentage the model gives
// under a role, with the text on top; red past 100 %.

#include <QStyledItemDelegate>

class FillBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FillBarDelegate(int percentRole, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_percentRole(percentRole) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_percentRole;
};
