#include "core/api/tradeapiserver.h"
#include "core/base/message.h"

#include "core/api/http/httpserver.h"
#include "core/api/traderequest.h"
#include "core/api/withdrawrequest.h"
#include "core/chains/chainchecks.h"
#include "core/chains/paymentlookup.h"
#include "core/money/asset.h"
#include "core/trade/tradeservice.h"
#include "core/withdrawals/signedwithdrawalservice.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace exchange::api {

using Status = HttpResponse::StatusCode;

namespace {

Q_LOGGING_CATEGORY(lcTradeApi, "api.trade")

constexpr std::size_t kMaxBatch = 256;

// Refusals say what to fix; failures of the exchange itself say only that.
Status statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return Status::BadRequest;
    case ErrorCode::Unauthorized: return Status::Forbidden;
    case ErrorCode::Conflict: return Status::Conflict;
    case ErrorCode::NotFound:
    case ErrorCode::WrongState:
    case ErrorCode::InsufficientFunds:
    case ErrorCode::LimitExceeded: return Status::UnprocessableEntity;
    case ErrorCode::Unavailable: return Status::ServiceUnavailable;
    case ErrorCode::Corrupted:
    case ErrorCode::Internal: return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

// A new database has no address until an admin sets one (exctl trade
// address set): refused rather than answered with a key anyone holds.
Error noAddress(Chain chain)
{
    return makeError(ErrorCode::Unavailable, MessageId::TradeNoExchangeAddress, {platformName(chain)});
}

QJsonObject errorBody(const Error &error)
{
    const bool internal = statusFor(error.code) == Status::InternalServerError;
    return QJsonObject{{QStringLiteral("error"), internal ? QStringLiteral("internal error; try again later")
                                                          : QString::fromStdString(error.message)}};
}

QJsonValue idOrNull(std::int64_t id) { return id ? QJsonValue(static_cast<qint64>(id)) : QJsonValue(); }

} // namespace

struct TradeApiServer::Pending {
    trade::NewOrder order;
    std::optional<Responder> responder;
    std::string logMessage;
    PayloadVerification verification;
};

TradeApiServer::TradeApiServer(trade::TradeService &service, chains::PaymentLookup &payments, const HttpLimits &limits,
                               QObject *parent)
    : QObject(parent), m_service(service), m_payments(payments), m_server(std::make_unique<HttpServer>(limits))
{
    // Signed requests are refused by the server, unread, beyond 16 KiB.
    constexpr auto maxBody = static_cast<qsizetype>(kMaxRequestBytes);
    HttpRouter &router = m_server->router();
    router.route("/trade", "POST", [this](const HttpRequest &request, HttpResponder responder) {
        handleTrade(request, responder);
    }, maxBody);
    router.route("/cancel", "POST", [this](const HttpRequest &request, HttpResponder responder) {
        handleCancel(request, responder);
    }, maxBody);
    router.route("/withdraw", "POST", [this](const HttpRequest &request, HttpResponder responder) {
        handleWithdraw(request, responder);
    }, maxBody);
    router.route("/order_book", "GET", [this](const HttpRequest &request, HttpResponder responder) {
        responder.respond(orderBook(request));
    });
    for (const char *method : {"GET", "POST"}) {
        router.route("/address", method, [this](const HttpRequest &request, HttpResponder responder) {
            responder.respond(address(request));
        }, maxBody);
    }
    router.route("/health", "GET", [this](const HttpRequest &, HttpResponder responder) {
        responder.respond(m_health ? m_health()
                                   : HttpResponse::error(Status::NotFound, QStringLiteral("no health report here")));
    });
}

TradeApiServer::~TradeApiServer() = default;

void TradeApiServer::setTls(const QSslConfiguration &configuration)
{
    m_server->setTls(configuration);
}

Result<quint16> TradeApiServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error{ErrorCode::Unavailable, "cannot listen on " + address.toString().toStdString() + ":"
                                                 + std::to_string(port) + ": "
                                                 + m_server->errorString().toStdString()};
    return m_server->serverPort();
}

void TradeApiServer::stopListening()
{
    m_server->close();
}

