// Server-sent events as the EventSource specification defines them,
// arriving in arbitrary pieces.

#include "core/deposits/ssedecoder.h"

#include <QTest>

using namespace exchange::deposits;

class TestSseDecoder : public QObject
{
    Q_OBJECT
private slots:
    void eventsEndAtABlankLine()
    {
        SseDecoder d;
        auto events = d.feed("id: 1\ndata: {\"a\":1}\n\nid: 2\ndata: x\n\n");
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].id, QByteArray("1"));
        QCOMPARE(events[0].data, QByteArray("{\"a\":1}"));
        QCOMPARE(events[0].type, QByteArray("message"));
        QCOMPARE(events[1].id, QByteArray("2"));
    }
    void piecesAnywhereGiveTheSameEvents()
    {
        const QByteArray stream = "retry: 250\r\n: keep-alive\r\nevent: payment\r\nid: 42\r\ndata: line one\r\ndata: line two\r\n\r\n";
        for (int cut = 1; cut < stream.size(); ++cut) {
            SseDecoder d;
            auto events = d.feed(stream.left(cut));
            for (auto &e : d.feed(stream.mid(cut)))
                events.push_back(e);
            QCOMPARE(events.size(), size_t(1));
            QCOMPARE(events[0].type, QByteArray("payment"));
            QCOMPARE(events[0].data, QByteArray("line one\nline two"));
            QCOMPARE(events[0].id, QByteArray("42"));
            QCOMPARE(d.retryMs().value_or(-1), 250);
        }
    }
    void theIdPersistsAndEmptyEventsAreNotDispatched()
    {
        SseDecoder d;
        auto events = d.feed("id: 7\n\ndata: a\n\n: comment only\n\n");
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].id, QByteArray("7"));
        QCOMPARE(events[0].data, QByteArray("a"));
    }
    void unfinishedEventWaits()
    {
        SseDecoder d;
        QVERIFY(d.feed("data: half").empty());
        QVERIFY(d.feed("\n").empty());
        QCOMPARE(d.feed("\n").size(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
