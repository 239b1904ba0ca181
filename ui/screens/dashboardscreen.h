#pragma once
// The Dashboard: what needs an operator now, each a click (or Tab and
// Enter) away from the screen that resolves it; the hot / warm / cold
// picture per asset; the deposit watchers (a watcher or payouts down is
// also a line of what needs you); and recent activity from the audit log. Everything comes from a DashboardSource and follows changes
// made in this console or, on PostgreSQL, in any other.

#include <QWidget>

namespace exchange { struct AttentionReport; }
class DashboardSource;
class DutyBoard;
class MessageBar;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

class DashboardScreen final : public QWidget
{
    Q_OBJECT
public:
    DashboardScreen(DashboardSource *source, DutyBoard *duties, QWidget *parent = nullptr);

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
    // The database itself: damaged, published keys outside the demo, and the demo's notice.
    void addDatabaseAttention(const exchange::AttentionReport &report);

    void showDuties();

    DashboardSource *m_source;
    DutyBoard *m_duties;
    QStringList m_shownDown; // the down duties fillAttention last showed
    MessageBar *m_messages;
    QWidget *m_attentionBox;
    QVBoxLayout *m_attention;
    QLabel *m_calm;
    QTableWidget *m_wallets;
    QLabel *m_watchers;
    QTreeWidget *m_recent;
    QLabel *m_footer;
    QLabel *m_demoNotice; // shown on the demo's database only
};
