#pragma once
// Help > Keyboard shortcuts (F1): every shortcut the window has, read from
// the live widgets (menu actions, buttons, actions on fields), so the list
// cannot drift from what the keys do; with the screen each belongs to, the
// keys the tables share, and a filter as you type.

#include <QDialog>
#include <QList>
#include <QPair>

class QLineEdit;
class QTableWidget;

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Row {
        QString where;
        QString what;
        QString keys;
    };
    // screens: (title, widget) in navigation order; window: searched for
    // the shortcuts that belong to no screen (menus).
    ShortcutsDialog(QWidget *window, const QList<QPair<QString, QWidget *>> &screens, QWidget *parent = nullptr);

    static QList<Row> collect(QWidget *window, const QList<QPair<QString, QWidget *>> &screens);
    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTableWidget *m_table;
};
