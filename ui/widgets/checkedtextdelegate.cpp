#include "checkedtextdelegate.h"

#include "models/tone.h"

#include <QApplication>
#include <QLineEdit>
#include <QStyle>
#include <QPersistentModelIndex>

QWidget *CheckedTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAlignment((index.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask)
                         | Qt::AlignVCenter);
    editor->setAccessibleDescription(index.data(Qt::AccessibleDescriptionRole).toString());
    const QPersistentModelIndex at(index);
    connect(editor, &QLineEdit::textChanged, this, [this, editor, at](const QString &text) {
        showProblem(editor, at.isValid() ? m_check(at, text) : QString());
    });
    return editor;
}

void CheckedTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    // The view calls this again whenever the row changes (a change made
    // elsewhere, a refresh): what the operator has typed meanwhile stays.
    if (line->isModified())
        return;
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll();
    showProblem(editor, m_check(index, line->text()));
}

void CheckedTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    emit problemChanged({});
}

void CheckedTextDelegate::showProblem(QWidget *editor, const QString &problem) const
{
    // The colours of the message bar: red means the same everywhere.
    editor->setStyleSheet(problem.isEmpty() ? QString()
                                            : tone::panelStyle(tone::Tone::Attention, false, QStringLiteral("QLineEdit")));
    editor->setToolTip(problem);
    emit problemChanged(problem);
}

void CheckedTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_problemRole < 0 || index.data(m_problemRole).toString().isEmpty())
        return;
    // The red fill disappears under the selection; the sign does not.
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    const int extent = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(extent, extent);
}
