// The one exact JSON reader: numbers as their text, the exact bytes of each
// value, the rules it refuses a document for, and a page of records where
// one bad record is refused with its own error while the others are read.
#include "core/encoding/exactjson.h"

#include <QTest>

using namespace exchange;
using namespace exchange::encoding;

namespace {

// Test data lives outside the class: moc does not read raw string literals,
// and their brackets and quotes would lose it in the class body.
void numbersAreKeptAsWrittenRows();
void refusesMalformedJsonRows();
void badRecordIsSkippedWithItsErrorRows();
void brokenPageIsRefusedRows();
QByteArray amountDocument(const QByteArray &number);
std::string signedBody();
std::string escapedStrings();
QByteArray pageWith(const QByteArray &badRecord);
std::string duplicateInList();
std::string duplicateInSecond();
QByteArray nested(int depth);

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

class TestExactJson final : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreKeptAsWritten_data() { numbersAreKeptAsWrittenRows(); }

    void numbersAreKeptAsWritten()
    {
        QFETCH(QByteArray, number);
        const QByteArray doc = amountDocument(number);
        auto json = parseJson(view(doc));
        QVERIFY2(json.ok(), json.ok() ? "" : json.error().message.c_str());
        const JsonValue *amount = json->member("amount");
        QVERIFY(amount);
        QCOMPARE(amount->kind, JsonValue::Kind::Number);
        QCOMPARE(QByteArray::fromStdString(amount->text), number);
        QCOMPARE(QByteArray(amount->raw.data(), static_cast<qsizetype>(amount->raw.size())), number);
    }

    void rawBytesAreKept()
    {
        const std::string body = signedBody();
        auto doc = parseJson(body);
        QVERIFY(doc.ok());
        QCOMPARE(std::string(doc->member("payload")->raw), std::string("{\"a\" : 1.50 , \"b\":\"c\"}"));
        QCOMPARE(doc->member("payload")->member("a")->text, std::string("1.50"));
    }

    void stringsAreDecoded()
    {
        auto doc = parseJson(escapedStrings());
        QVERIFY(doc.ok());
        QCOMPARE(doc->items.size(), std::size_t(3));
        QCOMPARE(doc->items[0].text, std::string("caf\xC3\xA9"));
        QCOMPARE(doc->items[1].text, std::string("\xF0\x9F\x98\x80"));
        QCOMPARE(doc->items[2].text, std::string("a/b\n"));
    }

    void refusesMalformedJson_data() { refusesMalformedJsonRows(); }

    void refusesMalformedJson()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        auto doc = parseJson(view(input));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::InvalidInput);
        QVERIFY2(QString::fromStdString(doc.error().message).contains(mentions), doc.error().message.c_str());
    }

    void depthLimitIs32()
    {
        const QByteArray deepest = nested(33); // depths 0 to 32
        QVERIFY(parseJson(view(deepest)).ok());
        const QByteArray deeper = nested(34);
        QVERIFY(!parseJson(view(deeper)).ok());
    }

    // One bad record in a page: refused with its own error, the others read.
    void badRecordIsSkippedWithItsError_data() { badRecordIsSkippedWithItsErrorRows(); }

    void badRecordIsSkippedWithItsError()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, mentions);
        const QByteArray page = pageWith(bad);
        QVERIFY(!parseJson(view(page)).ok()); // one reader, one rule: strict refuses the page

        auto doc = parseJsonRecords(view(page), {"records"});
        QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().message.c_str());
        QCOMPARE(doc->member("cursor")->text, std::string("7"));
        const auto &records = doc->member("records")->items;
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].member("amount")->text, std::string("5.5"));
        QCOMPARE(records[1].kind, JsonValue::Kind::Invalid);
        QVERIFY2(QString::fromStdString(records[1].text).contains(mentions), records[1].text.c_str());
        QCOMPARE(QByteArray(records[1].raw.data(), static_cast<qsizetype>(records[1].raw.size())), bad);
        QVERIFY(records[1].members.empty());
        QCOMPARE(records[2].member("id")->text, std::string("3"));
        QCOMPARE(records[2].member("amount")->text, std::string("123456789012345678901234567890.000000000000000001"));
    }

    // What leaves a record's end unknown, or lies outside the records,
    // still refuses the whole page: nothing is guessed.
    void brokenPageIsRefused_data() { brokenPageIsRefusedRows(); }

    void brokenPageIsRefused()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!parseJsonRecords(view(input), {"records"}).ok());
    }

    // Ethereum's eth_getLogs answer is a list under "result"; a batch
    // answer is itself the list.
    void recordsOfADocumentThatIsTheList()
    {
        auto doc = parseJsonRecords(duplicateInSecond(), {});
        QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().message.c_str());
        QCOMPARE(doc->items.size(), std::size_t(3));
        QCOMPARE(doc->items[0].member("n")->text, std::string("1"));
        QCOMPARE(doc->items[1].kind, JsonValue::Kind::Invalid);
        QCOMPARE(doc->items[2].member("n")->text, std::string("3"));
    }

    void strictReaderNeverMarksRecords()
    {
        auto doc = parseJson(std::string_view(duplicateInList()));
        QVERIFY(!doc.ok());
        QVERIFY(QString::fromStdString(doc.error().message).contains(QStringLiteral("twice")));
    }
};

