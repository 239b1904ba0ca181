#include "settingsscreen.h"

#include "chainsettingspanel.h"
#include "models/assetadder.h"
#include "models/operatorsession.h"
#include "core/security/permissions.h"
#include "ui/dialogs/addassetdialog.h"
#include "ui/widgets/opendialog.h"
#include "models/assetsettingsmodel.h"
#include "models/newdestinationreviewmodel.h"
#include "models/tone.h"
#include "ui/widgets/checkedtextdelegate.h"
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
      m_pending(new QLabel(this)),
      m_identity(new QLabel(this)),
      m_problems(new QLabel(this)),
      m_warnings(new QLabel(this)),
      m_discard(new QPushButton(tr("&Discard changes"), this)),
      m_apply(new QPushButton(tr("&Apply changes…"), this)),
      m_chains(new ChainSettingsPanel(chains, this))
{
    auto *heading = makeScreenHeading(tr("Settings"), this);
    auto *intro = new QLabel(tr("Per-asset thresholds of the money flows, in each asset's own unit. Double-click a "
                                "value or press F2 to change it. Changes stay pending until you apply them all "
                                "together with one two-factor code (Ctrl+Enter); a red cell says why it cannot be "
                                "applied."),
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
    // What is typed goes in as typed: the editor turns red with the reason
    // instead of dropping a key.
    auto *delegate = new CheckedTextDelegate(
        [](const QModelIndex &index, const QString &text) {
            const int decimals = index.data(AssetSettingsModel::DecimalsRole).toInt();
            return index.column() == AssetSettingsModel::FourEyes ? AssetSettingsModel::fourEyesProblem(text, decimals)
                                                                  : AssetSettingsModel::amountProblem(text, decimals);
        },
        m_table);
    delegate->setProblemRole(AssetSettingsModel::ProblemRole);
    m_table->setItemDelegate(delegate);
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
    connect(m_model, &AssetSettingsModel::saveFailed, m_messages, &MessageBar::showError);
    connect(m_model, &AssetSettingsModel::saved, m_messages, &MessageBar::showInfo);
    connect(m_model, &AssetSettingsModel::stateChanged, this, &SettingsScreen::updateControls);

    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_apply->setToolTip(tr("Apply every pending change together; asks for one two-factor code (Ctrl+Enter)"));
    m_discard->setToolTip(tr("Drop every pending change; the settings stay as they are"));
    connect(m_apply, &QPushButton::clicked, m_model, &AssetSettingsModel::applyChanges);
    connect(m_discard, &QPushButton::clicked, m_model, &AssetSettingsModel::discardChanges);
    // Which money the current row's asset is: a token's contract, issuer or
    // ASA id in full (the Asset cell's tooltip).
    m_identity->setObjectName(QStringLiteral("assetIdentityLine"));
    m_identity->setTextFormat(Qt::PlainText);
    const auto showIdentity = [this] {
        const QModelIndex current = m_table->currentIndex();
        m_identity->setText(current.isValid() ? current.siblingAtColumn(AssetSettingsModel::Code).data(Qt::ToolTipRole).toString()
                                              : QString());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, showIdentity);
    connect(m_model, &AssetSettingsModel::loaded, this, showIdentity);
    for (QLabel *label : {m_problems, m_warnings, m_pending, m_identity}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_problems->setStyleSheet(tone::textStyle(tone::Tone::Attention));
    m_warnings->setStyleSheet(tone::textStyle(tone::Tone::Waiting));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(reload);
    m_toolbar = toolbar;

    auto *pendingBar = new QHBoxLayout;
    pendingBar->addWidget(m_pending, 1);
    pendingBar->addWidget(m_discard);
    pendingBar->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_identity);
    layout->addWidget(m_problems);
    layout->addWidget(m_warnings);
    layout->addLayout(pendingBar);
    layout->addWidget(m_chains);
    setTabOrder(m_table, m_discard);
    setTabOrder(m_discard, m_apply);
    setTabOrder(m_apply, m_chains->table());
    updateControls();
}

void SettingsScreen::setNewDestinationReview(NewDestinationReviewModel *review)
{
    if (m_newDestinations || !review)
        return;
    review->setParent(this);
    auto *title = new QLabel(tr("Withdrawals to a new destination (an address not on the customer's address list) are "
                                "always flagged; checked, they also wait for an approver. Each change asks for a "
                                "two-factor code."),
                             this);
    title->setWordWrap(true);
    m_newDestinations = new QTableView(this);
    m_newDestinations->setObjectName(QStringLiteral("newDestinationReview"));
    m_newDestinations->setModel(review);
    m_newDestinations->verticalHeader()->hide();
    m_newDestinations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_newDestinations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_newDestinations->setMaximumHeight(220);
    connect(review, &NewDestinationReviewModel::saved, m_messages, &MessageBar::showInfo);
    connect(review, &NewDestinationReviewModel::saveFailed, m_messages, &MessageBar::showError);
    // Beside the chains, so that the assets' table keeps the height to show
    // every asset, the tokens too.
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    const int chainsAt = layout->indexOf(m_chains);
    layout->removeWidget(m_chains);
    auto *reviewBox = new QVBoxLayout;
    reviewBox->addWidget(title);
    reviewBox->addWidget(m_newDestinations, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_chains, 3);
    row->addLayout(reviewBox, 1);
    layout->insertLayout(chainsAt, row);
}

void SettingsScreen::setAssetAdder(AssetAdder *adder, OperatorSession *session)
{
    if (m_addAsset || !adder || !session)
        return;
    m_adder = adder;
    m_session = session;
    adder->setParent(this);
    m_addAsset = new QPushButton(tr("Add asse&t…"), this);
    m_addAsset->setObjectName(QStringLiteral("addAsset"));
    m_toolbar->addWidget(m_addAsset);
    connect(m_addAsset, &QPushButton::clicked, this, [this] { openDialog(new AddAssetDialog(m_adder, this)); });
    connect(adder, &AssetAdder::added, this, [this](const QString &, const QString &message) {
        m_messages->showInfo(message);
        m_model->reload();
    });
    connect(session, &OperatorSession::signedIn, this, &SettingsScreen::updateControls);
    connect(session, &OperatorSession::signedOut, this, &SettingsScreen::updateControls);
    updateControls();
}

void SettingsScreen::updateControls()
{
    if (m_addAsset) {
        const bool admin = m_session->isSignedIn()
            && exchange::security::roleAllows(m_session->actor().role, exchange::security::Action::ChangeMoneySettings);
        m_addAsset->setEnabled(admin);
        m_addAsset->setToolTip(admin ? tr("Add a token of a chain (ERC-20, Stellar credit asset, ASA) as an asset")
                                     : tr("Only admins add assets."));
    }
    const bool idle = !m_model->isApplying();
    const QStringList problems = m_model->problems();
    const QStringList warnings = m_model->warnings();
    // An error cannot be confirmed: Apply waits until every red cell is right.
    m_apply->setEnabled(idle && m_model->hasChanges() && problems.isEmpty());
    m_discard->setEnabled(idle && m_model->hasChanges());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    if (!m_model->hasChanges())
        m_pending->setText(tr("No pending changes."));
    else if (!idle)
        m_pending->setText(tr("Applying %n change(s)…", "", m_model->pendingCount()));
    else if (!problems.isEmpty())
        m_pending->setText(tr("%n change(s) pending. Correct the red cells to apply them.", "", m_model->pendingCount()));
    else
        m_pending->setText(tr("%n change(s) pending (shown in italics), not applied yet.", "", m_model->pendingCount()));
}
