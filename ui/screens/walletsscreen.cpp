#include "walletsscreen.h"

#include "models/dutyboard.h"
#include "models/gasleftoversmodel.h"
#include "models/refuelsmodel.h"
#include "models/walletsmodel.h"
#include "ui/widgets/copybutton.h"
#include "ui/widgets/dutylines.h"
#include "ui/widgets/fillbardelegate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/sortfilterproxy.h"
#include "ui/screens/tokenreadinesspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

WalletsScreen::WalletsScreen(WalletsModel *wallets, GasLeftoversModel *leftovers, RefuelsModel *refuels, DutyBoard *duties,
                             QWidget *parent)
    : QWidget(parent),
      m_wallets(wallets),
      m_duties(duties),
      m_table(new QTableView(this)),
      m_leftovers(leftovers),
      m_refuels(refuels),
      m_feeTabs(new QTabWidget(this)),
      m_leftoversLine(new QLabel(this)),
      m_leftoversTable(makeTable(leftovers, GasLeftoversModel::RawValueRole)),
      m_refuelsTable(makeTable(refuels, RefuelsModel::RawValueRole)),
      m_messages(new MessageBar(this)),
      m_watchers(new QLabel(this)),
      m_chainRead(new QLabel(this)),
      m_identity(new QLabel(this)),
      m_copyAddress(new CopyButton(tr("the selected wallet's address"), [this] { return selectedAddress(); }, this))
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
    connect(m_duties, &DutyBoard::changed, this, &WalletsScreen::showDuties);

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
    m_copyAddress->setLabel(tr("Copy address"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_copyAddress, &CopyButton::refresh);
    // Which money the selected row counts: a token's contract, issuer or
    // ASA id in full, to compare with an explorer or a customer's wallet.
    m_identity->setObjectName(QStringLiteral("assetIdentityLine"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto showIdentity = [this] {
        const QModelIndex current = m_table->currentIndex();
        m_identity->setText(current.isValid() ? current.siblingAtColumn(WalletsModel::AssetCode).data(Qt::ToolTipRole).toString()
                                              : QString());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, showIdentity);
    connect(m_wallets, &WalletsModel::loaded, this, showIdentity);
    connect(m_wallets, &WalletsModel::loaded, m_copyAddress, &CopyButton::refresh);
    // When the balances shown were read: the times of the Chain read column,
    // not this console's reader, which may read nothing while the stored
    // balances stand from an earlier read.
    m_chainRead->setObjectName(QStringLiteral("chainReadLine"));
    m_chainRead->setWordWrap(true);
    m_chainRead->setTextFormat(Qt::PlainText);
    m_chainRead->setText(m_wallets->chainReadText());
    connect(m_wallets, &WalletsModel::loaded, this, [this] { m_chainRead->setText(m_wallets->chainReadText()); });
    // The fee wallet's side of token collection: the gas it sent that is
    // left over on deposit addresses, and its recent refuels.
    m_leftoversLine->setObjectName(QStringLiteral("gasLeftoversLine"));
    m_leftoversLine->setWordWrap(true);
    m_leftoversLine->setTextFormat(Qt::PlainText);
    m_leftoversLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leftoversLine->setText(m_leftovers->totalText());
    connect(m_leftovers, &GasLeftoversModel::loaded, this, [this] { m_leftoversLine->setText(m_leftovers->totalText()); });
    connect(m_leftovers, &GasLeftoversModel::failed, m_messages, &MessageBar::showError);
    connect(m_refuels, &RefuelsModel::failed, m_messages, &MessageBar::showError);
    auto *leftoversPage = new QWidget(m_feeTabs);
    auto *leftoversLayout = new QVBoxLayout(leftoversPage);
    leftoversLayout->addWidget(m_leftoversLine);
    leftoversLayout->addWidget(m_leftoversTable, 1);
    // The most left over first; the newest refuel first.
    m_leftoversTable->sortByColumn(GasLeftoversModel::Leftover, Qt::DescendingOrder);
    m_refuelsTable->sortByColumn(RefuelsModel::When, Qt::DescendingOrder);
    m_feeTabs->addTab(leftoversPage, tr("Gas left on deposit addresses"));
    m_feeTabs->addTab(m_refuelsTable, tr("Recent refuels by the fee wallet"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyAddress);
    actions->addWidget(m_identity, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 2);
    layout->addLayout(actions);
    layout->addWidget(m_feeTabs, 1);
    layout->addWidget(m_chainRead);
    layout->addWidget(m_watchers);
}

void WalletsScreen::addTokenReadiness(TokenReadinessPanel *panel)
{
    m_tokenReadiness = panel;
    m_feeTabs->addTab(panel, tr("Trustlines and opt-ins"));
}

QTableView *WalletsScreen::makeTable(QAbstractItemModel *model, int rawValueRole)
{
    auto *table = new QTableView(this);
    auto *proxy = new SortFilterProxy(rawValueRole, table);
    proxy->setSourceModel(model);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString WalletsScreen::selectedAddress() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    // The whole address is the tooltip of the shortened one; a row of
    // several deposit addresses has none to copy.
    return current.siblingAtColumn(WalletsModel::Address).data(Qt::ToolTipRole).toString();
}

void WalletsScreen::showDuties()
{
    //: followed by one line per chain
    m_watchers->setText(dutyLinesHtml(tr("Deposit watchers and chain balances:"), m_duties->lines(DutyBoard::Kind::Watcher)));
}
