#pragma once
// TradeApiServer: the REST API of 001 over HttpServer, on the thread that
// owns the TradeService (the core thread in the console, the main thread of
// `exctl serve`); it never blocks that thread on the network.
//   POST /trade       a signed order: strict input checks, the signature over
//                     the payload as sent or as json.dumps printed it, the
//                     funding payment through the chain's PaymentLookup,
//                     one order per tx_id; then matched and stored.
//   POST /cancel      a signed cancel of a resting order by its sender.
//   POST /withdraw    a customer's withdrawal signed by M of the N keys they
//                     registered (withdrawrequest.h); every signature checked
//                     off this thread, then SignedWithdrawalService decides.
//   GET  /order_book  orders newest first with the seven fields of 001 and
//                     status, a page at a time (see orderBook()).
//   GET|POST /address the exchange's address and public key on a platform.
//   GET  /health      what setHealth() reports (exctl serve).
// Every refused request writes one Log row (or counts on its source's row,
// refusallog.h) and nothing else, and gets a JSON
// {"error": ...} naming what was wrong, never an internal detail. Orders
// that arrive together commit together (group commit), so throughput does
// not stop at one disk flush per order. A body over 16 KiB is refused with
// 413 by the server before it is read (and stores nothing).

#include "core/api/http/httplimits.h"
#include "core/api/http/httprequest.h"
#include "core/api/http/httpresponder.h"
#include "core/api/http/httpresponse.h"
#include "core/api/tradecurrencies.h"
#include "core/base/result.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace exchange::chains {
class PaymentLookup;
}

namespace exchange::trade {
class OrderHistory;
class TradeService;
struct NewOrder;
}

namespace exchange::withdrawals {
class SignedWithdrawalService;
}

namespace exchange::api {

class HttpServer;
struct TradeRequest;
struct PayloadVerification;

class TradeApiServer final : public QObject
{
    Q_OBJECT
public:
    TradeApiServer(trade::TradeService &service, chains::PaymentLookup &payments, const HttpLimits &limits = {},
                   QObject *parent = nullptr);
    ~TradeApiServer() override;
    Q_DISABLE_COPY_MOVE(TradeApiServer)

    // Serves HTTPS with this certificate and key (before listen()).
    void setTls(const QSslConfiguration &configuration);
    // Port 0 picks a free one; returns the port listened on.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    // Serves POST /withdraw through service (owned elsewhere, on this
    // thread); without one it answers 503.
    void setWithdrawals(withdrawals::SignedWithdrawalService *service) { m_withdrawals = service; }
    // The tokens /trade may name, by their asset codes (tradecurrencies.h):
    // without a source only the three coins. Read again when a second old,
    // and at once after refreshCurrencies() (an asset added, the vault
    // unlocked).
    void setTokenSource(TradeCurrencies::TokenSource source);
    void refreshCurrencies() { m_currencies.reset(); }
    // Answers GET /health (exctl serve); without it /health is not found.
    void setHealth(std::function<HttpResponse()> health) { m_health = std::move(health); }
    // Stops accepting connections (a clean shutdown); open ones are served.
    void stopListening();

    // Orders placed and withdrawals requested; requests refused.
    int accepted() const { return m_accepted; }
    int refused() const { return m_refused; }

signals:
    // After an order or a refusal was stored (for live screens).
    void changed();

private:
    struct Pending;
    using Responder = HttpResponder;

    void handleTrade(const HttpRequest &request, const Responder &responder);
    void checkFunding(TradeRequest trade, const PayloadVerification &verification, const Responder &responder);
    void handleCancel(const HttpRequest &request, const Responder &responder);
    void handleWithdraw(const HttpRequest &request, const Responder &responder);
    HttpResponse orderBook(const HttpRequest &request);
    HttpResponse address(const HttpRequest &request);
    void refuse(const Responder &responder, const Error &error, const std::string &logMessage);
    std::shared_ptr<const TradeCurrencies> currencies();
    // An amount as the API writes it, in its asset's decimals.
    QString formatted(const std::string &assetCode, Amount amount);
    // An order's currency as /order_book names it (currencyName()).
    QString currencyOf(const std::string &assetCode);
    void enqueue(std::unique_ptr<Pending> pending);
    void flush();

    trade::TradeService &m_service;
    chains::PaymentLookup &m_payments;
    withdrawals::SignedWithdrawalService *m_withdrawals = nullptr;
    std::function<HttpResponse()> m_health;
    TradeCurrencies::TokenSource m_tokens;
    std::shared_ptr<const TradeCurrencies> m_currencies;
    std::chrono::steady_clock::time_point m_currenciesReadAt;
    std::unique_ptr<HttpServer> m_server;
    std::vector<std::unique_ptr<Pending>> m_queue;
    // The last pages answered, serialized, of the history they came from:
    // hundreds of clients asking for the newest page share one answer until
    // the history changes.
    struct CachedPage {
        std::shared_ptr<const trade::OrderHistory> history;
        int limit = 0;
        qint64 before = 0;
        HttpResponse response;
    };
    std::vector<CachedPage> m_pages;
    bool m_flushScheduled = false;
    int m_accepted = 0;
    int m_refused = 0;
};

} // namespace exchange::api
