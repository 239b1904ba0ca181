// CoreRuntime: jobs run in order on the core thread, results come back on
// the caller's thread, a result for a receiver destroyed meanwhile is
// dropped, and busyChanged() brackets the time the core thread has work
// (what the console's busy indicator shows).

#include "core/runtime/coreruntime.h"

#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

class TestCoreRuntime : public QObject
{
    Q_OBJECT
private slots:
    void jobsRunInOrderOffTheCallersThread();
    void busyWhileAJobRuns();
    void aBurstIsOneBusySpell();
    void resultForADestroyedReceiverIsDropped();
    void aLongReadAsideHoldsNothingUp();
};

void TestCoreRuntime::jobsRunInOrderOffTheCallersThread()
{
    CoreRuntime runtime;
    QList<int> order;
    QThread *ran = nullptr;
    for (int i = 0; i < 5; ++i)
        runtime.post([i, &ran] { ran = QThread::currentThread(); return i; }, this, [&order](int n) { order << n; });
    QTRY_COMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(ran, runtime.thread());
    QVERIFY(ran != QThread::currentThread());
}

void TestCoreRuntime::busyWhileAJobRuns()
{
    CoreRuntime runtime;
    QSignalSpy busy(&runtime, &CoreRuntime::busyChanged);
    QSemaphore started;
    QSemaphore release;
    runtime.run([&] {
        started.release();
        release.acquire();
    });
    QVERIFY(started.tryAcquire(1, 5000));
    QTRY_COMPARE(busy.count(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(runtime.pendingJobs(), 1);
    // Held: still busy, nothing more said.
    QTest::qWait(50);
    QCOMPARE(busy.count(), 1);
    release.release();
    QTRY_COMPARE(busy.count(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(runtime.pendingJobs(), 0);
}

void TestCoreRuntime::aBurstIsOneBusySpell()
{
    CoreRuntime runtime;
    QSignalSpy busy(&runtime, &CoreRuntime::busyChanged);
    QSemaphore release;
    runtime.run([&] { release.acquire(); });
    int done = 0;
    for (int i = 0; i < 100; ++i)
        runtime.post([] { return 0; }, this, [&done](int) { ++done; });
    release.release();
    QTRY_COMPARE(done, 100);
    QTRY_COMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestCoreRuntime::resultForADestroyedReceiverIsDropped()
{
    CoreRuntime runtime;
    QSemaphore release;
    auto *receiver = new QObject;
    bool called = false;
    runtime.post([&release] { release.acquire(); return 1; }, receiver, [&called](int) { called = true; });
    delete receiver;
    release.release();
    bool flushed = false;
    runtime.flush(this, [&flushed] { flushed = true; });
    QTRY_VERIFY(flushed);
    QVERIFY(!called);
}

void TestCoreRuntime::aLongReadAsideHoldsNothingUp()
{
    CoreRuntime runtime;
    QSignalSpy busy(&runtime, &CoreRuntime::busyChanged);
    QSemaphore release;
    QThread *asideThread = nullptr;
    bool asideDone = false;
    runtime.postAside([&] { asideThread = QThread::currentThread(); release.acquire(); return 1; }, this,
                      [&asideDone](int) { asideDone = true; });
    bool quickDone = false;
    runtime.post([] { return 2; }, this, [&quickDone](int) { quickDone = true; });
    QTRY_VERIFY(quickDone); // not behind the long read
    QVERIFY(!asideDone);
    QVERIFY(asideThread != runtime.thread() && asideThread != QThread::currentThread());
    // Busy while the long read goes on: one spell, not ended by the quick job.
    QTRY_COMPARE(busy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(busy.count(), 1);
    release.release();
    QTRY_VERIFY(asideDone);
    QTRY_COMPARE(busy.count(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    // stop() runs onStop on both threads (their database connections).
    QSet<QThread *> stoppedOn;
    QMutex mutex;
    runtime.stop([&] {
        QMutexLocker lock(&mutex);
        stoppedOn.insert(QThread::currentThread());
    });
    QCOMPARE(stoppedOn.size(), 2);
}

QTEST_GUILESS_MAIN(TestCoreRuntime)
#include "tst_coreruntime.moc"
