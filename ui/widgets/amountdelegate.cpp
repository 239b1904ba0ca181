#include "amountdelegate.h"

#include "amountvalidator.h"

#include <QLineEdit>

QWidget *AmountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setValidator(new AmountValidator(index.data(m_decimalsRole).toInt(), editor));
    editor->setFrame(false);
    return editor;
}

void AmountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll();
}

void AmountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    // Unfinished text ("12.") is still handed over: the model refuses it with
    // a message, rather than the edit vanishing without a word.
    model->setData(index, line->text(), Qt::EditRole);
}
