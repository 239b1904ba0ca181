#include "chainsettingspanel.h"

#include "models/tone.h"

#include "models/chainsettingsmodel.h"
#include "models/stellarmemorequiredstatus.h"
#include "ui/widgets/checkedtextdelegate.h"
#include "ui/widgets/messagebar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ChainSettingsPanel::ChainSettingsPanel(ChainSettingsModel *model, QWidget *parent)
    : QGroupBox(tr("Chains"), parent),
      m_model(model),
      m_table(new QTableView(this)),
      m_delegate(new CheckedTextDelegate(
          [](const QModelIndex &index, const QString &text) {
              return ChainSettingsModel::problemWith(
                  static_cast<exchange::Chain>(index.data(ChainSettingsModel::ChainRole).toInt()), index.column(),
                  text);
          },
          this)),
      m_messages(new MessageBar(this)),
      m_readOnly(new QLabel(tr("Only admins change the chain settings; you see them read-only."), this)),
      m_hint(new QLabel(this)),
      m_revert(new QPushButton(tr("Re&vert"), this)),
      m_save(new QPushButton(tr("&Save chain settings"), this))
{
    auto *intro = new QLabel(tr("How the deposit watchers and payment checks reach each chain, and how many "
                                "confirmations a payment needs before it counts. Changes are checked as you type "
                                "and saved together, after a two-factor code; a chain's watcher restarts with them at once."),
                             this);
    intro->setWordWrap(true);
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("font-style: italic;"));

    m_table->setModel(m_model);
    m_delegate->setProblemRole(ChainSettingsModel::ProblemRole);
    m_table->setItemDelegate(m_delegate);
    m_table->setAccessibleName(tr("Chain settings"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ChainSettingsModel::ChainName, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChainSettingsModel::Confirmations, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChainSettingsModel::FeeWalletMax, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChainSettingsModel::FeeWalletLow, QHeaderView::ResizeToContents);
    fitTableHeight();

    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the changed chain settings; asks for a two-factor code (Ctrl+S)"));
    m_revert->setToolTip(tr("Drop the changes not saved yet"));
    connect(m_save, &QPushButton::clicked, m_model, &ChainSettingsModel::saveChanges);
    connect(m_revert, &QPushButton::clicked, m_model, &ChainSettingsModel::discardChanges);

    connect(m_model, &ChainSettingsModel::stateChanged, this, &ChainSettingsPanel::updateControls);
    connect(m_model, &ChainSettingsModel::modelReset, this, &ChainSettingsPanel::fitTableHeight);
    connect(m_model, &ChainSettingsModel::loadFailed, m_messages, &MessageBar::showError);
    connect(m_model, &ChainSettingsModel::editRefused, m_messages, &MessageBar::showError);
    connect(m_model, &ChainSettingsModel::saveFailed, m_messages, &MessageBar::showError);
    connect(m_model, &ChainSettingsModel::saved, m_messages, &MessageBar::showInfo);
    connect(m_model, &ChainSettingsModel::dataChanged, this, [this] { showHint(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showHint(); });
    connect(m_delegate, &CheckedTextDelegate::problemChanged, this, &ChainSettingsPanel::showHint);
    connect(m_delegate, &CheckedTextDelegate::closeEditor, this, [this] { showHint(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_messages);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_revert);
    setTabOrder(m_revert, m_save);
    updateControls();
    showHint();
}

void ChainSettingsPanel::updateControls()
{
    const bool mayEdit = m_model->mayEdit();
    const bool idle = !m_model->isSaving();
    m_readOnly->setVisible(!mayEdit);
    // Save stays enabled over a problem: pressing it says what to correct.
    m_save->setEnabled(mayEdit && idle && m_model->hasChanges());
    m_revert->setEnabled(idle && m_model->hasChanges());

    // Problems in drafts are said at once, not only when saving.
    const QString problem = m_model->problems().join(u'\n');
    if (problem != m_shownProblem) {
        if (!problem.isEmpty())
            m_messages->showError(problem);
        else if (m_messages->isError() && m_messages->text().contains(m_shownProblem))
            m_messages->hide(); // the complaint, or "Nothing was saved" over it, is answered
        m_shownProblem = problem;
    }
}

void ChainSettingsPanel::showHint(const QString &problem)
{
    QString text = problem;
    if (text.isEmpty()) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            text = current.data(ChainSettingsModel::ProblemRole).toString();
            if (text.isEmpty())
                text = current.data(ChainSettingsModel::HintRole).toString();
        }
    }
    const bool isProblem = !problem.isEmpty()
        || (m_table->currentIndex().isValid()
            && !m_table->currentIndex().data(ChainSettingsModel::ProblemRole).toString().isEmpty());
    if (text.isEmpty())
        text = tr("Select a setting to see what it is for; press F2 or start typing to change it.");
    m_hint->setText(text);
    m_hint->setStyleSheet(isProblem ? tone::textStyle(tone::Tone::Attention) : QString());
}

void ChainSettingsPanel::fitTableHeight()
{
    // Three chains: show every row, no scrolling, no empty space.
    const int rows = std::max(m_model->rowCount(), 3);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int height = m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
}

void ChainSettingsPanel::setMemoRequiredStatus(StellarMemoRequiredStatus *status)
{
    if (m_memoStatus || !status)
        return;
    m_memoStatus = status;
    m_memoRequired = new QLabel(this);
    m_memoRequired->setObjectName(QStringLiteral("memoRequired"));
    m_memoRequired->setWordWrap(true);
    m_memoRequired->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_memoCheck = new QPushButton(tr("As&k Horizon again"), this);
    m_memoCheck->setToolTip(tr("Read again whether the Stellar base account requires a memo (SEP-29)"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_memoRequired, 1);
    row->addWidget(m_memoCheck);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    setTabOrder(m_save, m_memoCheck);
    connect(m_memoCheck, &QPushButton::clicked, status, &StellarMemoRequiredStatus::refresh);
    connect(status, &StellarMemoRequiredStatus::changed, this, &ChainSettingsPanel::showMemoRequired);
    connect(m_model, &ChainSettingsModel::saved, status, &StellarMemoRequiredStatus::refresh);
    showMemoRequired();
    if (isVisible()) {
        m_memoAsked = true;
        status->refresh();
    }
}

void ChainSettingsPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    // Horizon is asked once the operator looks, not at start.
    if (m_memoStatus && !m_memoAsked) {
        m_memoAsked = true;
        m_memoStatus->refresh();
    }
}

void ChainSettingsPanel::showMemoRequired()
{
    m_memoRequired->setText(m_memoStatus->text());
    m_memoRequired->setStyleSheet(m_memoStatus->isChecking() ? tone::textStyle(tone::Tone::Muted)
                                  : m_memoStatus->needsAttention() ? tone::textStyle(tone::Tone::Attention)
                                                                   : tone::textStyle(tone::Tone::Good));
    m_memoCheck->setEnabled(!m_memoStatus->isChecking());
}
