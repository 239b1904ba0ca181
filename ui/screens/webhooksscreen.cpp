#include "webhooksscreen.h"

#include "core/security/permissions.h"
#include "models/operatorsession.h"
#include "models/webhookdeliveriesmodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/confirmationbox.h"
#include "ui/widgets/screenheading.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using exchange::api::WebhookDelivery;
using Show = WebhookDeliveriesModel::Show;

WebhooksScreen::WebhooksScreen(WebhookDeliveriesModel *model, OperatorSession *session, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_session(session),
      m_proxy(new SortFilterProxy(WebhookDeliveriesModel::RawValueRole, this)),
      m_table(new QTableView(this)),
      m_show(new QComboBox(this)),
      m_filter(new QLineEdit(this)),
      m_retry(new QPushButton(tr("Re&try"), this)),
      m_retryAll(new QPushButton(tr("Retry all &failed"), this)),
      m_summary(new QLabel(this)),
      m_count(new QLabel(this)),
      m_messages(new MessageBar(this))
{
    auto *heading = makeScreenHeading(tr("Webhooks"), this);
    //: Webhooks: the signed notices the exchange's web app receives of deposits, withdrawals and customers.
    auto *intro = new QLabel(tr("The signed notices the back office sends to the exchange's web app when a deposit, "
                                "withdrawal or customer changes. A delivery without a 2xx answer is tried again with "
                                "growing pauses and given up after a day; an admin sends a failing or failed one again "
                                "once its receiver works."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("webhookSummary"));
    m_summary->setWordWrap(true);

    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Not getting through"), static_cast<int>(Show::NotThrough));
    //: Deliveries still open that were tried without a 2xx answer
    m_show->addItem(tr("Failing, being retried"), static_cast<int>(Show::Failing));
    m_show->addItem(tr("Failed (given up)"), static_cast<int>(Show::Failed));
    m_show->addItem(tr("All deliveries"), static_cast<int>(Show::All));
    m_show->setCurrentIndex(m_show->findData(static_cast<int>(m_model->show())));
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShow(static_cast<Show>(m_show->currentData().toInt())); });

    m_filter->setPlaceholderText(tr("Filter by event, object, client, URL, answer (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *find = new QAction(tr("Find: type to filter the table"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    // As Retry on the Withdrawals screen.
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_retry, &QPushButton::clicked, this, &WebhooksScreen::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &WebhooksScreen::retryAllFailed);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebhookDeliveriesModel::EventTime, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WebhookDeliveriesModel::EventTime, 130);
    m_table->setColumnWidth(WebhookDeliveriesModel::EventType, 130);
    m_table->setColumnWidth(WebhookDeliveriesModel::Object, 100);
    m_table->setColumnWidth(WebhookDeliveriesModel::Client, 70);
    m_table->setColumnWidth(WebhookDeliveriesModel::Url, 160);
    m_table->setColumnWidth(WebhookDeliveriesModel::Attempts, 65);
    m_table->setColumnWidth(WebhookDeliveriesModel::State, 100);
    m_table->setColumnWidth(WebhookDeliveriesModel::LastAnswer, 130);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhooksScreen::updateActions);
    connect(m_model, &WebhookDeliveriesModel::loaded, this, &WebhooksScreen::updateActions);
    connect(m_model, &WebhookDeliveriesModel::loaded, this, &WebhooksScreen::showSummary);
    connect(m_model, &WebhookDeliveriesModel::failed, m_messages, &MessageBar::showError);
    connect(m_model, &WebhookDeliveriesModel::retried, this, [this](qint64 id) {
        m_messages->showInfo(tr("Webhook delivery %1 is due again now; the next pass of the webhook duty sends it.").arg(id));
    });
    connect(m_model, &WebhookDeliveriesModel::retriedAll, this, [this](qint64 count) {
        m_messages->showInfo(count == 0 ? tr("No webhook delivery had failed: nothing was retried.")
                                        : tr("%n failed webhook delivery(ies) due again now.", nullptr, static_cast<int>(count)));
    });
    connect(m_session, &OperatorSession::signedIn, this, &WebhooksScreen::updateActions);
    connect(m_session, &OperatorSession::signedOut, this, &WebhooksScreen::updateActions);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_show);
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_retry);
    toolbar->addWidget(m_retryAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_messages);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    showSummary();
    updateActions();
}

