#pragma once
// A line above a table that tells the operator what just happened: an error
// stays until closed or replaced; a confirmation fades after a few seconds.

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    // Hides the message and forgets it (e.g. when another operator signs in).
    void clear();
    QString text() const;
    bool isError() const { return m_error; }

private:
    void showMessage(const QString &text, bool error);

    QLabel *m_label;
    QToolButton *m_close;
    QTimer *m_hideTimer;
    bool m_error = false;
};
