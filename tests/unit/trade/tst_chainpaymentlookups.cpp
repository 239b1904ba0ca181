// AlgorandPaymentLookup and HorizonPaymentLookup against an Algorand indexer
// and a Horizon played by QHttpServer on 127.0.0.1: exact amounts (an
// integer beyond 2^53, Horizon's 7-decimal strings), only native payments
// count, several sources fund nobody, unknown ids and broken nodes; for
// manual payouts also the fee paid, a failed transaction, and a payment in
// another asset (an ASA, a Stellar credit) named as such.
#include "core/chains/algorandpaymentlookup.h"
#include "core/chains/horizonpaymentlookup.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::chains;

namespace {
const QString kSender = QStringLiteral("GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7");
const QString kOther = QStringLiteral("GDVEU3DD4KOFECV66VIHWEZOYX4ZKR3WV27L464SIIPOU2IUI3JCZA57");
const QString kExchange = QStringLiteral("GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H");
const QString kAlgoSender = QStringLiteral("5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU");
const QString kAlgoExchange = QStringLiteral("YHXUV352GCLM6ESZAYC4C5RKFT6VIXHSREEDHN5H23EFGMU6ZJGX7ZU4MM");

QJsonObject nativePayment(const QString &from, const QString &to, const QString &amount)
{
    return {{QStringLiteral("type"), QStringLiteral("payment")}, {QStringLiteral("asset_type"), QStringLiteral("native")},
            {QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("amount"), amount},
            {QStringLiteral("transaction_successful"), true}};
}

// A Horizon operations page QJsonObject cannot write: a native payment to
// the exchange with "amount" twice (1 XLM, then 1,000).
QByteArray horizonTwiceBody()
{
    return "{\"_embedded\":{\"records\":[{\"type\":\"payment\",\"asset_type\":\"native\",\"from\":\"" + kSender.toUtf8()
           + "\",\"to\":\"" + kExchange.toUtf8()
           + "\",\"amount\":\"1.0000000\",\"amount\":\"1000.0000000\",\"transaction_successful\":true}]}}";
}

// An indexer answer QJsonObject cannot write: "amount" twice (1 ALGO, then
// 1,000), or 257 ALGO written as a fraction of microalgos.
QByteArray algorandPayBody(const QString &id)
{
    const QByteArray amount = id == u"TWICE" ? "\"amount\":1000000,\"amount\":1000000000" : "\"amount\":257000000.0";
    return "{\"current-round\":130,\"transaction\":{\"id\":\"" + id.toUtf8() + "\",\"sender\":\"" + kAlgoSender.toUtf8()
           + "\",\"confirmed-round\":123,\"fee\":1000,\"tx-type\":\"pay\",\"payment-transaction\":{\"receiver\":\""
           + kAlgoExchange.toUtf8() + "\"," + amount + "}}}";
}
}

class TestChainPaymentLookups final : public QObject
{
    Q_OBJECT

    QHttpServer m_node;
    QUrl m_url;

