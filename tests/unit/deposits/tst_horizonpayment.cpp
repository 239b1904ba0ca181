// Horizon payment records, in the format of Horizon's documentation
// ("Payments for Account", with join=transactions): which are deposits to
// the base account, and which are not.

#include "core/deposits/horizonpayment.h"

#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {
const std::string kBase = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const QByteArray kHash = "b9d0b2292c4e09e8eb22d036171491e87b8d2086bf8b265874c8d182cb9c9020";

QByteArray record(const QByteArray &id, const QByteArray &type, const QByteArray &to, const QByteArray &amount,
                  bool successful = true, const QByteArray &assetType = "native",
                  const QByteArray &memoType = "text", const QByteArray &memo = "17")
{
    return "{\"_links\":{\"self\":{\"href\":\"https://horizon.example/operations/" + id + "\"}},"
           "\"id\":\"" + id + "\",\"paging_token\":\"" + id + "\","
           "\"transaction_successful\":" + (successful ? "true" : "false") + ","
           "\"source_account\":\"GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR\","
           "\"type\":\"" + type + "\",\"type_i\":1,\"created_at\":\"2026-11-20T17:46:52Z\","
           "\"transaction_hash\":\"" + kHash + "\",\"asset_type\":\"" + assetType + "\","
           "\"from\":\"GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR\",\"to\":\"" + to + "\","
           "\"amount\":\"" + amount + "\","
           "\"transaction\":{\"hash\":\"" + kHash + "\",\"memo_type\":\"" + memoType + "\",\"memo\":\"" + memo + "\"}}";
}
QByteArray withMuxed(QByteArray json, const QByteArray &muxed, const QByteArray &id)
{
    const QByteArray fields = (muxed.isEmpty() ? QByteArray() : "\"to_muxed\":\"" + muxed + "\",") + "\"to_muxed_id\":\"" + id + "\",";
    return json.replace("\"amount\":", fields + "\"amount\":");
}
} // namespace

class TestHorizonPayment : public QObject
{
    Q_OBJECT
private slots:
    void aNativePaymentToTheBaseIsADeposit()
    {
        // 12884905985 = ledger 3 << 32 | transaction 0 << 12 | operation 1
        auto r = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "99.2000000"), kBase);
        QVERIFY(r.ok());
        QCOMPARE(r.value().pagingToken, std::string("12884905985"));
        QVERIFY(r.value().payment);
        const ObservedPayment &p = *r.value().payment;
        QCOMPARE(p.txid, kHash.toStdString());
        QCOMPARE(p.index, 0);
        QCOMPARE(p.height, std::int64_t(3));
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(992'000'000));
        QCOMPARE(p.memo, std::string("17"));
        QCOMPARE(p.asset, std::string("XLM"));
    }
    void theOperationIndexComesFromTheId()
    {
        // ledger 3, transaction 2, operation 3 -> index 2
        const qulonglong toid = (3ULL << 32) | (2ULL << 12) | 3ULL;
        auto r = parseHorizonPayment(record(QByteArray::number(toid), "payment", QByteArray::fromStdString(kBase), "1.0000000"), kBase);
        QCOMPARE(r.value().payment->index, 2);
    }
    void whatIsNotADeposit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("outgoing") << record("12884905985", "payment", "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR", "5.0000000");
        QTest::newRow("failed") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000", false);
        QTest::newRow("credit asset") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000", true, "credit_alphanum4");
        QTest::newRow("create_account") << record("12884905985", "create_account", QByteArray::fromStdString(kBase), "5.0000000");
    }
    void whatIsNotADeposit()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase);
        QVERIFY(r.ok());
        QVERIFY(!r.value().payment);
        QCOMPARE(r.value().pagingToken, std::string("12884905985")); // the cursor still moves on
    }
    void hashAndIdMemosAreKeptOthersNot()
    {
        auto id = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000", true, "native", "id", "9001"), kBase);
        QCOMPARE(id.value().payment->memo, std::string("9001"));
        auto hash = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000", true, "native", "hash", "AAAA"), kBase);
        QCOMPARE(hash.value().payment->memo, std::string());
    }
    void aPaymentToAMuxedAddressOfTheBaseCarriesItsId()
    {
        // SEP-23's vectors: the base account with id 0 and with 2^63. Horizon
        // writes "to" as the G account and adds to_muxed and to_muxed_id.
        for (const auto &[muxed, id] : {std::pair{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "0"},
                                        std::pair{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK",
                                                  "9223372036854775808"}}) {
            const QByteArray json = withMuxed(record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000", true,
                                                     "native", "none", ""),
                                              muxed, id);
            auto r = parseHorizonPayment(json, kBase);
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            QVERIFY(r.value().payment);
            QCOMPARE(r.value().payment->muxedId, std::string(id));
            QCOMPARE(r.value().payment->to, kBase);
        }
        // Without them, no id.
        auto plain = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000"), kBase);
        QVERIFY(plain.ok() && plain.value().payment && plain.value().payment->muxedId.empty());
    }
    void aMuxedAddressThatIsNotTheBasesOrNotItsIdIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray base = record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000");
        QTest::newRow("id not the address's") << withMuxed(base, "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "7");
        QTest::newRow("id without address") << withMuxed(base, "", "7");
        QTest::newRow("address not M") << withMuxed(base, kBase.c_str(), "0");
    }
    void aMuxedAddressThatIsNotTheBasesOrNotItsIdIsRefused()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    void aMuxedAddressOfAnotherAccountIsRefused()
    {
        // Paid to "to" = our base, but to_muxed is SEP-23's muxed address of
        // kBase while our base is another account.
        const std::string other = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR";
        const QByteArray json = withMuxed(record("12884905985", "payment", QByteArray::fromStdString(other), "5.0000000"),
                                          "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "0");
        auto r = parseHorizonPayment(json, other);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    void malformedRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{not json");
        QTest::newRow("no paging token") << QByteArray("{\"id\":\"1\",\"type\":\"payment\"}");
        QTest::newRow("amount with 8 decimals") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.00000001");
        QTest::newRow("negative amount") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "-1.0000000");
        QTest::newRow("id not a number") << record("abc", "payment", QByteArray::fromStdString(kBase), "1.0000000");
        // Read by the one exact JSON reader: not as either amount, nor with a
        // memo that is not text.
        QTest::newRow("amount twice") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000")
                                             .replace("\"amount\":\"1.0000000\"", "\"amount\":\"1.0000000\",\"amount\":\"1000.0000000\"");
        QTest::newRow("memo not UTF-8") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000", true,
                                                  "native", "text", "\xC3\x28");
    }
    void malformedRecordsAreRefused()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_APPLESS_MAIN(TestHorizonPayment)
#include "tst_horizonpayment.moc"
