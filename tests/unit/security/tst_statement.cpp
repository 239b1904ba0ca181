// The canonical statement operators sign: one spelling per decision, a
// value can never add a line of its own, anything not written by
// canonical() is refused; and DecisionSigner signs as RFC 8032 says.

#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"
#include "core/security/decisionsigner.h"
#include "core/security/securebuffer.h"
#include "core/security/statement.h"

#include <QTest>

using namespace exchange;
using namespace exchange::security;

class TestStatement : public QObject
{
    Q_OBJECT
private slots:
    void canonicalTextIsExact();
    void valuesCannotStartALine();
    void readsBackWhatItWrote();
    void refusesWhatItDidNotWrite_data();
    void refusesWhatItDidNotWrite();
    void badKeysAreBugs();
    void signerFollowsRfc8032_data();
    void signerFollowsRfc8032();
};

void TestStatement::canonicalTextIsExact()
{
    Statement s("withdrawal.approve");
    s.add("withdrawal", 42).add("destination", "GABC").add("amount_units", "60000000000");
    QCOMPARE(s.canonical(), QByteArray("exchange-console statement 1\n"
                                       "kind=withdrawal.approve\n"
                                       "withdrawal=42\n"
                                       "destination=GABC\n"
                                       "amount_units=60000000000\n"));
    QCOMPARE(s.hash(), crypto::sha256(s.canonical()));
    // The order is part of the statement.
    Statement swapped("withdrawal.approve");
    swapped.add("destination", "GABC").add("withdrawal", 42).add("amount_units", "60000000000");
    QVERIFY(swapped.canonical() != s.canonical());
    QVERIFY(!(swapped == s));
}

void TestStatement::valuesCannotStartALine()
{
    Statement s("withdrawal.reject");
    s.add("note", "fraud\nkind=withdrawal.approve\r%41\x7f");
    QCOMPARE(s.canonical(), QByteArray("exchange-console statement 1\n"
                                       "kind=withdrawal.reject\n"
                                       "note=fraud%0Akind=withdrawal.approve%0D%2541%7F\n"));
    // Not ASCII is kept as it is (UTF-8 bytes).
    Statement u("operator.key");
    u.add("username", "J\xc3\xbcrgen");
    QCOMPARE(u.canonical().split('\n').value(2), QByteArray("username=J\xc3\xbcrgen"));
}

void TestStatement::readsBackWhatItWrote()
{
    Statement s("withdrawal.txid");
    s.add("withdrawal", 7).add("note", "line 1\nline 2 = 100% sure").add("empty", "");
    auto back = Statement::parse(s.canonical());
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QVERIFY(back.value() == s);
    QCOMPARE(back.value().value("note").value(), std::string("line 1\nline 2 = 100% sure"));
    QCOMPARE(back.value().value("empty").value(), std::string());
    QVERIFY(!back.value().value("missing"));
    QCOMPARE(back.value().canonical(), s.canonical());
}

void TestStatement::refusesWhatItDidNotWrite_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray head = "exchange-console statement 1\nkind=withdrawal.approve\n";
    QTest::newRow("no final newline") << QByteArray(head + "withdrawal=1");
    QTest::newRow("other header") << QByteArray("exchange-console statement 2\nkind=a\n");
    QTest::newRow("no kind") << QByteArray("exchange-console statement 1\nwithdrawal=1\n");
    QTest::newRow("kind twice") << QByteArray(head + "kind=withdrawal.reject\n");
    QTest::newRow("key twice") << QByteArray(head + "withdrawal=1\nwithdrawal=2\n");
    QTest::newRow("upper-case key") << QByteArray(head + "Withdrawal=1\n");
    QTest::newRow("no equals") << QByteArray(head + "withdrawal\n");
    QTest::newRow("empty line") << QByteArray(head + "\n");
    QTest::newRow("lower-case escape") << QByteArray(head + "note=a%0a\n");
    QTest::newRow("needless escape") << QByteArray(head + "note=%41\n");
    QTest::newRow("short escape") << QByteArray(head + "note=a%4\n");
    QTest::newRow("raw tab") << QByteArray(head + "note=a\tb\n");
    QTest::newRow("raw carriage return") << QByteArray(head + "note=a\rb\n");
    QTest::newRow("windows line ends") << QByteArray("exchange-console statement 1\r\nkind=a\r\n");
}

void TestStatement::refusesWhatItDidNotWrite()
{
    QFETCH(QByteArray, text);
    QVERIFY(!Statement::parse(text).ok());
}

void TestStatement::badKeysAreBugs()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Statement("Withdrawal"));
    Statement s("a");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.add("kind", "b"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.add("two words", "b"));
    s.add("once", "b");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.add("once", "c"));
}

void TestStatement::signerFollowsRfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    // RFC 8032, section 7.1, tests 1 and 2.
    QTest::newRow("test 1") << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                            << QByteArray()
                            << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2") << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                            << QByteArray::fromHex("72")
                            << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TestStatement::signerFollowsRfc8032()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const SecureBuffer secret(reinterpret_cast<const unsigned char *>(seed.constData()), static_cast<std::size_t>(seed.size()));
    const DecisionSigner signer(7, secret);
    QCOMPARE(signer.operatorId(), 7);
    QCOMPARE(signer.publicKey(), publicKey);
    QCOMPARE(signer.sign(message), signature);
    QVERIFY(crypto::ed25519::verify(publicKey, message, signer.sign(message)));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
