#pragma once
// A local stand-in for the Algorand indexer's GET /v2/transactions, in the
// format of its documentation (indexer.oas2.json): "current-round",
// "next-token", "transactions". It filters by address (with address-role
// receiver or sender; a close-to and an asset transfer's receiver and
// close-to count as receivers and a clawed-back account as a sender, as the
// indexer does, and a match in an inner transaction returns the root
// transaction), tx-type (any in the tree; absent: every type),
// min-round and max-round; returns an address's transactions newest first
// (otherwise oldest first), as documented; and pages with an opaque
// next-token and a page limit (the smaller of `limit` and its own).
//
// Fault switches: the first requests fail (HTTP 500 or a closed
// connection), chosen requests get a malformed page, a repetition of the
// previous page, or overlapping pages; every transaction can be sent twice.
// Loopback only, on a free port.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

#include <set>
#include <vector>

class QTcpServer;
class QTcpSocket;

class IndexerTestServer final : public QObject
{
    Q_OBJECT
public:
    struct Record {
        QByteArray json;        // one element of "transactions", served verbatim
        qint64 round = 0;       // its confirmed-round
        qint64 intra = 0;       // its intra-round-offset
        QStringList receivers;  // receivers and close-to addresses in its tree (pay and axfer)
        QStringList senders;
        QStringList types;      // tx-types in its tree
    };
    // Reads round, intra, addresses and types from a record's JSON (which
    // must be JSON, though its values may be wrong on purpose).
    static Record fromJson(const QByteArray &json);

    // Transactions as the indexer prints them (all the documented fields a
    // payment has). Amounts are JSON text, so that a test can send a
    // malformed one ("1.5", "-5", "\"100\"").
    static QByteArray payment(const QByteArray &txid, qint64 round, qint64 intra, const QByteArray &sender,
                              const QByteArray &receiver, const QByteArray &amount, const QByteArray &closeTo = {},
                              const QByteArray &closeAmount = "0");
    // An asset transfer of the ASA assetId (its "asset-transfer-transaction"
    // as documented); assetSender makes it a clawback from that account.
    static QByteArray assetTransfer(const QByteArray &txid, qint64 round, qint64 intra, const QByteArray &sender,
                                    const QByteArray &receiver, const QByteArray &assetId, const QByteArray &amount,
                                    const QByteArray &closeTo = {}, const QByteArray &closeAmount = "0",
                                    const QByteArray &assetSender = {});
    static QByteArray innerAssetTransfer(qint64 round, qint64 intra, const QByteArray &sender, const QByteArray &receiver,
                                         const QByteArray &assetId, const QByteArray &amount, const QByteArray &closeTo = {},
                                         const QByteArray &closeAmount = "0", const QByteArray &assetSender = {});
    // An application call whose execution made these inner transactions.
    static QByteArray applicationCall(const QByteArray &txid, qint64 round, qint64 intra, const QByteArray &sender,
                                      const QList<QByteArray> &innerTxns);
    static QByteArray innerPayment(qint64 round, qint64 intra, const QByteArray &sender, const QByteArray &receiver,
                                   const QByteArray &amount, const QByteArray &closeTo = {},
                                   const QByteArray &closeAmount = "0");
    static QByteArray innerApplicationCall(qint64 round, qint64 intra, const QByteArray &sender,
                                           const QList<QByteArray> &innerTxns);

    enum class Failure { Http500, Close };

    explicit IndexerTestServer(QObject *parent = nullptr);
    ~IndexerTestServer() override;

    bool listen();
    QString url() const; // http://127.0.0.1:PORT

    void add(const Record &record) { m_records.push_back(record); }
    void add(const QByteArray &json) { add(fromJson(json)); }
    void setCurrentRound(qint64 round) { m_currentRound = round; }
    void setPageLimit(int limit) { m_pageLimit = limit; }

    void failFirst(int requests, Failure failure);
    // 1-based request numbers, counted over all requests.
    void malformPage(int request) { m_malformed.insert(request); }
    void repeatPreviousPage(int request) { m_repeat.insert(request); }
    // Each page that has something new starts this many transactions
    // before where the previous one ended.
    void setOverlap(int transactions) { m_overlap = transactions; }
    void setSendTwice(bool twice) { m_twice = twice; }

    int requests() const { return m_requests; }
    QList<QUrlQuery> queries() const { return m_queries; }

private:
    void serve(QTcpSocket *socket, const QByteArray &requestLine);
    QByteArray page(const QUrlQuery &query, int *status);

    QTcpServer *m_server;
    std::vector<Record> m_records;
    qint64 m_currentRound = 0;
    int m_pageLimit = 1000;
    int m_failFirst = 0;
    Failure m_failure = Failure::Http500;
    std::set<int> m_malformed;
    std::set<int> m_repeat;
    int m_overlap = 0;
    bool m_twice = false;
    int m_requests = 0;
    QList<QUrlQuery> m_queries;
    QByteArray m_lastBody;
};
