#pragma once
// CopyButton: a small button beside an address or a TxId that puts the
// whole value (never the shortened one on screen) on the clipboard, and
// says "Copied" for a moment so the operator knows it happened. Disabled
// while there is nothing to copy.

#include <QTimer>
#include <QToolButton>

#include <functional>

class CopyButton final : public QToolButton
{
    Q_OBJECT
public:
    // what: the value's name for the tooltip ("the address"); value: the
    // text to copy, read at the click.
    CopyButton(const QString &what, std::function<QString()> value, QWidget *parent = nullptr);

    // The button's words when not just used (default "Copy").
    void setLabel(const QString &label);
    // Enables the button when there is a value now.
    void refresh();

signals:
    void copied(const QString &text);

private:
    void copy();

    std::function<QString()> m_value;
    QString m_label;
    QTimer m_feedback;
};
