#include "withdrawalsscreen.h"

#include "models/coretext.h"
#include "models/dashboardsource.h"
#include "models/dutyboard.h"
#include "models/payoutblocktext.h"
#include "models/tone.h"

#include "core/security/permissions.h"
#include "core/withdrawals/approvalsrequired.h"
#include "models/amounttext.h"
#include "models/displayformat.h"
#include "models/operatorsession.h"
#include "models/withdrawaldetailssource.h"
#include "models/withdrawalsmodel.h"
#include "models/withdrawaltext.h"
#include "ui/dialogs/txiduploaddialog.h"
#include "ui/dialogs/withdrawaldecisiondialog.h"
#include "ui/widgets/amountvalidator.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/withdrawaldetailspane.h"
#include "ui/widgets/opendialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <variant>

using exchange::security::Action;
using exchange::withdrawals::WithdrawalEvent;
using exchange::withdrawals::WithdrawalState;
using Decision = WithdrawalDecisionDialog::Decision;

WithdrawalsScreen::WithdrawalsScreen(WithdrawalsModel *model, WithdrawalDetailsSource *details, OperatorSession *session,
                                     exchange::CoreServices *services, DutyBoard *duties, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_details(details),
      m_session(session),
      m_services(services),
      m_views(new QTabBar(this)),
      m_state(new QComboBox(this)),
      m_asset(new QComboBox(this)),
      m_customer(new QLineEdit(this)),
      m_min(new QLineEdit(this)),
      m_max(new QLineEdit(this)),
      m_filter(new QLineEdit(this)),
      m_typing(new QTimer(this)),
      m_approve(new QPushButton(tr("&Approve…"), this)),
      m_reject(new QPushButton(tr("Re&ject…"), this)),
      m_cancel(new QPushButton(tr("&Cancel withdrawal…"), this)),
      m_retry(new QPushButton(tr("Re&try…"), this)),
      m_speedUp(new QPushButton(tr("S&peed up…"), this)),
      m_manual(new QPushButton(tr("Send to &manual payout…"), this)),
      m_upload(new QPushButton(tr("&Upload TxId…"), this)),
      m_releasePaid(new QPushButton(tr("Mar&k paid by TxId…"), this)),
      m_releaseReject(new QPushButton(tr("Reject hel&d…"), this)),
      m_messages(new MessageBar(this)),
      m_table(new QTableView(this)),
      m_pane(new WithdrawalDetailsPane(this)),
      m_counts(new QLabel(this)),
      m_payouts(new QLabel(this)),
      m_duties(duties),
      m_previous(new QPushButton(tr("‹ Previous page"), this)),
      m_next(new QPushButton(tr("Next page ›"), this))
{
    auto *heading = makeScreenHeading(tr("Withdrawals"), this);

    m_views->addTab(tr("Review &queue"));
    m_views->addTab(tr("&Processing"));
    m_views->addTab(tr("&Errors"));
    m_views->addTab(tr("&History"));
    m_views->setTabToolTip(0, tr("Over the 24h or 72h limit: waiting for an approver, the longest waiting first"));
    m_views->setTabToolTip(1, tr("Approved, being paid, or sent and waiting for the chain"));
    m_views->setTabToolTip(2, tr("Payouts that stopped (hot wallet short, node unreachable), failed on chain, or wait for a manual payout"));
    m_views->setTabToolTip(3, tr("Every withdrawal, the newest first"));
    m_views->setExpanding(false);
    m_views->setDrawBase(false);
    connect(m_views, &QTabBar::currentChanged, this, &WithdrawalsScreen::viewChanged);

    m_state->setAccessibleName(tr("State"));
    m_asset->setAccessibleName(tr("Asset"));
    m_asset->addItem(tr("All assets"));
    m_customer->setPlaceholderText(tr("Customer #"));
    m_customer->setValidator(new QIntValidator(1, 2'000'000'000, m_customer));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMaximumWidth(120);
    for (QLineEdit *edit : {m_min, m_max}) {
        edit->setEnabled(false);
        edit->setMaximumWidth(140);
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("Choose an asset first: amounts are exact in that asset's units"));
        connect(edit, &QLineEdit::editingFinished, this, &WithdrawalsScreen::applyAmounts);
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            if (text.isEmpty())
                applyAmounts();
            else
                edit->setStyleSheet(QString());
        });
    }
    m_min->setPlaceholderText(tr("Min amount"));
    m_max->setPlaceholderText(tr("Max amount"));
    m_filter->setPlaceholderText(tr("Find: customer name, #id, whole address or TxId (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_filter->text()); });
    // Enter: find now and go to the table (its first row is selected as
    // the rows arrive), so the keyboard can act on what was found.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        m_model->setTextFilter(m_filter->text());
        m_table->setFocus(Qt::OtherFocusReason);
    });
    auto *find = new QAction(tr("Find: type to filter the table"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    connect(m_state, &QComboBox::activated, this, [this] {
        const QVariant v = m_state->currentData();
        m_model->setStateFilter(v.isValid() ? std::optional<WithdrawalState>(static_cast<WithdrawalState>(v.toInt()))
                                            : std::nullopt);
    });
    connect(m_asset, &QComboBox::activated, this, &WithdrawalsScreen::assetChanged);
    connect(m_customer, &QLineEdit::editingFinished, this, &WithdrawalsScreen::applyCustomer);
    connect(m_customer, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyCustomer();
    });

    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_approve, &QPushButton::clicked, this, &WithdrawalsScreen::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &WithdrawalsScreen::rejectSelected);
    connect(m_cancel, &QPushButton::clicked, this, &WithdrawalsScreen::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &WithdrawalsScreen::retrySelected);
    connect(m_speedUp, &QPushButton::clicked, this, &WithdrawalsScreen::speedUpSelected);
    m_manual->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_upload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_manual, &QPushButton::clicked, this, &WithdrawalsScreen::sendSelectedToManual);
    connect(m_upload, &QPushButton::clicked, this, &WithdrawalsScreen::uploadTxidForSelected);
    connect(m_releasePaid, &QPushButton::clicked, this, &WithdrawalsScreen::releaseSelectedAsPaid);
    connect(m_releaseReject, &QPushButton::clicked, this, &WithdrawalsScreen::rejectSelectedHeld);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMaximumSectionSize(340);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(WithdrawalsModel::Requested, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // Columns the store cannot order by keep the indicator where the order is.
        if (column == WithdrawalsModel::Approvals || column == WithdrawalsModel::Reason
            || column == WithdrawalsModel::Destination || column == WithdrawalsModel::Note)
            QTimer::singleShot(0, this, [this] {
                m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WithdrawalsScreen::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WithdrawalsScreen::selectionChanged);
    connect(m_model, &WithdrawalsModel::loaded, this, &WithdrawalsScreen::modelLoaded);
    connect(m_model, &WithdrawalsModel::failed, m_messages, &MessageBar::showError);
    connect(m_model, &WithdrawalsModel::acted, this, [this](qint64, const QString &message) { m_messages->showInfo(message); });
    connect(m_details, &WithdrawalDetailsSource::changed, this, [this] {
        m_pane->setDetails(m_details->details(), m_details->id() != 0);
        updateActions();
    });
    connect(m_details, &WithdrawalDetailsSource::failed, m_messages, &MessageBar::showError);
    if (m_session) {
        connect(m_session, &OperatorSession::signedIn, this, &WithdrawalsScreen::updateActions);
        connect(m_session, &OperatorSession::signedOut, this, &WithdrawalsScreen::updateActions);
    }

    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previous->setToolTip(tr("Ctrl+Page Up"));
    m_next->setToolTip(tr("Ctrl+Page Down"));
    connect(m_previous, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() + 1); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_asset);
    filters->addWidget(m_customer);
    filters->addWidget(m_min);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_max);
    filters->addWidget(m_filter, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);
    actions->addWidget(m_speedUp);
    actions->addWidget(m_manual);
    actions->addWidget(m_upload);
    actions->addWidget(m_releasePaid);
    actions->addWidget(m_releaseReject);
    actions->addStretch(1);

    // The table keeps the whole width (the reasons are long); the details
    // of the selected row are under it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 240});
    m_table->setMinimumHeight(160);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_counts, 1);
    footer->addWidget(m_previous);
    footer->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(m_views);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_messages);
    layout->addWidget(m_payouts);
    layout->addWidget(splitter, 1);
    connect(m_duties, &DutyBoard::changed, this, &WithdrawalsScreen::showPayouts);
    layout->addLayout(footer);

    fillStates();
    updateActions();
    updatePaging();
}

