#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…")).trimmed();
}

QString screenOf(const QObject *object, const QList<QPair<QString, QWidget *>> &screens)
{
    for (const QObject *o = object; o; o = o->parent()) {
        for (const auto &[title, widget] : screens) {
            if (o == widget)
                return title;
        }
    }
    return {};
}

} // namespace

QList<ShortcutsDialog::Row> ShortcutsDialog::collect(QWidget *window, const QList<QPair<QString, QWidget *>> &screens)
{
    QList<Row> rows;
    const QString everywhere = tr("Everywhere");
    const QString tables = tr("Tables");
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        // A table's own actions (TableTools) are the same on every table:
        // listed once, under Tables.
        QString where = qobject_cast<const QAbstractItemView *>(action->parent()) ? tables : screenOf(action, screens);
        if (where.isEmpty()) {
            const auto *menu = qobject_cast<const QMenu *>(action->parent());
            where = menu ? tr("%1 menu").arg(plain(menu->title())) : everywhere;
        }
        QString what = plain(action->text());
        if (what.isEmpty())
            what = plain(action->toolTip());
        rows.append({where, what, action->shortcut().toString(QKeySequence::NativeText)});
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->shortcut().isEmpty())
            continue;
        const QString where = screenOf(button, screens);
        QString what = plain(button->text());
        if (what.isEmpty())
            what = plain(button->toolTip());
        rows.append({where.isEmpty() ? everywhere : where, what, button->shortcut().toString(QKeySequence::NativeText)});
    }
    // What the tables and fields do by themselves.
    rows.append({tables, tr("Move between rows, columns and pages"), tr("Arrows, Page Up, Page Down, Home, End")});
    rows.append({tables, tr("Sort by a column"), tr("Click its header")});
    rows.append({tr("Find fields"), tr("Go to the table, on the first row found"), tr("Enter")});
    rows.append({tr("Settings"), tr("Edit the selected value"), QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)});
    rows.append({tr("Settings"), tr("Save the edited value / leave it unchanged"), tr("Enter / Esc")});
    rows.append({tr("Dialogs"), tr("Confirm / cancel"), tr("Enter / Esc")});
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        auto rank = [&](const QString &where) {
            if (where == everywhere || where.endsWith(tr(" menu")))
                return -1;
            for (qsizetype i = 0; i < screens.size(); ++i) {
                if (screens.at(i).first == where)
                    return static_cast<int>(i);
            }
            return static_cast<int>(screens.size());
        };
        return rank(a.where) < rank(b.where);
    });
    // Once each: several tables of a screen share their actions.
    QList<Row> unique;
    for (const Row &row : rows) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&row](const Row &u) {
            return u.where == row.where && u.what == row.what && u.keys == row.keys;
        });
        if (!seen)
            unique.append(row);
    }
    return unique;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, const QList<QPair<QString, QWidget *>> &screens, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setMinimumSize(640, 520);
    resize(720, 600);
    m_filter->setPlaceholderText(tr("Type to filter: a screen, an action or a key"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    const QList<Row> rows = collect(window, screens);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).where));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).what));
        m_table->setItem(i, 2, new QTableWidgetItem(rows.at(i).keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every action that moves money asks for confirmation first, shows the amount and "
                                "destination, and is final once confirmed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_filter->setFocus();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; !match && column < m_table->columnCount(); ++column)
            match = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}
