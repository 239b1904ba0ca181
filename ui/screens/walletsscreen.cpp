#include "walletsscreen.h"

#include "models/walletsmodel.h"
#include "ui/widgets/fillbardelegate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

WalletsScreen::WalletsScreen(WalletsModel *wallets, QWidget *parent)
    : QWidget(parent),
      m_wallets(wallets),
      m_table(new QTableView(this)),
      m_messages(new MessageBar(this)),
      m_watchers(new QLabel(this))
{
    auto *heading = makeScreenHeading(tr("Wallets"), this);
    auto *intro = new QLabel(tr("Collections fill the hot wallet up to its max balance, then warm, and the rest goes "
                                "to cold. Ledger is what the books say each wallet holds; Chain is what the node "
                                "last reported. Warm and cold are watch-only: they are signed for outside this "
                                "console."),
                             this);
    intro->setWordWrap(true);
    m_watchers->setWordWrap(true);
    m_watchers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_watchers->setText(tr("Deposit watchers: starting…"));

    auto *proxy = new SortFilterProxy(WalletsModel::RawValueRole, this);
    proxy->setSourceModel(m_wallets);
    m_table->setModel(proxy);
    m_table->setItemDelegateForColumn(WalletsModel::Fill, new FillBarDelegate(WalletsModel::FillPercentRole, m_table));
    m_table->setSortingEnabled(false); // asset, then hot → warm → cold as the model gives them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_wallets, &WalletsModel::failed, m_messages, &MessageBar::showError);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_watchers);
}

void WalletsScreen::setWatcherStatus(const QString &chain, const QString &status)
{
    m_status.insert(chain, status);
    QStringList lines;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        lines << tr("%1: %2").arg(it.key(), it.value());
    //: followed by one line per chain
    m_watchers->setText(tr("Deposit watchers and chain balances:") + u'\n' + lines.join(u'\n'));
}

QString WalletsScreen::watcherText() const
{
    return m_watchers->text();
}
