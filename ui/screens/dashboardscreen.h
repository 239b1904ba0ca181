#pragma once
// The Dashboard: what needs an operator now, each a click (or Tab and
// Enter) away from the screen that resolves it; the hot / warm / cold
// picture per asset; the deposit watchers; and recent activity from the
// audit log. Everything comes from a DashboardSource and follows changes
// made in this console or, on PostgreSQL, in any other.

#include <QMap>
#include <QWidget>

class DashboardSource;
class MessageBar;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

class DashboardScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardScreen(DashboardSource *source, QWidget *parent = nullptr);

    void setWatcherStatus(const QString &chain, const QString &status);

    // The attention lines on screen now (for tests): the text of each.
    QStringList attentionTexts() const;

signals:
    // Show the screen with this id (MainWindow::showScreen).
    void openScreen(const QString &id);

private:
    void refresh();
    void fillAttention();
    void fillWallets();
    void fillRecent();
    void addAttention(const QString &text, const QString &action, const QString &screenId, bool severe);

    DashboardSource *m_source;
    MessageBar *m_messages;
    QWidget *m_attentionBox;
    QVBoxLayout *m_attention;
    QLabel *m_calm;
    QTableWidget *m_wallets;
    QLabel *m_watchers;
    QTreeWidget *m_recent;
    QLabel *m_footer;
    QMap<QString, QString> m_watcherStatus;
};
