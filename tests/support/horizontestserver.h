#pragma once
// A local stand-in for Stellar Horizon's REST API, as documented: GET
// /accounts/{id} (sequence, subentry_count, balances: each trustline as a
// credit_alphanum4/12 line with its balance, limit, liabilities and
// is_authorized, then the native balance; 404 for an account that does not
// exist), GET /fee_stats, GET /ledgers?order=desc&limit=1 (closed_at), POST
// /transactions (tx=<base64 envelope>, form encoded) and GET
// /transactions/{hash}. What is posted is decoded and checked as
// stellar-core would: signature by the source for the network passphrase,
// time bounds against the ledger's close time, fee against the base fee,
// sequence = account's + 1, then the operation with stellar-core's result
// codes. create_account: op_already_exists, op_low_reserve. A payment of
// XLM: op_no_destination, op_underfunded (above the reserve). A payment of
// a credit asset, in stellar-core's order (the destination credited, then
// the source debited): op_no_destination, op_no_trust, op_not_authorized,
// op_line_full (limit - balance - buying liabilities), op_src_no_trust,
// op_src_not_authorized, op_underfunded (balance - selling liabilities);
// the issuer as destination burns it and as source mints it, without a
// line. change_trust: op_self_not_allowed, op_no_issuer, op_invalid_limit,
// op_low_reserve (one more subentry), op_trust_line_missing; a new line
// (authorized, as for an issuer without AUTH_REQUIRED) raises the account's
// subentries, a limit of 0 removes it. manage_data: op_data_name_not_found
// (deleting an entry that is not there), op_low_reserve (a new entry is one
// more subentry); the account's data entries are listed in `data` (base64),
// as Horizon does. account_merge: op_no_account, op_has_sub_entries; the
// merged account's XLM goes to the destination and the account is gone.
// An operation with its own source (a channel account's transaction) acts
// for that account, which must exist (op_no_source_account) and sign too
// (op_bad_auth, refused before any ledger); the transaction's source pays
// the fee and uses its sequence number. A transaction that gets into a
// ledger takes the base fee and the sequence number even when its
// operation fails (then Horizon answers the POST with 400 tx_failed, and
// the transaction is in the ledger with successful=false). Each included
// transaction closes one ledger - unless the ledger clock runs
// (setLedgerClock): then POST /transactions_async (Horizon's asynchronous
// submission: 201 PENDING, 409 DUPLICATE, 400 ERROR with error_result_xdr,
// 503 TRY_AGAIN_LATER) queues what passes the checks above, one
// transaction per source account as stellar-core's queue keeps it, and a
// ledger closes every interval with the transactions queued since (each
// checked again: a sequence used meanwhile drops it); ledgerSizes() says
// how many each closed ledger took. Without the clock an asynchronous
// submission goes into a ledger of its own at once, as the synchronous one.
//
// Fee bumps (CAP-15, ENVELOPE_TYPE_TX_FEE_BUMP) are taken by both POSTs:
// signed by their fee source, which must exist, offer at least the base
// fee for two operations and hold the fee (tx_insufficient_balance); their
// inner is checked as above but for its fee. Applied, the fee source pays
// the fee and the inner's source's sequence number is used; GET
// /transactions/{hash} finds it by the outer and by the inner hash, as
// Horizon does: `hash` the one asked, fee_account, fee_bump_transaction
// {hash} and inner_transaction {hash, max_fee}.
//
// Surge (setSurgeFee): a transaction whose fee rate (fee / operations, a
// bump's two) is below the surge rate is taken (PENDING, or the waiting
// POST's 504 timeout) but held, never applied, while the surge lasts: as
// stellar-core keeps it queued. A fee bump of a held transaction (of its
// inner) replaces it when its rate is at least 10 times the held one's
// (stellar-core's replace-by-fee), else tx_insufficient_fee; any other
// transaction from a source with one held or queued waits
// (TRY_AGAIN_LATER, 503). What passes is charged the surge rate; held ones
// go in once the surge comes down to their rate.
//
// Fault switch: hold submissions (Horizon answers 504 "Timeout" and the
// transaction never reaches a ledger, as one lost on the way looks).
// Loopback only, on a free port.

#include "core/chains/stellar/feebumptransaction.h"
#include "core/chains/stellar/paymenttransaction.h"

#include <QByteArray>
#include <QHttpServer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>


class HorizonTestServer final : public QObject
{
    Q_OBJECT
public:
    struct Trustline {
        std::string code;
        std::string issuer; // G…
        std::int64_t balance = 0; // stroops
        std::int64_t limit = std::numeric_limits<std::int64_t>::max();
        std::int64_t buyingLiabilities = 0;
        std::int64_t sellingLiabilities = 0;
        bool authorized = true;
    };
    struct Account {
        std::int64_t balance = 0; // stroops
        std::int64_t sequence = 0;
        int subentries = 0;
        std::vector<Trustline> trustlines;
        std::map<std::string, QByteArray> data; // name -> value (raw bytes)
    };
    struct Transaction {
        bool successful = false;
        std::int64_t feeCharged = 0;
        std::int64_t ledger = 0;
        QByteArray resultXdr; // base64
        QByteArray envelope;  // base64
        QByteArray failure;   // the operation's result code when it failed ("op_no_trust")
        QByteArray feeAccount; // who paid the fee (a fee bump's fee source)
        QByteArray innerHash;  // a fee bump's inner transaction's hash
        std::int64_t innerMaxFee = 0;
    };