qint64 WithdrawalsScreen::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(WithdrawalsModel::WithdrawalIdRole).toLongLong();
}

void WithdrawalsScreen::selectionChanged()
{
    const qint64 id = selectedId();
    if (id != 0)
        m_selected = id;
    m_details->show(id);
    updateActions();
}

void WithdrawalsScreen::modelLoaded()
{
    fillAssets();
    // Whole dates, names and reasons; the operator can narrow them again.
    if (m_model->rowCount() > 0 && !m_sized) {
        fitColumns();
        m_sized = true;
    }
    // The same withdrawal stays selected across a re-read; otherwise the
    // first row, so the keyboard can act at once.
    if (selectedId() == 0 && m_model->rowCount() > 0) {
        const int row = m_model->rowOf(m_selected);
        m_table->selectRow(row >= 0 ? row : 0);
    }
    updateActions();
    updatePaging();
}

void WithdrawalsScreen::fitColumns()
{
    constexpr int kNarrowest = 64; // a word of a reason, the start of an address: the whole is in the tooltip and the pane
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    // Room for a vertical scroll bar that more rows would bring.
    int available = m_table->viewport()->width();
    if (!m_table->verticalScrollBar()->isVisible())
        available -= m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    int total = 0;
    for (int c = 0; c < header->count(); ++c)
        total += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    if (total <= available)
        return;
    const int flexible[] = {WithdrawalsModel::Reason, WithdrawalsModel::Destination, WithdrawalsModel::Note};
    int flexTotal = 0;
    for (int c : flexible)
        flexTotal += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    if (flexTotal == 0)
        return;
    // Never narrower than its title: "Destination" stays readable.
    const auto narrowest = [&](int c) {
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const int margins = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                            + m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        return std::max(kNarrowest, header->fontMetrics().horizontalAdvance(title) + margins);
    };
    int minimum = 0;
    for (int c : flexible)
        minimum += header->isSectionHidden(c) ? 0 : narrowest(c);
    const int room = std::max(available - (total - flexTotal), minimum);
    int given = 0;
    for (int c : flexible) {
        if (header->isSectionHidden(c))
            continue;
        header->resizeSection(c, std::max(narrowest(c), static_cast<int>(qint64(header->sectionSize(c)) * room / flexTotal)));
        given += header->sectionSize(c);
    }
    // A column held at its title's width leaves the others its excess:
    // taken from the one with the most room above its own title.
    if (given > room) {
        int widest = -1;
        for (int c : flexible) {
            if (!header->isSectionHidden(c)
                && (widest < 0 || header->sectionSize(c) - narrowest(c) > header->sectionSize(widest) - narrowest(widest)))
                widest = c;
        }
        if (widest >= 0)
            header->resizeSection(widest, std::max(narrowest(widest), header->sectionSize(widest) - (given - room)));
    }
}

void WithdrawalsScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrowed (or first laid out) so that columns fall off the right: fit again.
    if (!m_sized)
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    if (header->length() > m_table->viewport()->width())
        fitColumns();
}

void WithdrawalsScreen::viewChanged(int index)
{
    m_model->setView(static_cast<WithdrawalsModel::View>(index));
    m_table->horizontalHeader()->blockSignals(true);
    m_table->horizontalHeader()->setSortIndicator(WithdrawalsModel::Requested,
                                                  index == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_table->horizontalHeader()->blockSignals(false);
    m_selected = 0;
    m_sized = false;
    fillStates();
}

void WithdrawalsScreen::showWithdrawal(qint64 id)
{
    m_views->setCurrentIndex(static_cast<int>(WithdrawalsModel::View::History));
    m_state->setCurrentIndex(0);
    m_model->setStateFilter(std::nullopt);
    m_asset->setCurrentIndex(0);
    assetChanged();
    for (QLineEdit *edit : {m_customer, m_min, m_max})
        edit->clear();
    m_typing->stop();
    m_filter->setText(u'#' + QString::number(id));
    m_typing->stop();
    m_table->clearSelection();
    m_selected = id;
    m_model->setTextFilter(m_filter->text());
    m_table->setFocus(Qt::OtherFocusReason);
}

void WithdrawalsScreen::fillStates()
{
    m_state->clear();
    const auto states = WithdrawalsModel::viewStates(m_model->view());
    m_state->addItem(states.size() == 1 ? WithdrawalText::stateTitle(states.front()) : tr("All states"));
    if (states.size() == 1) {
        m_state->setEnabled(false);
        return;
    }
    m_state->setEnabled(true);
    std::vector<WithdrawalState> shown = states;
    if (shown.empty()) {
        for (int s = 0; s <= static_cast<int>(WithdrawalState::HeldForIntegrity); ++s)
            shown.push_back(static_cast<WithdrawalState>(s));
    }
    for (WithdrawalState s : shown)
        m_state->addItem(WithdrawalText::stateTitle(s), static_cast<int>(s));
}

void WithdrawalsScreen::fillAssets()
{
    if (m_asset->count() > 1 || m_model->assets().empty())
        return;
    for (const auto &[code, asset] : m_model->assets())
        m_asset->addItem(QString::fromStdString(code), QString::fromStdString(code));
}

void WithdrawalsScreen::assetChanged()
{
    const QString code = m_asset->currentData().toString();
    const auto asset = code.isEmpty() ? std::nullopt : m_model->asset(code.toStdString());
    for (QLineEdit *edit : {m_min, m_max}) {
        edit->setEnabled(asset.has_value());
        edit->setStyleSheet(QString());
        delete edit->validator();
        edit->setValidator(asset ? new AmountValidator(asset->decimals, edit) : nullptr);
        if (!asset)
            edit->clear();
        edit->setToolTip(asset ? tr("Exact, in %1 (up to %2 decimals)").arg(code).arg(asset->decimals)
                               : tr("Choose an asset first: amounts are exact in that asset's units"));
    }
    m_model->setAssetFilter(code.isEmpty() ? std::nullopt : std::optional<std::string>(code.toStdString()));
    applyAmounts();
}

void WithdrawalsScreen::applyAmounts()
{
    const QString code = m_asset->currentData().toString();
    const auto asset = code.isEmpty() ? std::nullopt : m_model->asset(code.toStdString());
    if (!asset) {
        m_model->setAmountFilter(std::nullopt, std::nullopt);
        return;
    }
    std::optional<exchange::Amount> bounds[2];
    QLineEdit *edits[2] = {m_min, m_max};
    for (int i = 0; i < 2; ++i) {
        const QString text = edits[i]->text().trimmed();
        if (text.isEmpty())
            continue;
        auto parsed = exchange::Amount::tryParse(text.toStdString(), asset->decimals);
        if (const auto *error = std::get_if<exchange::Amount::ParseError>(&parsed)) {
            edits[i]->setStyleSheet(tone::textStyle(tone::Tone::Attention));
            m_messages->showError(tr("%1 not applied: %2")
                                      .arg(i == 0 ? tr("Min amount") : tr("Max amount"),
                                           AmountText::describe(*error, asset->decimals)));
            return; // bad input changes nothing
        }
        edits[i]->setStyleSheet(QString());
        bounds[i] = std::get<exchange::Amount>(parsed);
    }
    if (bounds[0] && bounds[1] && *bounds[1] < *bounds[0]) {
        m_messages->showError(tr("The max amount is below the min amount; nothing would match."));
        return;
    }
    m_model->setAmountFilter(bounds[0], bounds[1]);
}

void WithdrawalsScreen::applyCustomer()
{
    bool ok = false;
    const qint64 id = m_customer->text().toLongLong(&ok);
    m_model->setCustomerFilter(ok && id > 0 ? std::optional<std::int64_t>(id) : std::nullopt);
}

void WithdrawalsScreen::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    const auto *w = row >= 0 ? m_model->withdrawal(row) : nullptr;
    exchange::security::Actor actor = m_session ? m_session->actor() : exchange::security::Actor::system("nobody");
    actor.secondFactor = true; // asked when the action runs
    const bool signedIn = m_session && m_session->isSignedIn();
    auto may = [&](Action action) { return signedIn && exchange::security::authorize(actor, action).ok(); };
    auto allows = [&](WithdrawalEvent event) {
        return w && exchange::withdrawals::nextWithdrawalState(w->record.state, event).ok();
    };
    const auto &details = m_details->details();
    const bool detailsReady = w && details && details->record.id == w->record.id;
    bool approvedByMe = false;
    if (detailsReady) {
        for (const auto &a : details->approvals)
            approvedByMe |= a.approver == actor.displayName();
    }
    const bool ownRequest = w && w->record.requestedBy == actor.displayName();

    m_approve->setEnabled(allows(WithdrawalEvent::Approved) && may(Action::ApproveWithdrawal) && detailsReady && !ownRequest
                          && !approvedByMe);
    QString why = tr("Approve the selected withdrawal (Ctrl+Shift+A); asks for a two-factor code");
    if (w && !allows(WithdrawalEvent::Approved))
        why = tr("A withdrawal that is %1 cannot be approved").arg(WithdrawalText::stateTitle(w->record.state).toLower());
    else if (w && !may(Action::ApproveWithdrawal))
        why = tr("Your role may not approve withdrawals");
    else if (ownRequest)
        why = tr("Nobody approves their own request");
    else if (approvedByMe)
        why = tr("You have approved it already; the second approval must come from someone else");
    m_approve->setToolTip(why);
    m_reject->setEnabled(allows(WithdrawalEvent::Rejected) && may(Action::RejectWithdrawal) && detailsReady);
    m_reject->setToolTip(tr("Reject the selected withdrawal with a reason; the funds go back (Ctrl+Shift+R)"));
    // Cancelling needs the same right as rejecting (WithdrawalService::cancel).
    m_cancel->setEnabled(allows(WithdrawalEvent::Cancelled) && may(Action::CancelWithdrawal) && detailsReady);
    m_cancel->setToolTip(tr("Cancel the selected withdrawal before anything is signed; the funds go back (Ctrl+Shift+K)"));
    // Retrying needs an approver's right (WithdrawalService::retry).
    m_retry->setEnabled(allows(WithdrawalEvent::Retry) && may(Action::ApproveWithdrawal) && detailsReady);
    m_retry->setToolTip(tr("Send the selected payout again (Ctrl+Shift+T); asks for a two-factor code"));
    // A payout on chain that no block takes: the signer replaces it (same
    // nonce, higher fee; PayoutReplacement) on Ethereum, wraps it in a fee
    // bump on Stellar.
    const bool onChain = w && w->record.state == WithdrawalState::Broadcast;
    const bool stellar = w && w->record.chain == exchange::Chain::Stellar;
    const bool replaceable = w && (w->record.chain == exchange::Chain::Ethereum || stellar);
    m_speedUp->setEnabled(onChain && replaceable && may(Action::ApproveWithdrawal));
    m_speedUp->setToolTip(w && onChain && !replaceable
                              ? tr("A %1 payout cannot be replaced; it expires instead").arg(QString::fromLatin1(exchange::chainName(w->record.chain)))
                          : stellar
                              ? tr("Wrap the selected withdrawal's Stellar payout that no ledger takes, unchanged, in a fee bump "
                                   "offering ten times its fee; asks for a two-factor code")
                              : tr("Replace the selected withdrawal's Ethereum payout that no block takes by the same payment with a fee "
                                   "at least 12.5% higher, same nonce; asks for a two-factor code"));
    // Four eyes wherever money leaves: one held for review is paid by hand
    // only with the approvals paying it from hot needs (ManualPayoutService
    // refuses it otherwise; this only says so in advance).
    QString shortOfApprovals;
    if (detailsReady && exchange::withdrawals::needsApprovals(details->record)) {
        const int counted = exchange::withdrawals::countedApprovals(details->record, details->approvals);
        if (counted < details->approvalsRequired)
            shortOfApprovals = details->approvalsRequired == 1
                                   ? tr("Needs an approval by someone other than the requester before it is paid "
                                        "outside the system; it has none")
                                   : tr("Needs %1 approvals by different approvers, none of them the requester, before "
                                        "it is paid outside the system; it has %2")
                                         .arg(details->approvalsRequired)
                                         .arg(counted);
    }
    // Sending to manual needs an approver's right (ManualPayoutService).
    m_manual->setEnabled(allows(WithdrawalEvent::SentToManual) && may(Action::ApproveWithdrawal) && detailsReady
                         && shortOfApprovals.isEmpty());
    m_manual->setToolTip(allows(WithdrawalEvent::SentToManual) && !shortOfApprovals.isEmpty()
                             ? shortOfApprovals
                             : tr("Pay the selected withdrawal outside the system from the warm wallet (Ctrl+Shift+M); "
                                  "asks for a two-factor code"));
    m_upload->setEnabled(m_services && allows(WithdrawalEvent::TxIdVerified) && may(Action::UploadTxId) && detailsReady
                         && shortOfApprovals.isEmpty());
    m_upload->setToolTip(allows(WithdrawalEvent::TxIdVerified) && !shortOfApprovals.isEmpty()
                             ? shortOfApprovals
                             : tr("Enter the TxId of the selected manual payout; it is checked on the chain (Ctrl+Shift+U)"));
    // Held for integrity: only an admin who has investigated ends the hold.
    const bool held = allows(WithdrawalEvent::ReleasedAsPaid);
    const bool mayRelease = may(Action::ReleaseHeldWithdrawal);
    m_releasePaid->setVisible(held);
    m_releaseReject->setVisible(held);
    m_releasePaid->setEnabled(m_services && held && mayRelease && detailsReady);
    m_releaseReject->setEnabled(held && mayRelease && detailsReady);
    const QString onlyAdmins = tr("Only an admin ends an integrity hold, after investigating it");
    m_releasePaid->setToolTip(held && !mayRelease
                                  ? onlyAdmins
                                  : tr("The investigation found it paid: enter the TxId that paid it from hot; it is "
                                       "checked on the chain, then the withdrawal is settled as paid. Asks for a "
                                       "two-factor code"));
    m_releaseReject->setToolTip(held && !mayRelease
                                    ? onlyAdmins
                                    : tr("The investigation found it not paid: the funds go back to the customer and the "
                                         "withdrawal is rejected. Asks for a two-factor code"));
}

