#pragma once
// WebhookDeliveriesModel: the back office's webhook deliveries to the
// exchange's web app, newest first, as one filter shows them (not getting
// through, failing, failed, all). Reads run on the core thread; the rows are
// merged by delivery id (LiveTableModel), so a view keeps its selection.
// Deliveries change on the webhook worker's own thread, which announces
// nothing per delivery: the model reads again on the duties' and the audit
// log's notices and every ten seconds.
// Retrying (one, or every failed one) is an admin's, confirmed with a
// current code and audited by the core (WebhookService).

#include "core/api/webhookdelivery.h"
#include "core/api/webhookservice.h"

#include "livetablemodel.h"

#include <QTimer>

#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class OperatorSession;

class WebhookDeliveriesModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { EventTime, EventType, Object, Client, Url, Attempts, State, LastAnswer, When, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole, DeliveryIdRole, StateRole };
    // Where a delivery stands: not tried yet, tried without a 2xx and due
    // again, given up, or delivered.
    enum class DeliveryState { Waiting, Failing, Failed, Delivered };
    Q_ENUM(DeliveryState)
    using Show = exchange::api::WebhookService::Show;

    WebhookDeliveriesModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                           QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WebhookDeliveriesModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the rows of that filter (at once; the rows shown stay until then).
    void setShow(Show show);
    Show show() const { return m_show; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    const exchange::api::WebhookDelivery *delivery(int row) const;
    // How many failed deliveries the last read found, whatever the filter.
    qint64 failedCount() const { return m_failures.failed; }
    qint64 failingCount() const { return m_failures.failing; }
    // The endpoints of the failed deliveries among the rows read, as
    // "client: URL", once each: where Retry all failed sends them.
    QStringList failedEndpoints() const;

    static DeliveryState stateOf(const exchange::api::WebhookDelivery &delivery);
    static QString stateTitle(DeliveryState state);
    // Retry applies to a failing or failed delivery.
    static bool canRetry(const exchange::api::WebhookDelivery &delivery);

    // Due now again, with a day to go; asks for the operator's code first.
    void retry(qint64 deliveryId);
    void retryAllFailed();

signals:
    void loaded();
    void failed(const QString &message);
    void retried(qint64 deliveryId);
    void retriedAll(qint64 count);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
    Show m_show = Show::NotThrough;
    std::vector<exchange::api::WebhookDelivery> m_rows;
    exchange::api::WebhookFailures m_failures;
    QTimer m_tick;
    int m_generation = 0; // answers for an earlier filter are dropped
    bool m_loaded = false;
};