void TradeApiServer::setTokenSource(TradeCurrencies::TokenSource source)
{
    m_tokens = std::move(source);
    m_currencies.reset();
}

std::shared_ptr<const TradeCurrencies> TradeApiServer::currencies()
{
    // Reading them verifies the admin's signatures: once a second at most,
    // not once an order.
    constexpr auto kFresh = std::chrono::seconds(1);
    const auto now = std::chrono::steady_clock::now();
    if (!m_currencies || now - m_currenciesReadAt >= kFresh) {
        m_currencies = std::make_shared<const TradeCurrencies>(TradeCurrencies::read(m_tokens));
        m_currenciesReadAt = now;
    }
    return m_currencies;
}

QString TradeApiServer::formatted(const std::string &assetCode, Amount amount)
{
    const auto asset = m_service.asset(assetCode);
    return QString::fromStdString(asset ? amount.format(asset->decimals) : amount.toBaseUnitString());
}

QString TradeApiServer::currencyOf(const std::string &assetCode)
{
    const auto asset = m_service.asset(assetCode);
    return QString::fromStdString(asset ? currencyName(*asset) : assetCode);
}

void TradeApiServer::refuse(const Responder &responder, const Error &error, const std::string &logMessage)
{
    ++m_refused;
    // The Log row of 001: the only thing a refused request stores.
    trade::Refusal refusal;
    // 127.0.0.1 rather than ::ffff:127.0.0.1 on a dual-stack listener.
    const QHostAddress &client = responder.client();
    bool v4 = false;
    const quint32 ipv4 = client.toIPv4Address(&v4);
    if (!client.isNull())
        refusal.source = (v4 ? QHostAddress(ipv4) : client).toString().toStdString();
    refusal.endpoint = responder.path().toStdString();
    refusal.status = static_cast<int>(statusFor(error.code));
    refusal.reason = error.message;
    refusal.payload = logMessage;
    (void)m_service.logRefusal(refusal);
    emit changed();
    responder.respond(HttpResponse(errorBody(error), statusFor(error.code)));
}

void TradeApiServer::handleTrade(const HttpRequest &request, const Responder &responder)
{
    const Responder shared = responder;
    auto body = std::make_shared<const QByteArray>(request.body);
    // Parsing and the signature check (tens of microseconds of elliptic-curve
    // work) run on the thread pool, so the thread that owns the store only
    // does the store's work; the rest continues back on this thread.
    QPointer<TradeApiServer> self(this);
    QThreadPool::globalInstance()->start([self, shared, body, currencies = currencies()] {
        const std::string_view view(body->constData(), static_cast<std::size_t>(body->size()));
        auto parsed = parseTradeRequest(view, *currencies);
        Result<PayloadVerification> verified = PayloadVerification{};
        if (parsed)
            verified = verifyPayloadSignature(parsed->sellChain, parsed->senderAsSent, parsed->signedPayload);
        const std::string logText = !parsed ? payloadText(view)
                                    : !verified ? parsed->signedPayload.payloadPython
                                                : parsed->signedPayload.payloadRaw;
        QMetaObject::invokeMethod(
            self.data(),
            [self, shared, parsed = std::move(parsed), verified = std::move(verified), logText]() mutable {
                if (!self)
                    return;
                if (!parsed) {
                    self->refuse(shared, parsed.error(), logText);
                    return;
                }
                if (!verified) {
                    self->refuse(shared, verified.error(), logText);
                    return;
                }
                self->checkFunding(std::move(parsed).value(), verified.value(), shared);
            },
            Qt::QueuedConnection);
    });
}