void WithdrawalsScreen::updatePaging()
{
    const QLocale locale;
    const int first = m_model->page() * m_model->pageSize();
    const QString total = m_model->matchCountIsExact()
                              ? locale.toString(static_cast<qlonglong>(m_model->matchCount()))
                              : tr("more than %1").arg(locale.toString(static_cast<qlonglong>(m_model->matchCount() - 1)));
    if (m_model->rowCount() == 0)
        m_counts->setText(m_model->isLoaded() ? tr("No withdrawals match.") : tr("Reading…"));
    else
        //: rows shown: first, last, of how many
        m_counts->setText(tr("%1–%2 of %3")
                              .arg(locale.toString(first + 1), locale.toString(first + m_model->rowCount()), total));
    m_previous->setEnabled(m_model->hasPreviousPage());
    m_next->setEnabled(m_model->hasNextPage());
}

void WithdrawalsScreen::approveSelected()
{
    decide(static_cast<int>(Decision::Approve));
}

void WithdrawalsScreen::rejectSelected()
{
    decide(static_cast<int>(Decision::Reject));
}

void WithdrawalsScreen::cancelSelected()
{
    decide(static_cast<int>(Decision::Cancel));
}

void WithdrawalsScreen::speedUpSelected()
{
    updateActions();
    const auto &details = m_details->details();
    if (!m_speedUp->isEnabled() || !details)
        return;
    const auto &w = details->record;
    const QString amount = displayformat::fullAmountText(w.amount, details->asset) + u' ' + QString::fromStdString(w.asset);
    m_model->speedUp(w.id, tr("Speed up the payout of withdrawal %1: %2 to %3")
                               .arg(w.id)
                               .arg(amount, QString::fromStdString(details->destination)));
}