    explicit HorizonTestServer(QByteArray passphrase, QObject *parent = nullptr);
    ~HorizonTestServer() override;

    bool listen();
    QString url() const; // http://127.0.0.1:PORT

    // Creates the account or sets these fields of it (its trustlines stay).
    void setAccount(const QString &id, std::int64_t balance, std::int64_t sequence, int subentries = 0)
    {
        Account &a = m_accounts[id];
        a.balance = balance;
        a.sequence = sequence;
        a.subentries = subentries;
    }
    // Sets the account's line of line.code:line.issuer; a new one raises its
    // subentries as on the ledger. The account must exist.
    void setTrustline(const QString &id, const Trustline &line);
    // The account's line of code:issuer, if it has one.
    std::optional<Trustline> trustline(const QString &id, const std::string &code, const std::string &issuer) const;
    // Sets the account's data entry (a new one raises its subentries), or
    // deletes it with nullopt. The account must exist.
    void setDataEntry(const QString &id, const std::string &name, const std::optional<QByteArray> &value);
    bool hasAccount(const QString &id) const { return m_accounts.count(id) > 0; }
    Account account(const QString &id) const { return m_accounts.at(id); }
    // The ledger's close time, Unix seconds.
    void setCloseTime(std::int64_t seconds) { m_closeTime = seconds; }
    void setBaseFee(std::int64_t stroops) { m_baseFee = stroops; }
    void setFeeP90(std::int64_t stroops) { m_p90 = stroops; }
    void holdSubmissions(bool hold) { m_hold = hold; }
    // The fee rate a ledger takes now (0: the base fee); held transactions
    // at or above a lowered one go in (without the ledger clock at once,
    // each in a ledger of its own).
    void setSurgeFee(std::int64_t stroops);
    // The hashes of the transactions held under the surge.
    std::vector<QByteArray> held() const;

    // Closes a ledger every intervalMs with what was queued through
    // /transactions_async since (0 stops it).
    void setLedgerClock(int intervalMs);
    const std::vector<int> &ledgerSizes() const { return m_ledgerSizes; }

    int posts() const { return m_posts; }
    const std::map<QByteArray, Transaction> &ledgerTransactions() const { return m_transactions; }

private:
    struct Refusal {
        QByteArray txCode;
        QByteArray opCode;
        QByteArray resultXdr;
    };
    // A posted envelope: a transaction, or a fee bump and its inner.
    struct Envelope {
        exchange::stellar::PaymentTransaction tx; // a bump's inner
        std::optional<exchange::stellar::FeeBumpTransaction> bump;
        QByteArray hash;      // hex: the bump's, else the transaction's
        QByteArray innerHash; // hex: the transaction's
        QByteArray base64;
        QString source;       // whose sequence number it uses
        std::int64_t rate() const; // fee per operation
    };
    struct Queued {
        QByteArray hash;
        QString source;
        QByteArray envelope;
        QByteArray innerHash;
        std::int64_t rate = 0;
    };
    std::optional<Envelope> decode(const QString &base64) const;
    QByteArray submit(const QByteArray &form, int &status);
    QByteArray submitAsync(const QByteArray &form, int &status);
    // A fee bump of the transaction held or queued from its source replaces
    // it (true), or is refused (refusal set); false: none to replace.
    bool replaceByFee(const Envelope &e, std::optional<Refusal> &refusal);
    // What stellar-core refuses before a ledger (signatures, source, time
    // bounds, fee, sequence = the account's + 1 + queued), or nothing.
    std::optional<Refusal> precheck(const Envelope &e, std::int64_t queued) const;
    // Into ledger `ledger`: the fee and sequence taken, the operation applied.
    Transaction include(const Envelope &e, std::int64_t ledger);
    QByteArray transactionJson(const QByteArray &asked, const QByteArray &hash, const Transaction &t) const;
    void closeLedger();
    // The operation's result code (0 success) and Horizon's name for it,
    // applying it to the accounts when it succeeds.
    std::pair<std::int32_t, QByteArray> applyPayment(const exchange::stellar::PaymentTransaction &tx, Account &from, std::int64_t ledger);
    std::pair<std::int32_t, QByteArray> applyChangeTrust(const exchange::stellar::PaymentTransaction &tx, Account &from);
    std::pair<std::int32_t, QByteArray> applyManageData(const exchange::stellar::PaymentTransaction &tx, Account &from);
    // Removes `from` when it succeeds.
    std::pair<std::int32_t, QByteArray> applyAccountMerge(const exchange::stellar::PaymentTransaction &tx,
                                                          std::map<QString, Account>::iterator from);

    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_passphrase;
    std::map<QString, Account> m_accounts;
    std::map<QByteArray, Transaction> m_transactions; // by hex hash
    std::int64_t m_ledger = 1000;
    std::int64_t m_closeTime = 1'700'000'000;
    std::int64_t m_baseFee = 100;
    std::int64_t m_p90 = 100;
    bool m_hold = false;
    int m_posts = 0;
    QTimer m_ledgerTimer;
    std::vector<Queued> m_queue;
    std::vector<Queued> m_held; // under the surge
    std::map<QByteArray, QByteArray> m_innerHashes; // an applied bump's inner hash -> its hash
    std::int64_t m_surgeFee = 0;
    std::vector<int> m_ledgerSizes;
};
