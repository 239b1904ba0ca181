// RFC 6238 appendix B vectors (SHA-1, secret "12345678901234567890"), the
// ±1 step window, the otpauth:// URI, and Argon2id password hashing.

#include "core/crypto/base32.h"
#include "core/security/passwordhasher.h"
#include "core/security/totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace exchange;
using namespace exchange::security;

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void windowIsOneStepEitherSide();
    void provisioningUri();
    void secretsAreRandom();
    void passwordHashIsArgon2idAndVerifies();
};

namespace {
const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
}

void TestTotp::rfc6238Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code8");
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestTotp::rfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, code8);
    QCOMPARE(QString::fromStdString(Totp::codeAt(kRfcSecret, time, 8)), code8);
    // Six digits are the last six of the eight.
    QCOMPARE(QString::fromStdString(Totp::codeAt(kRfcSecret, time)), code8.right(6));
    QCOMPARE(Totp::matchingStep(kRfcSecret, code8.right(6).toStdString(), time), std::optional<qint64>(time / 30));
}

void TestTotp::windowIsOneStepEitherSide()
{
    // 1111111109 is step 37037036; its code "081804".
    const std::string code = "081804";
    QCOMPARE(Totp::matchingStep(kRfcSecret, code, 1111111109 + 30), std::optional<qint64>(37037036));
    QCOMPARE(Totp::matchingStep(kRfcSecret, code, 1111111109 - 30), std::optional<qint64>(37037036));
    QCOMPARE(Totp::matchingStep(kRfcSecret, code, 1111111109 + 60), std::optional<qint64>());
    QCOMPARE(Totp::matchingStep(kRfcSecret, code, 1111111109 - 60), std::optional<qint64>());
    QCOMPARE(Totp::matchingStep(kRfcSecret, "81804", 1111111109), std::optional<qint64>());
    QCOMPARE(Totp::matchingStep(kRfcSecret, "", 1111111109), std::optional<qint64>());
}

void TestTotp::provisioningUri()
{
    const QString uri = Totp::provisioningUri(QStringLiteral("Exchange Console"), QStringLiteral("alice"), kRfcSecret);
    const QUrl url(uri);
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/Exchange%20Console:alice?")));
    const QUrlQuery query(url);
    // RFC 4648 base32 of "12345678901234567890".
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Exchange Console"));
    QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
}

void TestTotp::secretsAreRandom()
{
    const QByteArray a = Totp::generateSecret();
    QCOMPARE(a.size(), 20);
    QVERIFY(a != Totp::generateSecret());
}

void TestTotp::passwordHashIsArgon2idAndVerifies()
{
    auto hash = PasswordHasher::hash(QByteArrayLiteral("correct horse"));
    QVERIFY(hash.ok());
    QVERIFY(hash.value().rfind("$argon2id$", 0) == 0);
    QVERIFY(hash.value().find("correct horse") == std::string::npos);
    QVERIFY(PasswordHasher::verify(hash.value(), QByteArrayLiteral("correct horse")));
    QVERIFY(!PasswordHasher::verify(hash.value(), QByteArrayLiteral("correct horsf")));
    // Salted: the same password hashes differently each time.
    QVERIFY(PasswordHasher::hash(QByteArrayLiteral("correct horse")).value() != hash.value());
    QCOMPARE(PasswordHasher::hash(QByteArrayLiteral("short")).error().code, ErrorCode::InvalidInput);
}

QTEST_APPLESS_MAIN(TestTotp)
#include "tst_totp.moc"
