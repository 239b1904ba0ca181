#pragma once
// Edits text cells with a line edit that says what is wrong while the
// operator types: the editor turns red and problemChanged() carries the
// reason, in plain words, from a check the model provides. The text is
// handed to the model on commit even when wrong, so that the cell can show
// it in red rather than the edit vanishing without a word. A refresh of the
// row while the operator types leaves the typed text alone.

#include <QStyledItemDelegate>

#include <functional>

class CheckedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Empty when text is fine for index; otherwise why not.
    using Check = std::function<QString(const QModelIndex &index, const QString &text)>;

    explicit CheckedTextDelegate(Check check, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_check(std::move(check)) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The model's role that holds a cell's problem (empty when none): such
    // a cell shows a warning sign, seen even when the cell is selected.
    void setProblemRole(int role) { m_problemRole = role; }

signals:
    // While an editor is open: the problem with its text, or empty.
    void problemChanged(const QString &problem) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void showProblem(QWidget *editor, const QString &problem) const;

    Check m_check;
    int m_problemRole = -1;
};
