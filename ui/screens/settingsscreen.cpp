#include "settingsscreen.h"

#include "chainsettingspanel.h"
#include "models/assetsettingsmodel.h"
#include "ui/widgets/amountdelegate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SettingsScreen::SettingsScreen(AssetSettingsModel *model, ChainSettingsModel *chains, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new SortFilterProxy(AssetSettingsModel::RawValueRole, this)),
      m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_messages(new MessageBar(this)),
      m_chains(new ChainSettingsPanel(chains, this))
{
    auto *heading = makeScreenHeading(tr("Settings"), this);
    auto *intro = new QLabel(tr("Per-asset thresholds of the money flows. Double-click a value or press F2 to "
                                "change it; it is checked exactly against the asset's decimal places and saved "
                                "at once. Amounts are in each asset's own unit."),
                             this);
    intro->setWordWrap(true);

    m_filter->setPlaceholderText(tr("Filter assets (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *focusFilter = new QAction(tr("Find: type to filter the table"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    // Enter: to the table, on its first row (F2 edits).
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    addAction(focusFilter);

    auto *reload = new QPushButton(tr("&Reload"), this);
    reload->setToolTip(tr("Read the settings again from the database (F5)"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QPushButton::clicked, m_model, &AssetSettingsModel::reload);

    m_proxy->setSourceModel(m_model);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new AmountDelegate(AssetSettingsModel::DecimalsRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AssetSettingsModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    connect(m_model, &AssetSettingsModel::editRefused, m_messages, &MessageBar::showError);
    connect(m_model, &AssetSettingsModel::loadFailed, m_messages, &MessageBar::showError);
    connect(m_model, &AssetSettingsModel::saved, this, [this](const QString &code, const QString &setting) {
        m_messages->showInfo(tr("%1 of %2 saved.").arg(setting, code));
    });

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chains);
    setTabOrder(m_table, m_chains->table());
}
