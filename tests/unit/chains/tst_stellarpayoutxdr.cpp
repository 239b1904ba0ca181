// The Stellar XDR a payout needs beyond a payment: create_account (for a
// destination that does not exist yet) and the TransactionResult of
// Horizon's result_xdr, in words. The vectors were made with
// @stellar/stellar-sdk 15.1.0 (TransactionBuilder + Operation.createAccount,
// xdr.TransactionResult), the version tests/interop pins.

#include "core/chains/stellar/horizonresult.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"

#include <QTest>

using namespace exchange;
using namespace exchange::stellar;

namespace {
// Keypair.fromRawEd25519Seed(sha256("horizon create_account test seed")) creating
// sha256("new account test seed")'s account with 2.5 XLM, fee 100, sequence
// 123456790, time bounds [0, 1700000300], on the test network.
const char *kCreateEnvelope =
    "AAAAAgAAAAC+l1RIoaOjrzij1tFqpf/SRL4J54VJRclzDeC/nBxkOAAAAGQAAAAAB1vNFgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAAAAAA"
    "AABLlDbYRDXkRkmtUoP/XxyvPOctlmADuPAs4qn7QSWjuAAAAAABfXhAAAAAAAAAAAGcHGQ4AAAAQAfI/nmLGY2AAlZuAQos8ep5gSlaVUVStcWapZEs90HL"
    "Gg7qj+4SE7llhh4fzERx8XzT6TkEUNVk7Q4aoXeBZAs=";
const char *kCreateHash = "84d35e17d2b4a59e30fa521b02080162e98c93aa13a37464b4afb7f5a78c7ea6";
} // namespace

class TestStellarPayoutXdr final : public QObject
{
    Q_OBJECT

private slots:
    void createAccountMatchesTheSdk()
    {
        const QByteArray seed = crypto::sha256("horizon create_account test seed");
        const QByteArray newSeed = crypto::sha256("new account test seed");
        PaymentTransaction tx;
        tx.source = StellarAccount::fromString(accountIdFromSeed(seed)).value();
        tx.fee = 100;
        tx.sequence = 123456790;
        tx.timeBounds = TimeBounds{0, 1700000300};
        tx.operation = OperationType::CreateAccount;
        tx.destination = StellarAccount::fromString(accountIdFromSeed(newSeed)).value();
        tx.amount = 25'000'000;
        tx.sign(seed, TestNetworkPassphrase);
        QCOMPARE(tx.envelopeBase64(), std::string(kCreateEnvelope));
        QCOMPARE(tx.hashHex(TestNetworkPassphrase), std::string(kCreateHash));

        auto decoded = PaymentTransaction::fromEnvelopeBase64(kCreateEnvelope);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QVERIFY(decoded.value().operation == OperationType::CreateAccount);
        QCOMPARE(decoded.value().destination.toString(), std::string("GBFZINWYIQ26IRSJVVJIH727DSXTZZZNSZQAHOHQFTRKT62BEWR3RRLF"));
        QCOMPARE(decoded.value().amount, std::int64_t(25'000'000));
        QCOMPARE(decoded.value(), tx);
    }

    void createAccountNeverGoesToAMuxedAccount()
    {
        PaymentTransaction tx;
        tx.source = StellarAccount::fromString("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ").value();
        tx.fee = 100;
        tx.operation = OperationType::CreateAccount;
        tx.destination = StellarAccount::fromString("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ").value();
        tx.amount = 10'000'000;
        QVERIFY(!tx.validate().ok());
        tx.operation = OperationType::Payment;
        QVERIFY(tx.validate().ok());
    }

    void resultXdrInWords_data()
    {
        QTest::addColumn<QString>("xdr");
        QTest::addColumn<QString>("transaction");
        QTest::addColumn<QStringList>("operations");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<QString>("words");
        QTest::newRow("payment underfunded") << QStringLiteral("AAAAAAAAAGT/////AAAAAQAAAAAAAAAB/////gAAAAA=")
                                             << QStringLiteral("tx_failed") << QStringList{QStringLiteral("op_underfunded")}
                                             << qint64(100)
                                             << QStringLiteral("the sender does not hold enough of the asset (of XLM: above its reserve) (op_underfunded)");
        QTest::newRow("create_account low reserve") << QStringLiteral("AAAAAAAAAMj/////AAAAAQAAAAAAAAAA/////QAAAAA=")
                                                    << QStringLiteral("tx_failed") << QStringList{QStringLiteral("op_low_reserve")}
                                                    << qint64(200)
                                                    << QStringLiteral("the account would hold less than its minimum balance (op_low_reserve)");
        QTest::newRow("success") << QStringLiteral("AAAAAAAAAGQAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAA=") << QStringLiteral("tx_success")
                                 << QStringList{QStringLiteral("op_success")} << qint64(100) << QStringLiteral("tx_success");
        QTest::newRow("bad seq") << QStringLiteral("AAAAAAAAAAD////7AAAAAA==") << QStringLiteral("tx_bad_seq") << QStringList{}
                                 << qint64(0) << QStringLiteral("the sequence number is not the account's next (tx_bad_seq)");
    }

    void resultXdrInWords()
    {
        QFETCH(QString, xdr);
        QFETCH(QString, transaction);
        QFETCH(QStringList, operations);
        QFETCH(qint64, fee);
        QFETCH(QString, words);
        auto codes = decodeTransactionResult(xdr.toStdString());
        QVERIFY2(codes.ok(), codes.ok() ? "" : codes.error().message.c_str());
        QCOMPARE(QString::fromStdString(codes.value().transaction), transaction);
        QStringList ops;
        for (const auto &op : codes.value().operations)
            ops << QString::fromStdString(op);
        QCOMPARE(ops, operations);
        QCOMPARE(codes.value().feeCharged, fee);
        QCOMPARE(QString::fromStdString(describeResultCodes(codes.value())), words);
    }

    void truncatedResultXdrIsRefused()
    {
        QVERIFY(!decodeTransactionResult("AAAAAAAAAGT/////AAAAAQ==").ok());
        QVERIFY(!decodeTransactionResult("not base64!").ok());
    }

    // A refusal as Horizon's submission endpoint answers it (problem
    // document, extras.result_codes).
    void refusalCodesFromAProblemDocument()
    {
        const QByteArray body = "{\"type\":\"https://stellar.org/horizon-errors/transaction_failed\",\"title\":\"Transaction Failed\","
                                "\"status\":400,\"extras\":{\"envelope_xdr\":\"AAAA\",\"result_codes\":{\"transaction\":\"tx_failed\","
                                "\"operations\":[\"op_no_destination\"]},"
                                "\"result_xdr\":\"AAAAAAAAAGT/////AAAAAQAAAAAAAAAB////+wAAAAA=\"}}";
        auto codes = refusalCodes(body);
        QVERIFY(codes.has_value());
        QCOMPARE(codes->transaction, std::string("tx_failed"));
        QCOMPARE(codes->operations, std::vector<std::string>{"op_no_destination"});
        QCOMPARE(describeResultCodes(*codes), std::string("the destination account does not exist (op_no_destination)"));
        QVERIFY(!refusalCodes("{\"type\":\"https://stellar.org/horizon-errors/timeout\",\"status\":504}").has_value());
        QVERIFY(!refusalCodes("<html>").has_value());
    }
};

QTEST_GUILESS_MAIN(TestStellarPayoutXdr)
#include "tst_stellarpayoutxdr.moc"
