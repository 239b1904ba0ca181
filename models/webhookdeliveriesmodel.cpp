#include "webhookdeliveriesmodel.h"

#include "cellstyle.h"
#include "coretext.h"
#include "displayformat.h"
#include "operatorsession.h"
#include "reloadcoalescer.h"
#include "tone.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

using exchange::api::WebhookDelivery;
using exchange::api::WebhookFailures;
using exchange::api::WebhookService;

namespace {

constexpr int kRowLimit = 1000;
constexpr int kTickMs = 10'000;

WebhookService webhooksOf(exchange::CoreServices &services)
{
    return WebhookService(services.database(), services.clock(), services.audit());
}

} // namespace

WebhookDeliveriesModel::WebhookDeliveriesModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                               OperatorSession &session, QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services), m_session(session)
{
    using T = exchange::ChangeNotifier::Topic;
    // A retry is audited (Audit); the webhook duty's line changes as
    // deliveries fail and get through (Duty); new events follow the changes
    // of withdrawals, deposits and customers.
    new ReloadCoalescer(services.notifier(), {T::Audit, T::Duty, T::Withdrawal, T::Deposit, T::Customer}, [this] { reload(); },
                        this, 1000);
    connect(&m_tick, &QTimer::timeout, this, &WebhookDeliveriesModel::reload);
    m_tick.start(kTickMs);
    reload();
}

void WebhookDeliveriesModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    reload();
}