void TradeApiServer::checkFunding(TradeRequest trade, const PayloadVerification &verification, const Responder &shared)
{
    // A tx_id funds one order only: refused before asking the chain.
    auto used = m_service.txIdUsed(trade.order.sellCurrency, trade.order.txId);
    if (!used || used.value()) {
        refuse(shared,
               used ? makeError(ErrorCode::Conflict, MessageId::TradeTxIdAlreadyFunds) : used.error(),
               trade.signedPayload.payloadRaw);
        return;
    }
    auto exchangeAddress = m_service.exchangeAddress(trade.sellChain);
    if (!exchangeAddress || !exchangeAddress.value()) {
        refuse(shared,
               exchangeAddress ? noAddress(trade.sellChain) : exchangeAddress.error(),
               trade.signedPayload.payloadRaw);
        return;
    }
    auto pending = std::make_unique<Pending>();
    pending->order = trade.order;
    pending->responder = shared;
    pending->logMessage = trade.signedPayload.payloadRaw;
    pending->verification = verification;
    const chains::PaymentQuery query{trade.sellChain, trade.order.txId, trade.order.senderPk, *exchangeAddress.value(),
                                     trade.sellAsset.identity};
    const std::string to = *exchangeAddress.value();
    const Chain chain = trade.sellChain;
    QPointer<TradeApiServer> self(this);
    auto holder = std::make_shared<std::unique_ptr<Pending>>(std::move(pending));
    m_payments.lookup(query, [self, holder, chain, to](Result<chains::Payment> payment) {
        if (!self)
            return;
        Pending &p = **holder;
        if (!payment) {
            self->refuse(*p.responder, payment.error(), p.logMessage);
            return;
        }
        if (auto funded = chains::checkFunding(chain, payment.value(), p.order.senderPk, to, p.order.sellAmount);
            !funded) {
            self->refuse(*p.responder, funded.error(), p.logMessage);
            return;
        }
        self->enqueue(std::move(*holder));
    });
}

void TradeApiServer::enqueue(std::unique_ptr<Pending> pending)
{
    m_queue.push_back(std::move(pending));
    if (m_queue.size() >= kMaxBatch) {
        flush();
        return;
    }
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &TradeApiServer::flush);
    }
}

void TradeApiServer::flush()
{
    m_flushScheduled = false;
    if (m_queue.empty())
        return;
    std::vector<std::unique_ptr<Pending>> batch;
    batch.swap(m_queue);
    std::vector<trade::NewOrder> orders;
    orders.reserve(batch.size());
    for (const auto &p : batch)
        orders.push_back(p->order);
    auto results = m_service.placeAll(orders);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        Pending &p = *batch[i];
        if (!results) {
            refuse(*p.responder, results.error(), p.logMessage);
            continue;
        }
        auto &placed = results.value()[i];
        if (!placed) {
            refuse(*p.responder, placed.error(), p.logMessage);
            continue;
        }
        ++m_accepted;
        const auto &v = placed.value();
        // Which scheme a client's wallet signed with is worth knowing when
        // one of them later disputes an order.
        qCInfo(lcTradeApi, "order %lld placed; its signature verified as %s", static_cast<long long>(v.orderId),
               p.verification.describe().c_str());
        if (!p.responder->isConnected())
            continue;
        const QString status = v.fills.empty() ? QStringLiteral("open")
                               : v.restingId ? QStringLiteral("partially_filled")
                                             : QStringLiteral("filled");
        p.responder->respond(HttpResponse(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(v.orderId)},
                                                      {QStringLiteral("status"), status},
                                                      {QStringLiteral("fills"), static_cast<qint64>(v.fills.size())},
                                                      {QStringLiteral("resting_id"), idOrNull(v.restingId)}}));
    }
    emit changed();
}

void TradeApiServer::handleCancel(const HttpRequest &request, const Responder &shared)
{
    const QByteArray &body = request.body;
    const std::string_view view(body.constData(), static_cast<std::size_t>(std::min<qsizetype>(body.size(), kMaxRequestBytes + 1)));
    auto parsed = parseCancelRequest(view);
    if (!parsed) {
        refuse(shared, parsed.error(), payloadText(view));
        return;
    }
    auto verified = verifyPayloadSignature(parsed->chain, parsed->senderPk, parsed->signedPayload);
    if (!verified) {
        refuse(shared, verified.error(), parsed->signedPayload.payloadPython);
        return;
    }
    auto cancelled = m_service.cancelBySender(parsed->orderId, parsed->senderPk);
    if (!cancelled) {
        refuse(shared, cancelled.error(), parsed->signedPayload.payloadRaw);
        return;
    }
    qCInfo(lcTradeApi, "order %lld cancelled by its sender; the signature verified as %s",
           static_cast<long long>(cancelled->id), verified->describe().c_str());
    emit changed();
    shared.respond(HttpResponse(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(cancelled->id)},
                                            {QStringLiteral("status"), QStringLiteral("cancelled")}}));
}