void WithdrawalsScreen::retrySelected()
{
    decide(static_cast<int>(Decision::Retry));
}

void WithdrawalsScreen::sendSelectedToManual()
{
    decide(static_cast<int>(Decision::Manual));
}

void WithdrawalsScreen::uploadTxidForSelected()
{
    updateActions();
    const auto &details = m_details->details();
    if (!m_upload->isEnabled() || !details || !m_services)
        return;
    auto *dialog = new TxidUploadDialog(*m_session, *m_services, details->record, details->asset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TxidUploadDialog::paid, this, [this](qint64 id) {
        m_messages->showInfo(tr("Withdrawal %1 is paid: the chain shows its transaction.").arg(id));
    });
    // Show the withdrawal as it is now, as after any refused decision.
    connect(dialog, &TxidUploadDialog::refused, this, [this](qint64 id) {
        m_model->refreshRow(id);
        if (m_details->id() == id)
            m_details->reload();
    });
    openDialog(dialog);
}

void WithdrawalsScreen::releaseSelectedAsPaid()
{
    updateActions();
    const auto &details = m_details->details();
    if (!m_releasePaid->isEnabled() || !details || !m_services)
        return;
    // The TxId dialog knows a held withdrawal: hot wallet, the hold's
    // reason, and a two-factor code before the release.
    auto *dialog = new TxidUploadDialog(*m_session, *m_services, details->record, details->asset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TxidUploadDialog::paid, this, [this](qint64 id) {
        m_messages->showInfo(tr("Withdrawal %1 is released from its hold and paid: the chain shows its transaction.").arg(id));
    });
    connect(dialog, &TxidUploadDialog::refused, this, [this](qint64 id) {
        m_model->refreshRow(id);
        if (m_details->id() == id)
            m_details->reload();
    });
    openDialog(dialog);
}