bool WebhooksScreen::mayRetry() const
{
    if (!m_session->isSignedIn())
        return false;
    exchange::security::Actor actor = m_session->actor();
    actor.secondFactor = true; // asked when the retry runs
    return exchange::security::authorize(actor, exchange::security::Action::ManageApiClients).ok();
}

void WebhooksScreen::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const WebhookDelivery *d = rows.isEmpty() ? nullptr : m_model->delivery(m_proxy->mapToSource(rows.first()).row());
    const bool may = mayRetry();
    const QString onlyAdmins = tr("Only an admin sends webhook deliveries again");
    m_retry->setEnabled(may && d && WebhookDeliveriesModel::canRetry(*d));
    if (!may)
        m_retry->setToolTip(onlyAdmins);
    else if (d && WebhookDeliveriesModel::stateOf(*d) == WebhookDeliveriesModel::DeliveryState::Delivered)
        m_retry->setToolTip(tr("Delivered: the web app has this event already"));
    else if (d && !WebhookDeliveriesModel::canRetry(*d))
        m_retry->setToolTip(tr("Not tried yet: it goes at its time without a retry"));
    else
        m_retry->setToolTip(tr("Send the selected delivery again now, with a day to get through (Ctrl+Shift+T)"));
    m_retryAll->setEnabled(may && m_model->failedCount() > 0);
    if (!may)
        m_retryAll->setToolTip(onlyAdmins);
    else if (m_model->failedCount() == 0)
        m_retryAll->setToolTip(tr("No delivery has failed"));
    else
        m_retryAll->setToolTip(tr("Send every failed delivery again now, each to its own endpoint"));
}

void WebhooksScreen::showSummary()
{
    m_count->setText(tr("%n delivery(ies) shown", nullptr, m_model->rowCount()));
    if (!m_model->isLoaded()) {
        m_summary->setText(tr("Reading…"));
        return;
    }
    if (m_model->failingCount() == 0 && m_model->failedCount() == 0) {
        m_summary->setText(tr("Every delivery gets through: none is failing or failed."));
        return;
    }
    //: %1 deliveries failing (open, retried), %2 deliveries failed (given up)
    m_summary->setText(tr("Not getting through: %1 being retried, %2 failed.").arg(m_model->failingCount()).arg(m_model->failedCount()));
}

void WebhooksScreen::retrySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !mayRetry())
        return;
    const WebhookDelivery *d = m_model->delivery(m_proxy->mapToSource(rows.first()).row());
    if (!d || !WebhookDeliveriesModel::canRetry(*d))
        return;
    const qint64 id = d->id;
    //: %1 event type, %2 the object (e.g. "withdrawal #4"), %3 event id, %4 client name, %5 URL
    const QString text = tr("Send the %1 event of %2 (%3) again to %4 at %5?\n\nIt is due at once and tried for a day "
                            "until the receiver answers 2xx. The receiver knows the event by its id, so it does not "
                            "apply it twice.")
                             .arg(d->type, m_model->data(m_model->index(m_proxy->mapToSource(rows.first()).row(),
                                                                        WebhookDeliveriesModel::Object))
                                               .toString(),
                                  d->eventId, d->clientName, d->url);
    confirm(tr("Retry webhook delivery %1").arg(id), text, tr("&Send again"), [this, id] { m_model->retry(id); });
}

void WebhooksScreen::retryAllFailed()
{
    if (!mayRetry() || m_model->failedCount() == 0)
        return;
    const QStringList endpoints = m_model->failedEndpoints();
    QString text = tr("Send the %n failed webhook delivery(ies) again, each to the endpoint it was for?", nullptr,
                      static_cast<int>(m_model->failedCount()));
    if (!endpoints.isEmpty())
        text += QStringLiteral("\n\n") + endpoints.join(u'\n');
    text += QStringLiteral("\n\n") + tr("They are due at once and tried for a day until their receivers answer 2xx.");
    confirm(tr("Retry all failed webhook deliveries"), text, tr("&Send again"), [this] { m_model->retryAllFailed(); });
}

void WebhooksScreen::confirm(const QString &title, const QString &text, const QString &yes, std::function<void()> onYes)
{
    openConfirmation(this, QStringLiteral("confirmWebhookRetry"), title, text, yes, std::move(onYes));
}
