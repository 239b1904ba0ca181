#pragma once
// Edits amount cells with a line edit that accepts only what can become a
// valid amount for the row's asset (its decimals come from the model's
// DecimalsRole) and starts from the exact current value.

#include <QStyledItemDelegate>

class AmountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AmountDelegate(int decimalsRole, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_decimalsRole(decimalsRole) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_decimalsRole;
};