void WebhookDeliveriesModel::reload()
{
    struct Snapshot {
        std::vector<WebhookDelivery> rows;
        WebhookFailures failures;
    };
    auto *services = &m_services;
    const Show show = m_show;
    const int generation = ++m_generation;
    m_runtime.post(
        [services, show]() -> exchange::Result<Snapshot> {
            const WebhookService webhooks = webhooksOf(*services);
            auto rows = webhooks.deliveries(show, kRowLimit);
            if (!rows)
                return rows.error();
            auto failures = webhooks.failures();
            if (!failures)
                return failures.error();
            return Snapshot{std::move(rows).value(), failures.value()};
        },
        this,
        [this, generation](exchange::Result<Snapshot> result) {
            if (generation != m_generation)
                return; // a newer read (another filter) is on its way
            if (!result) {
                emit failed(tr("The webhook deliveries could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            m_failures = result.value().failures;
            mergeRows(m_rows, std::move(result.value().rows), [](const WebhookDelivery &d) { return d.id; });
            m_loaded = true;
            emit loaded();
        });
}

void WebhookDeliveriesModel::retry(qint64 deliveryId)
{
    auto *services = &m_services;
    m_session.runConfirmed<WebhookDelivery>(
        tr("Retry webhook delivery %1").arg(deliveryId),
        [services, deliveryId](const exchange::security::Actor &actor) { return webhooksOf(*services).retry(actor, deliveryId); },
        this,
        [this, deliveryId](exchange::Result<WebhookDelivery> result) {
            if (!result) {
                emit failed(tr("Webhook delivery %1 was not retried: %2").arg(deliveryId).arg(CoreText::error(result.error())));
                return;
            }
            emit retried(deliveryId);
            reload();
        });
}

void WebhookDeliveriesModel::retryAllFailed()
{
    auto *services = &m_services;
    m_session.runConfirmed<qint64>(
        tr("Retry every failed webhook delivery"),
        [services](const exchange::security::Actor &actor) { return webhooksOf(*services).retryAllFailed(actor); }, this,
        [this](exchange::Result<qint64> result) {
            if (!result) {
                emit failed(tr("The failed webhook deliveries were not retried: %1").arg(CoreText::error(result.error())));
                return;
            }
            emit retriedAll(result.value());
            reload();
        });
}

const WebhookDelivery *WebhookDeliveriesModel::delivery(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

QStringList WebhookDeliveriesModel::failedEndpoints() const
{
    QStringList endpoints;
    for (const WebhookDelivery &d : m_rows) {
        //: %1 a back-office service client's name, %2 its webhook URL
        const QString endpoint = tr("%1: %2").arg(d.clientName, d.url);
        if (d.failedAtMs && !endpoints.contains(endpoint))
            endpoints << endpoint;
    }
    return endpoints;
}

WebhookDeliveriesModel::DeliveryState WebhookDeliveriesModel::stateOf(const WebhookDelivery &d)
{
    if (d.deliveredAtMs)
        return DeliveryState::Delivered;
    if (d.failedAtMs)
        return DeliveryState::Failed;
    return d.attempts > 0 ? DeliveryState::Failing : DeliveryState::Waiting;
}

QString WebhookDeliveriesModel::stateTitle(DeliveryState state)
{
    switch (state) {
    //: A webhook delivery not tried yet
    case DeliveryState::Waiting: return tr("Waiting");
    //: A webhook delivery tried without a 2xx answer, to be tried again
    case DeliveryState::Failing: return tr("Failing, retried");
    //: A webhook delivery given up after a day without a 2xx answer
    case DeliveryState::Failed: return tr("Failed");
    case DeliveryState::Delivered: return tr("Delivered");
    }
    return {};
}

bool WebhookDeliveriesModel::canRetry(const WebhookDelivery &d)
{
    const DeliveryState state = stateOf(d);
    return state == DeliveryState::Failing || state == DeliveryState::Failed;
}

int WebhookDeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WebhookDeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The last answer: its HTTP status, or what happened instead.
QString lastAnswerText(const WebhookDelivery &d)
{
    if (d.attempts == 0)
        return {};
    QString text = d.lastStatus ? WebhookDeliveriesModel::tr("HTTP %1").arg(*d.lastStatus) : QString();
    if (!d.lastError.isEmpty())
        text = text.isEmpty() ? d.lastError : WebhookDeliveriesModel::tr("%1: %2").arg(text, d.lastError);
    return text;
}

qint64 whenMs(const WebhookDelivery &d)
{
    if (d.deliveredAtMs)
        return *d.deliveredAtMs;
    if (d.failedAtMs)
        return *d.failedAtMs;
    return d.nextAttemptAtMs;
}

} // namespace

QVariant WebhookDeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &d = m_rows.at(static_cast<size_t>(index.row()));
    const DeliveryState state = stateOf(d);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case EventTime: return displayformat::dateTimeText(d.eventCreatedAtMs);
        case EventType: return d.type;
        //: %1 the object's kind (customer, deposit, withdrawal), %2 its id
        case Object: return tr("%1 #%2").arg(d.objectType).arg(d.objectId);
        case Client: return d.clientName;
        case Url: return d.url;
        case Attempts: return d.attempts;
        case State: return stateTitle(state);
        case LastAnswer: return lastAnswerText(d);
        case When:
            switch (state) {
            //: %1 a date and time
            case DeliveryState::Delivered: return tr("delivered %1").arg(displayformat::dateTimeText(whenMs(d)));
            case DeliveryState::Failed: return tr("failed %1").arg(displayformat::dateTimeText(whenMs(d)));
            case DeliveryState::Waiting:
            case DeliveryState::Failing: return tr("next %1").arg(displayformat::dateTimeText(whenMs(d)));
            }
            return {};
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case EventTime: return QVariant::fromValue(d.eventCreatedAtMs);
        case Object: return QVariant::fromValue(d.objectId);
        case Attempts: return d.attempts;
        case State: return static_cast<int>(state);
        case When: return QVariant::fromValue(whenMs(d));
        case EventType:
        case LastAnswer:
        case Client:
        case Url:
        case ColumnCount: return data(index, Qt::DisplayRole);
        }
        return {};
    case DeliveryIdRole: return QVariant::fromValue(d.id);
    case StateRole: return static_cast<int>(state);
    case Qt::ToolTipRole:
        // What a narrow column cuts short, whole.
        if (index.column() == Url)
            return d.url;
        if (index.column() == LastAnswer && d.attempts > 0)
            return lastAnswerText(d);
        //: %1 the delivery's id, %2 the event's id (evt_…) the receiver dedupes by
        return tr("Delivery %1 of event %2").arg(d.id).arg(d.eventId);
    case Qt::TextAlignmentRole: return cellstyle::alignment(index.column() == Attempts);
    case Qt::ForegroundRole:
        if (index.column() != State && index.column() != LastAnswer)
            return {};
        switch (state) {
        case DeliveryState::Failed: return tone::brush(tone::Tone::Attention);
        case DeliveryState::Failing: return tone::brush(tone::Tone::Waiting);
        case DeliveryState::Waiting: return tone::brush(tone::Tone::Muted);
        case DeliveryState::Delivered:
            if (index.column() == State)
                return tone::brush(tone::Tone::Good);
            return {};
        }
        return {};
    default: return {};
    }
}

QVariant WebhookDeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case EventTime: return tr("Event time");
    case EventType: return tr("Event");
    case Object: return tr("Object");
    case Client: return tr("Client");
    case Url: return tr("URL");
    case Attempts: return tr("Attempts");
    case State: return tr("State");
    case LastAnswer: return tr("Last answer");
    case When: return tr("Next attempt / done");
    case ColumnCount: break;
    }
    return {};
}