namespace {

QByteArray amountDocument(const QByteArray &number)
{
    return R"({"amount": )" + number + "}";
}

std::string signedBody()
{
    return R"({"sig":"x", "payload" : {"a" : 1.50 , "b":"c"} })";
}

std::string escapedStrings()
{
    return R"(["caf\u00e9", "\ud83d\ude00", "a\/b\n"])";
}

// A page of three records with `badRecord` in the middle.
QByteArray pageWith(const QByteArray &badRecord)
{
    return R"({"cursor":"7","records":[{"id":"1","amount":"5.5"}, )" + badRecord
           + R"( ,{"id":"3","amount":"123456789012345678901234567890.000000000000000001"}]})";
}

std::string duplicateInSecond()
{
    return R"([{"n":1}, {"n":2,"n":20}, {"n":3}])";
}

std::string duplicateInList()
{
    return R"([{"a":1,"a":2}])";
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

void numbersAreKeptAsWrittenRows()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("30 digits, 18 decimals") << QByteArray("123456789012345678901234567890.000000000000000001");
    QTest::newRow("uint64 max + 1") << QByteArray("18446744073709551616");
    QTest::newRow("negative zero") << QByteArray("-0");
    QTest::newRow("trailing zeros") << QByteArray("1.50");
    // Beyond a double's range: kept as text, never Infinity; the
    // caller's exact parser refuses an exponent where it expects an amount.
    QTest::newRow("1e400") << QByteArray("1e400");
    QTest::newRow("tiny") << QByteArray("-2.5E-400");
}

void refusesMalformedJsonRows()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    // A payment with two "amount" keys must not be read as either.
    QTest::newRow("duplicate key") << QByteArray(R"({"amount":"1","to":"x","amount":"1000"})") << QStringLiteral("member \"amount\" given twice");
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)") << QStringLiteral("after the JSON value");
    QTest::newRow("second document") << QByteArray(R"({"a":1}{"a":2})") << QStringLiteral("after the JSON value");
    QTest::newRow("leading zero") << QByteArray("[01]") << QStringLiteral("expected ','");
    QTest::newRow("bad utf8") << QByteArray("[\"\xC3\x28\"]") << QStringLiteral("invalid UTF-8");
    QTest::newRow("overlong utf8") << QByteArray("[\"\xC0\xAF\"]") << QStringLiteral("invalid UTF-8");
    QTest::newRow("utf8 surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << QStringLiteral("invalid UTF-8");
    QTest::newRow("lone surrogate") << QByteArray(R"(["\ud800"])") << QStringLiteral("unpaired surrogate");
    QTest::newRow("unterminated") << QByteArray(R"({"a":"b)") << QStringLiteral("unterminated");
    QTest::newRow("33 deep") << nested(34) << QStringLiteral("too deep");
    QTest::newRow("nan") << QByteArray("[NaN]") << QStringLiteral("unexpected character");
    QTest::newRow("infinity") << QByteArray("[1, -Infinity]") << QStringLiteral("bad number");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("unexpected end");
    QTest::newRow("trailing comma") << QByteArray("[1,]") << QStringLiteral("unexpected character");
}

void badRecordIsSkippedWithItsErrorRows()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("two amounts") << QByteArray(R"({"id":"2","amount":"1","amount":"1000"})") << QStringLiteral("member \"amount\" given twice");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"id\":\"2\",\"memo\":\"\xFF\"}") << QStringLiteral("invalid UTF-8");
    QTest::newRow("bad escape") << QByteArray(R"({"id":"2","memo":"\x41"})") << QStringLiteral("bad escape");
    QTest::newRow("too deep") << QByteArray(R"({"id":"2","x":)") + nested(40) + "}"
                              << QStringLiteral("too deep");
    QTest::newRow("bad inner item") << QByteArray(R"({"id":"2","inner":[{"a":1,"a":2}]})") << QStringLiteral("member \"a\" given twice");
}

void brokenPageIsRefusedRows()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("unterminated string in a record") << QByteArray(R"({"records":[{"id":"1"},{"id":"2}]})");
    QTest::newRow("missing comma in a record") << QByteArray(R"({"records":[{"id":"1"},{"id":"2" "amount":"3"}]})");
    QTest::newRow("unbalanced record") << QByteArray(R"({"records":[{"id":"1"},{"id":["2"}]})");
    QTest::newRow("duplicate outside the records") << QByteArray(R"({"cursor":"1","cursor":"2","records":[]})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"records":[{"id":"1"}]} x)");
    QTest::newRow("trailing comma") << QByteArray(R"({"records":[{"id":"1"},]})");
    QTest::newRow("bad item of another list") << QByteArray(R"({"records":[{"id":"1"}],"other":[{"a":1,"a":2}]})");
    QTest::newRow("too deep outside the records") << QByteArray(R"({"records":[],"x":)") + nested(40) + "}";
    QTest::newRow("bad item in a record's list") << QByteArray(R"({"records":[{"id":"1","inner":[1,01]}]})");
    QTest::newRow("empty item") << QByteArray(R"({"records":[{"id":"1"},,{"id":"2"}]})");
}

} // namespace

QTEST_APPLESS_MAIN(TestExactJson)
#include "tst_exactjson.moc"