void TradeApiServer::handleWithdraw(const HttpRequest &request, const Responder &responder)
{
    const Responder shared = responder;
    auto body = std::make_shared<const QByteArray>(request.body);
    // As for /trade: parsing and every signature check run on the pool; the
    // store's work comes back to this thread.
    QPointer<TradeApiServer> self(this);
    QThreadPool::globalInstance()->start([self, shared, body] {
        const std::string_view view(body->constData(), static_cast<std::size_t>(body->size()));
        auto parsed = parseWithdrawRequest(view);
        Result<std::vector<withdrawals::RequestSignature>> verified = std::vector<withdrawals::RequestSignature>{};
        if (parsed)
            verified = verifyWithdrawSignatures(parsed.value());
        const std::string logText = !parsed ? payloadText(view)
                                    : !verified ? parsed->payloadPython
                                                : parsed->payloadRaw;
        QMetaObject::invokeMethod(
            self.data(),
            [self, shared, parsed = std::move(parsed), verified = std::move(verified), logText]() mutable {
                if (!self)
                    return;
                if (!parsed || !verified) {
                    self->refuse(shared, !parsed ? parsed.error() : verified.error(), logText);
                    return;
                }
                if (!self->m_withdrawals) {
                    self->refuse(shared, makeError(ErrorCode::Unavailable, MessageId::TradeWithdrawalsNotServed), logText);
                    return;
                }
                withdrawals::SignedWithdrawalRequest wanted = parsed.value().withdrawal;
                wanted.signatures = std::move(verified).value();
                auto done = self->m_withdrawals->submit(wanted);
                if (!done) {
                    self->refuse(shared, done.error(), logText);
                    return;
                }
                ++self->m_accepted;
                emit self->changed();
                if (!shared.isConnected())
                    return;
                const withdrawals::WithdrawalRecord &w = done.value();
                QJsonObject answer{{QStringLiteral("id"), static_cast<qint64>(w.id)},
                                   {QStringLiteral("request_id"), QString::fromStdString(wanted.requestId)},
                                   {QStringLiteral("state"), QString::fromLatin1(withdrawals::withdrawalStateName(w.state))},
                                   {QStringLiteral("asset"), QString::fromStdString(w.asset)},
                                   {QStringLiteral("destination"), QString::fromStdString(w.destination)},
                                   {QStringLiteral("amount"), self->formatted(w.asset, w.amount)},
                                   {QStringLiteral("fee"), self->formatted(w.asset, w.fee)}};
                if (!w.reviewReason.empty())
                    answer.insert(QStringLiteral("reason"), QString::fromStdString(w.reviewReason));
                shared.respond(HttpResponse(answer));
            },
            Qt::QueuedConnection);
    });
}