void WithdrawalsScreen::rejectSelectedHeld()
{
    decide(static_cast<int>(Decision::RejectHeld));
}

void WithdrawalsScreen::decide(int which)
{
    const auto decision = static_cast<Decision>(which);
    QPushButton *button = decision == Decision::Approve      ? m_approve
                          : decision == Decision::Reject     ? m_reject
                          : decision == Decision::Cancel     ? m_cancel
                          : decision == Decision::Manual     ? m_manual
                          : decision == Decision::RejectHeld ? m_releaseReject
                                                             : m_retry;
    updateActions();
    const auto &details = m_details->details();
    if (!button->isEnabled() || !details)
        return;
    const auto &w = details->record;
    const QString code = QString::fromStdString(w.asset);
    WithdrawalDecisionDialog::Facts facts;
    facts.id = w.id;
    facts.amount = displayformat::fullAmountText(w.amount, details->asset) + u' ' + code;
    facts.fee = displayformat::fullAmountText(w.fee, details->asset) + u' ' + code;
    facts.destination = QString::fromStdString(details->destination);
    if (w.internalTo)
        //: %1 the destination address, %2 the id of the customer whose deposit address it is
        facts.destination = tr("%1 (internal transfer to customer #%2, settled in the ledger)").arg(facts.destination).arg(*w.internalTo);
    facts.chain = QString::fromLatin1(exchange::chainName(w.chain));
    facts.customer = details->customerName.empty()
                         ? tr("#%1").arg(w.customerId)
                         : tr("%1 (#%2)").arg(QString::fromStdString(details->customerName)).arg(w.customerId);
    facts.reason = CoreText::stored(w.reviewReason);
    if (w.state == WithdrawalState::HeldForIntegrity)
        facts.heldReason = CoreText::stored(w.note);
    QStringList approvals;
    for (const auto &a : details->approvals)
        approvals << tr("%1 at %2")
                         .arg(QString::fromStdString(a.approver),
                              displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(a.atMs)));
    facts.approvals = approvals.join(QStringLiteral("; "));
    if (!approvals.isEmpty() || details->approvalsRequired > 1)
        facts.approvals = WithdrawalText::approvals(static_cast<int>(details->approvals.size()), details->approvalsRequired)
                          + (approvals.isEmpty() ? QString() : QStringLiteral(": ") + facts.approvals);
    facts.approvalsGiven = static_cast<int>(details->approvals.size());
    facts.approvalsRequired = details->approvalsRequired;

    auto *dialog = new WithdrawalDecisionDialog(decision, facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, facts] {
        const qint64 id = dialog->withdrawalId();
        switch (dialog->decision()) {
        case Decision::Approve:
            m_model->approve(id, tr("Approve withdrawal %1: %2 to %3").arg(id).arg(facts.amount, facts.destination));
            break;
        case Decision::Reject: m_model->reject(id, dialog->reason()); break;
        case Decision::Cancel: m_model->cancel(id); break;
        case Decision::Retry:
            m_model->retry(id, tr("Retry the payout of withdrawal %1: %2 to %3").arg(id).arg(facts.amount, facts.destination));
            break;
        case Decision::Manual:
            m_model->sendToManual(id, dialog->reason(),
                                  tr("Send withdrawal %1 to manual payout: %2 to %3").arg(id).arg(facts.amount, facts.destination));
            break;
        case Decision::RejectHeld:
            m_model->rejectHeld(id, dialog->reason(),
                                tr("Reject held withdrawal %1 as not paid: %2 back to the customer").arg(id).arg(facts.amount));
            break;
        }
    });
    openDialog(dialog);
}

