#include "ledgerscreen.h"

#include "models/tone.h"

#include "models/customerlistmodel.h"
#include "models/ledgercheckstatus.h"
#include "models/ledgerpositionsmodel.h"
#include "models/ledgerstatementmodel.h"
#include "ui/widgets/customerpicker.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
void setUpTable(QTableView *table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
}
} // namespace

LedgerScreen::LedgerScreen(LedgerPositionsModel *positions, LedgerStatementModel *statement,
                           CustomerListModel *customers, LedgerCheckStatus *check, QWidget *parent)
    : QWidget(parent),
      m_positions(positions),
      m_statement(statement),
      m_check(check),
      m_positionsTable(new QTableView(this)),
      m_statementTable(new QTableView(this)),
      m_customer(new CustomerPicker(customers, this)),
      m_asset(new QComboBox(this)),
      m_checkLabel(new QLabel(this)),
      m_checkButton(new QPushButton(tr("Check the ledger &now"), this)),
      m_summary(new QLabel(this)),
      m_pageLabel(new QLabel(this)),
      m_previous(new QPushButton(tr("&Previous"), this)),
      m_next(new QPushButton(tr("N&ext"), this)),
      m_messages(new MessageBar(this))
{
    auto *positionsProxy = new SortFilterProxy(LedgerPositionsModel::RawValueRole, this);
    positionsProxy->setSourceModel(m_positions);
    m_positionsTable->setModel(positionsProxy);
    setUpTable(m_positionsTable);
    m_positionsTable->sortByColumn(LedgerPositionsModel::AssetCode, Qt::AscendingOrder);
    m_positionsTable->setMaximumHeight(150); // until the positions are loaded: then as tall as they need

    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkButton->setToolTip(tr("Replay the whole journal and compare every balance (Ctrl+Shift+K)"));
    m_checkButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_checkButton, &QPushButton::clicked, m_check, &LedgerCheckStatus::run);
    connect(m_check, &LedgerCheckStatus::changed, this, &LedgerScreen::updateCheck);
    connect(m_check, &LedgerCheckStatus::failed, m_messages, &MessageBar::showError);

    m_customer->setToolTip(tr("Search the customers by id, customer id, name or email, then choose one"));
    // The coins at once; every other asset (the tokens) as the positions
    // name them.
    for (const char *code : {"XLM", "ETH", "ALGO"})
        m_asset->addItem(QString::fromLatin1(code));
    connect(m_positions, &LedgerPositionsModel::loaded, this, &LedgerScreen::addPositionsAssets);
    connect(m_customer, &CustomerPicker::customerChanged, this, &LedgerScreen::showStatement);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &LedgerScreen::showStatement);

    auto *statementProxy = new SortFilterProxy(LedgerStatementModel::RawValueRole, this);
    statementProxy->setSourceModel(m_statement);
    m_statementTable->setModel(statementProxy);
    setUpTable(m_statementTable);
    m_statementTable->horizontalHeader()->setStretchLastSection(true);
    m_statementTable->sortByColumn(LedgerStatementModel::Time, Qt::DescendingOrder); // newest first
    connect(m_statement, &LedgerStatementModel::loaded, this, &LedgerScreen::updatePaging);
    connect(m_statement, &LedgerStatementModel::loadFailed, m_messages, &MessageBar::showError);
    connect(m_positions, &LedgerPositionsModel::loadFailed, m_messages, &MessageBar::showError);
    connect(m_previous, &QPushButton::clicked, m_statement, &LedgerStatementModel::previousPage);
    connect(m_next, &QPushButton::clicked, m_statement, &LedgerStatementModel::nextPage);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkLabel, 1);
    checkRow->addWidget(m_checkButton);

    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(new QLabel(tr("&Customer:"), this));
    static_cast<QLabel *>(pickRow->itemAt(0)->widget())->setBuddy(m_customer);
    pickRow->addWidget(m_customer, 2);
    pickRow->addWidget(new QLabel(tr("&Asset:"), this));
    static_cast<QLabel *>(pickRow->itemAt(2)->widget())->setBuddy(m_asset);
    pickRow->addWidget(m_asset);
    pickRow->addSpacing(16);
    pickRow->addWidget(m_summary, 1);

    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_pageLabel, 1);
    pageRow->addWidget(m_previous);
    pageRow->addWidget(m_next);

    auto *intro = new QLabel(tr("What the exchange owes its customers against what its wallets hold, per asset, "
                                "from the double-entry ledger."),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeScreenHeading(tr("Ledger"), this));
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addWidget(m_positionsTable);
    layout->addLayout(checkRow);
    layout->addSpacing(8);
    layout->addWidget(makeScreenHeading(tr("Customer statement"), this));
    layout->addLayout(pickRow);
    layout->addWidget(m_statementTable, 1);
    layout->addLayout(pageRow);

    updateCheck();
    updatePaging();
    addPositionsAssets();
}

void LedgerScreen::showStatement()
{
    // Nobody chosen (never preselected): no statement.
    const qint64 id = m_customer->customerId();
    if (id <= 0)
        return;
    m_statement->show(id, m_asset->currentText());
}

void LedgerScreen::addPositionsAssets()
{
    // Every asset's row in sight, the tokens' too (up to ten: then it scrolls).
    constexpr int kRowsShown = 10;
    int height = m_positionsTable->horizontalHeader()->sizeHint().height() + 2 * m_positionsTable->frameWidth();
    for (int row = 0; row < std::min(m_positions->rowCount(), kRowsShown); ++row)
        height += m_positionsTable->verticalHeader()->sectionSize(row);
    m_positionsTable->setFixedHeight(std::max(height, 150));
    for (int row = 0; row < m_positions->rowCount(); ++row) {
        const QString code = m_positions->index(row, LedgerPositionsModel::AssetCode).data().toString();
        if (!code.isEmpty() && m_asset->findText(code) < 0)
            m_asset->addItem(code);
    }
}

void LedgerScreen::updateCheck()
{
    m_checkLabel->setText(m_check->summary());
    m_checkButton->setEnabled(!m_check->isRunning());
    const auto &report = m_check->report();
    const bool bad = report && !report->clean() && !m_check->isRunning();
    m_checkLabel->setStyleSheet(bad ? tone::textStyle(tone::Tone::Attention, true) : QString());
}

void LedgerScreen::updatePaging()
{
    m_summary->setText(m_statement->summary());
    const int total = m_statement->totalLines();
    if (total == 0) {
        m_pageLabel->setText(tr("No journal lines for this customer in this asset."));
    } else {
        const int first = m_statement->offset() + 1;
        const int last = m_statement->offset() + m_statement->rowCount();
        m_pageLabel->setText(tr("Lines %1–%2 of %3").arg(first).arg(last).arg(total));
    }
    m_previous->setEnabled(m_statement->hasPreviousPage());
    m_next->setEnabled(m_statement->hasNextPage());
}

QComboBox *LedgerScreen::customerPicker() const
{
    return m_customer->list();
}