    static Result<Payment> ask(PaymentLookup &lookup, Chain chain, const QString &tx, const QString &to,
                               const AssetIdentity &asset = AssetIdentity::native())
    {
        std::optional<Result<Payment>> answer;
        lookup.lookup(PaymentQuery{chain, tx.toStdString(), {}, to.toStdString(), asset},
                      [&](Result<Payment> r) { answer = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000); }();
        if (!answer)
            return Error{ErrorCode::Internal, "no answer"};
        return *answer;
    }

private slots:
    void initTestCase()
    {
        m_node.route(QStringLiteral("/v2/transactions/<arg>"), [](const QString &id) {
            if (id == u"GARBAGE")
                return QHttpServerResponse(QByteArray("<html>"), QHttpServerResponse::StatusCode::Ok);
            if (id == u"TWICE" || id == u"FRACTION")
                return QHttpServerResponse(QByteArray("application/json"), algorandPayBody(id), QHttpServerResponse::StatusCode::Ok);
            if (id == u"PAY" || id == u"HUGE" || id == u"AXFER" || id == u"CLAWBACK") {
                QJsonObject tx{{QStringLiteral("id"), id},
                               {QStringLiteral("sender"), kAlgoSender},
                               {QStringLiteral("confirmed-round"), 123},
                               {QStringLiteral("fee"), 1000},
                               {QStringLiteral("tx-type"), id.startsWith(u'A') || id == u"CLAWBACK" ? QStringLiteral("axfer") : QStringLiteral("pay")}};
                if (id == u"AXFER")
                    tx.insert(QStringLiteral("asset-transfer-transaction"),
                              QJsonObject{{QStringLiteral("asset-id"), 31566704}, {QStringLiteral("receiver"), kAlgoExchange},
                                          {QStringLiteral("amount"), 5000000}});
                else if (id == u"CLAWBACK") // the clawback address sends kAlgoExchange's holding to kAlgoSender
                    tx.insert(QStringLiteral("asset-transfer-transaction"),
                              QJsonObject{{QStringLiteral("asset-id"), 31566704}, {QStringLiteral("receiver"), kAlgoSender},
                                          {QStringLiteral("sender"), kAlgoExchange}, {QStringLiteral("amount"), 7}});
                else
                    tx.insert(QStringLiteral("payment-transaction"),
                              QJsonObject{{QStringLiteral("receiver"), kAlgoExchange},
                                          {QStringLiteral("amount"), id == u"HUGE" ? QJsonValue(qint64(9007199254740993LL))
                                                                                   : QJsonValue(257000000)}});
                return QHttpServerResponse(QJsonObject{{QStringLiteral("current-round"), 130}, {QStringLiteral("transaction"), tx}});
            }
            return QHttpServerResponse(QJsonObject{{QStringLiteral("message"), QStringLiteral("no transaction found")}},
                                       QHttpServerResponse::StatusCode::NotFound);
        });
        m_node.route(QStringLiteral("/transactions/<arg>/operations"), [](const QString &hash) {
            if (hash == u"ff")
                return QHttpServerResponse(QByteArray("application/json"), horizonTwiceBody(), QHttpServerResponse::StatusCode::Ok);
            QJsonArray records;
            if (hash == u"aa") {
                QJsonObject first = nativePayment(kSender, kExchange, QStringLiteral("12.5000000"));
                first.insert(QStringLiteral("transaction"), QJsonObject{{QStringLiteral("fee_charged"), QStringLiteral("200")}});
                records.append(first);
                QJsonObject credit = nativePayment(kSender, kExchange, QStringLiteral("1000.0000000"));
                credit.insert(QStringLiteral("asset_type"), QStringLiteral("credit_alphanum4"));
                records.append(credit);
                records.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("create_account")},
                                           {QStringLiteral("funder"), kSender},
                                           {QStringLiteral("account"), kExchange},
                                           {QStringLiteral("starting_balance"), QStringLiteral("1.0000001")},
                                           {QStringLiteral("transaction_successful"), true}});
                records.append(nativePayment(kSender, kOther, QStringLiteral("99.0000000")));
            } else if (hash == u"dd") {
                QJsonObject credit = nativePayment(kSender, kExchange, QStringLiteral("1000.0000000"));
                credit.insert(QStringLiteral("asset_type"), QStringLiteral("credit_alphanum4"));
                credit.insert(QStringLiteral("asset_code"), QStringLiteral("USDC"));
                credit.insert(QStringLiteral("asset_issuer"), kOther);
                records.append(credit);
            } else if (hash == u"gg") {
                // A path payment: the destination received 50 USDC; the
                // sender spent 49 XLM for it.
                QJsonObject path = nativePayment(kSender, kExchange, QStringLiteral("50.0000000"));
                path.insert(QStringLiteral("type"), QStringLiteral("path_payment_strict_send"));
                path.insert(QStringLiteral("asset_type"), QStringLiteral("credit_alphanum4"));
                path.insert(QStringLiteral("asset_code"), QStringLiteral("USDC"));
                path.insert(QStringLiteral("asset_issuer"), kOther);
                path.insert(QStringLiteral("source_amount"), QStringLiteral("49.0000000"));
                path.insert(QStringLiteral("source_asset_type"), QStringLiteral("native"));
                records.append(path);
            } else if (hash == u"ee") {
                QJsonObject failed = nativePayment(kSender, kExchange, QStringLiteral("5.0000000"));
                failed.insert(QStringLiteral("transaction_successful"), false);
                records.append(failed);
            } else if (hash == u"bb") {
                records.append(nativePayment(kSender, kExchange, QStringLiteral("1.0000000")));
                records.append(nativePayment(kOther, kExchange, QStringLiteral("1.0000000")));
            } else {
                return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), 404}}, QHttpServerResponse::StatusCode::NotFound);
            }
            return QHttpServerResponse(QJsonObject{{QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("records"), records}}}});
        });
        const quint16 port = m_node.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    void algorandPayment()
    {
        AlgorandPaymentLookup lookup(m_url);
        auto p = ask(lookup, Chain::Algorand, QStringLiteral("PAY"), kAlgoExchange);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(QString::fromStdString(p->from), kAlgoSender);
        QCOMPARE(QString::fromStdString(p->to), kAlgoExchange);
        QCOMPARE(p->amount, Amount::fromBaseUnits(257000000)); // 257 ALGO
        QVERIFY(p->confirmed);
        QVERIFY(p->succeeded);
        QVERIFY(p->otherAsset.empty());
        QCOMPARE(p->fee.value_or(Amount::zero()), Amount::fromBaseUnits(1000));
        // Exact beyond a double's 53 bits.
        QCOMPARE(ask(lookup, Chain::Algorand, QStringLiteral("HUGE"), kAlgoExchange)->amount,
                 Amount::fromBaseUnits(9007199254740993LL));
        // An asset transfer pays no ALGO to anyone.
        auto axfer = ask(lookup, Chain::Algorand, QStringLiteral("AXFER"), kAlgoExchange);
        QVERIFY(axfer.ok());
        QVERIFY(axfer->to.empty());
        QCOMPARE(axfer->amount, Amount::zero());
        QCOMPARE(axfer->otherAsset, std::string("ASA 31566704"));
        // The ASA asked for: its transfer is the payment.
        const AssetIdentity asa = AssetIdentity::algorandAsa(31566704);
        auto asked = ask(lookup, Chain::Algorand, QStringLiteral("AXFER"), kAlgoExchange, asa);
        QVERIFY2(asked.ok(), asked.ok() ? "" : asked.error().message.c_str());
        QCOMPARE(QString::fromStdString(asked->from), kAlgoSender);
        QCOMPARE(QString::fromStdString(asked->to), kAlgoExchange);
        QCOMPARE(asked->amount, Amount::fromBaseUnits(5000000));
        QVERIFY(asked->otherAsset.empty());
        // Another ASA, or ALGO, when this ASA is asked for: another asset.
        auto other = ask(lookup, Chain::Algorand, QStringLiteral("AXFER"), kAlgoExchange, AssetIdentity::algorandAsa(31566705));
        QCOMPARE(other->otherAsset, std::string("ASA 31566704"));
        QCOMPARE(other->amount, Amount::zero());
        auto algo = ask(lookup, Chain::Algorand, QStringLiteral("PAY"), kAlgoExchange, asa);
        QCOMPARE(algo->otherAsset, std::string("ALGO"));
        QCOMPARE(algo->amount, Amount::zero());
        // A clawback moves the holding of the account clawed from.
        auto clawback = ask(lookup, Chain::Algorand, QStringLiteral("CLAWBACK"), kAlgoSender, asa);
        QCOMPARE(QString::fromStdString(clawback->from), kAlgoExchange);
        QCOMPARE(clawback->amount, Amount::fromBaseUnits(7));
        QCOMPARE(ask(lookup, Chain::Algorand, QStringLiteral("NOPE"), kAlgoExchange).error().code, ErrorCode::NotFound);
        QCOMPARE(ask(lookup, Chain::Algorand, QStringLiteral("GARBAGE"), kAlgoExchange).error().code, ErrorCode::Unavailable);
        // Two amounts are neither; an amount in microalgos has no fraction.
        QCOMPARE(ask(lookup, Chain::Algorand, QStringLiteral("TWICE"), kAlgoExchange).error().code, ErrorCode::Unavailable);
        QCOMPARE(ask(lookup, Chain::Algorand, QStringLiteral("FRACTION"), kAlgoExchange).error().code, ErrorCode::Unavailable);
    }

    void horizonPayment()
    {
        HorizonPaymentLookup lookup(m_url);
        // 12.5 native + 1.0000001 account creation to the exchange; the
        // credit asset and the payment to someone else do not count.
        auto p = ask(lookup, Chain::Stellar, QStringLiteral("aa"), kExchange);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(QString::fromStdString(p->from), kSender);
        QCOMPARE(p->amount, Amount::fromBaseUnits(135000001));
        QVERIFY(p->confirmed);
        QVERIFY(p->succeeded);
        QVERIFY(p->otherAsset.empty()); // the lumens count; the credit beside them does not
        QCOMPARE(p->fee.value_or(Amount::zero()), Amount::fromBaseUnits(200));
        // Only a credit asset to the exchange: named, no lumens.
        auto credit = ask(lookup, Chain::Stellar, QStringLiteral("dd"), kExchange);
        QVERIFY(credit.ok());
        QCOMPARE(credit->amount, Amount::zero());
        QCOMPARE(QString::fromStdString(credit->otherAsset), QStringLiteral("USDC:") + kOther);
        // The credit asked for (code and issuer): read as the payment.
        const AssetIdentity usdc = AssetIdentity::stellarCredit("USDC", kOther.toStdString());
        auto asked = ask(lookup, Chain::Stellar, QStringLiteral("dd"), kExchange, usdc);
        QVERIFY2(asked.ok(), asked.ok() ? "" : asked.error().message.c_str());
        QCOMPARE(QString::fromStdString(asked->from), kSender);
        QCOMPARE(asked->amount, Amount::fromBaseUnits(10000000000LL)); // 1,000 USDC
        QVERIFY(asked->otherAsset.empty());
        // The same code of another issuer is another asset.
        auto forged = ask(lookup, Chain::Stellar, QStringLiteral("dd"), kExchange, AssetIdentity::stellarCredit("USDC", kSender.toStdString()));
        QCOMPARE(forged->amount, Amount::zero());
        QCOMPARE(QString::fromStdString(forged->otherAsset), QStringLiteral("USDC:") + kOther);
        // A path payment counts what the destination received.
        auto path = ask(lookup, Chain::Stellar, QStringLiteral("gg"), kExchange, usdc);
        QCOMPARE(path->amount, Amount::fromBaseUnits(500000000LL));
        // Lumens, when USDC is asked for, are another asset.
        auto lumens = ask(lookup, Chain::Stellar, QStringLiteral("bb"), kExchange, usdc);
        QVERIFY(lumens.ok());
        QCOMPARE(lumens->amount, Amount::zero());
        QCOMPARE(lumens->otherAsset, std::string("lumens"));
        // A failed transaction moved nothing.
        auto failed = ask(lookup, Chain::Stellar, QStringLiteral("ee"), kExchange);
        QVERIFY(failed.ok());
        QVERIFY(!failed->succeeded);
        QCOMPARE(failed->amount, Amount::zero());
        QCOMPARE(ask(lookup, Chain::Stellar, QStringLiteral("bb"), kExchange).error().code, ErrorCode::NotFound);
        QCOMPARE(ask(lookup, Chain::Stellar, QStringLiteral("cc"), kExchange).error().code, ErrorCode::NotFound);
        // A record with two amounts is neither: the answer is nonsense.
        QCOMPARE(ask(lookup, Chain::Stellar, QStringLiteral("ff"), kExchange).error().code, ErrorCode::Unavailable);
        HorizonPaymentLookup down(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(ask(down, Chain::Stellar, QStringLiteral("aa"), kExchange).error().code, ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestChainPaymentLookups)
#include "tst_chainpaymentlookups.moc"