void WithdrawalsScreen::followPayoutBlocks(DashboardSource *source)
{
    m_attention = source;
    connect(source, &DashboardSource::changed, this, &WithdrawalsScreen::showPayouts);
    showPayouts();
}

void WithdrawalsScreen::showPayouts()
{
    const auto &payouts = m_duties->lines(DutyBoard::Kind::Payouts);
    QStringList blocks;
    if (m_attention && m_attention->report()) {
        for (const exchange::PayoutBlock &block : m_attention->report()->payoutBlocks)
            blocks << PayoutBlockText::describe(block);
    }
    if (payouts.isEmpty() && blocks.isEmpty()) {
        m_payouts->clear();
        m_payouts->setStyleSheet(QString());
        return;
    }
    QStringList lines;
    bool asksForReplenishment = false;
    for (auto it = payouts.cbegin(); it != payouts.cend(); ++it) {
        lines << tr("%1: %2").arg(it.key(), CoreText::stored(it.value().text));
        asksForReplenishment |= it.value().health == exchange::DutyStatus::Health::Blocked; // hot too short
    }
    QStringList text;
    if (!lines.isEmpty())
        //: followed by one line per chain, from the payout worker
        text << tr("Automatic payouts from hot:") + u' ' + lines.join(QStringLiteral(" · "));
    text << blocks;
    if (asksForReplenishment)
        text << tr("Hot cannot cover the queue: prepare a replenishment from warm (exctl replenish plan, then export).");
    m_payouts->setText(text.join(u'\n'));
    m_payouts->setStyleSheet(asksForReplenishment || !blocks.isEmpty() ? tone::textStyle(tone::Tone::Waiting, true)
                                                                       : QString());
}