// GET /order_book[?limit=N][&before=ID]: orders newest first (by id), with
// the fields of 001 (sender_pk, receiver_pk, buy_currency, sell_currency,
// buy_amount, sell_amount, tx_id) and status, creator_id, counterparty_id.
// Paged: at most `limit` orders (kDefaultPageSize without it, never more
// than kMaxPageSize), those with an id below `before` when given. A client
// of 001 that asks without parameters gets a JSON array of the newest
// orders, as before; the whole history is read page by page: while a page
// is full and older orders exist, the answer carries
//   Link: </order_book?limit=N&before=LAST>; rel="next"
// where LAST is the id of the page's last (oldest) order, which is also
// what a client passes as `before` itself. Served from the trade service's
// in-memory OrderHistory: no database read per request.
HttpResponse TradeApiServer::orderBook(const HttpRequest &request)
{
    constexpr int kDefaultPageSize = 100;
    constexpr int kMaxPageSize = 1000;
    const QUrlQuery query(request.url());
    int limit = kDefaultPageSize;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return HttpResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("limit must be a positive integer")}},
                                       Status::BadRequest);
        limit = std::min(limit, kMaxPageSize);
    }
    qint64 before = 0;
    if (query.hasQueryItem(QStringLiteral("before"))) {
        bool ok = false;
        before = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || before <= 0)
            return HttpResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("before must be a positive order id")}},
                                       Status::BadRequest);
    }
    auto history = m_service.orderHistory();
    if (!history)
        return HttpResponse(errorBody(history.error()), statusFor(history.error().code));
    const std::shared_ptr<const trade::OrderHistory> &current = history.value();
    for (const CachedPage &cached : m_pages) {
        if (cached.history == current && cached.limit == limit && cached.before == before)
            return cached.response;
    }
    const std::vector<trade::Order> page = current->page(static_cast<std::size_t>(limit), before);
    QJsonArray out;
    for (const trade::Order &o : page) {
        out.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(o.id)},
                               {QStringLiteral("sender_pk"), QString::fromStdString(o.senderPk)},
                               {QStringLiteral("receiver_pk"), QString::fromStdString(o.receiverPk)},
                               {QStringLiteral("buy_currency"), currencyOf(o.buyCurrency)},
                               {QStringLiteral("sell_currency"), currencyOf(o.sellCurrency)},
                               {QStringLiteral("buy_amount"), formatted(o.buyCurrency, o.buyAmount)},
                               {QStringLiteral("sell_amount"), formatted(o.sellCurrency, o.sellAmount)},
                               {QStringLiteral("tx_id"), o.txId.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(o.txId))},
                               {QStringLiteral("status"), QString::fromLatin1(trade::orderStatusName(o.status).data())},
                               {QStringLiteral("creator_id"), idOrNull(o.creatorId)},
                               {QStringLiteral("counterparty_id"), idOrNull(o.counterpartyId)}});
    }
    HttpResponse response(out);
    if (page.size() == static_cast<std::size_t>(limit) && history.value()->hasOlderThan(page.back().id))
        response.addHeader(QByteArrayLiteral("Link"),
                           QStringLiteral("</order_book?limit=%1&before=%2>; rel=\"next\"").arg(limit).arg(page.back().id).toUtf8());
    constexpr std::size_t kCachedPages = 16;
    if (!m_pages.empty() && m_pages.front().history != current)
        m_pages.clear(); // a new history: every page may have changed
    if (m_pages.size() >= kCachedPages)
        m_pages.erase(m_pages.begin());
    m_pages.push_back(CachedPage{current, limit, before, response});
    return response;
}

HttpResponse TradeApiServer::address(const HttpRequest &request)
{
    QString platform = QUrlQuery(request.url()).queryItemValue(QStringLiteral("platform"));
    if (request.method == "POST") {
        const QByteArray &body = request.body;
        auto doc = encoding::parseJson(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        const encoding::JsonValue *p = doc && doc->kind == encoding::JsonValue::Kind::Object ? doc->member("platform") : nullptr;
        if (body.size() > static_cast<qsizetype>(kMaxRequestBytes) || !p || p->kind != encoding::JsonValue::Kind::String)
            return HttpResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("send {\"platform\": \"Ethereum\"}")}},
                                       Status::BadRequest);
        platform = QString::fromStdString(p->text);
    }
    const auto chain = platformFromName(platform.toStdString());
    if (!chain)
        return HttpResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown platform (use Ethereum, Algorand or Stellar)")}},
                                   Status::BadRequest);
    auto address = m_service.exchangeAddress(*chain);
    if (!address)
        return HttpResponse(errorBody(address.error()), statusFor(address.error().code));
    if (!address.value())
        return HttpResponse(QJsonObject{{QStringLiteral("error"), QString::fromStdString(noAddress(*chain).message)}},
                            Status::ServiceUnavailable);
    // As in 001, the public key is given in the platform's address form (an
    // Algorand or Stellar address encodes the Ed25519 key itself).
    const QString a = QString::fromStdString(*address.value());
    return HttpResponse(QJsonObject{{QStringLiteral("platform"), QString::fromStdString(platformName(*chain))},
                                           {QStringLiteral("address"), a},
                                           {QStringLiteral("public_key"), a}});
}

} // namespace exchange::api
