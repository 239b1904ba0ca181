#pragma once
// CoreRuntime: the core's own thread. The GUI hands it jobs (database and
// network work) and gets each result back on its own thread through a
// queued call, so the GUI thread never waits. Jobs run one after another in
// the order posted. A result whose receiver was destroyed meanwhile is
// dropped. busyChanged() says when the thread has work and when it has
// none left, for the console's busy indicator.

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace exchange {

class CoreRuntime final : public QObject
{
    Q_OBJECT
public:
    explicit CoreRuntime(QObject *parent = nullptr);
    ~CoreRuntime() override;
    Q_DISABLE_COPY_MOVE(CoreRuntime)

    // Runs job() on the core thread, then callback(result) on receiver's
    // thread.
    template<typename Job, typename Callback>
    void post(Job job, QObject *receiver, Callback callback)
    {
        using R = std::invoke_result_t<Job>;
        QPointer<QObject> guard(receiver);
        enqueue([job = std::move(job), guard, callback = std::move(callback)]() mutable {
            auto result = std::make_shared<R>(job());
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [guard, callback, result]() mutable {
                if (guard)
                    callback(std::move(*result));
            }, Qt::QueuedConnection);
        });
    }

    // Like post(), on a second thread of the core for long reads (hashing
    // the whole audit log), so that the jobs posted with post() do not wait
    // behind them. The job must only read, with its own thread's database
    // connection.
    template<typename Job, typename Callback>
    void postAside(Job job, QObject *receiver, Callback callback)
    {
        aside().post(std::move(job), receiver, std::move(callback));
    }

    // Runs job() on the core thread without reporting back.
    void run(std::function<void()> job) { enqueue(std::move(job)); }

    // callback() runs on receiver's thread after every job posted before it
    // has finished and delivered its result.
    void flush(QObject *receiver, std::function<void()> callback);

    // Stops the thread after the jobs already posted (called by the
    // destructor too). onStop runs on the core thread before it ends, e.g.
    // to release that thread's database connection (and on the aside
    // thread, if it ran anything).
    void stop(std::function<void()> onStop = {});

    QThread *thread() { return &m_thread; }

    // Jobs posted and not yet finished (any thread may ask).
    int pendingJobs() const { return m_pending.load(); }

signals:
    // On this object's thread, only on a change: true once a job is posted
    // to an idle core thread, false once the last one has finished (its
    // result may still be on its way). Quick flips in between are merged.
    void busyChanged(bool busy);

private:
    void enqueue(std::function<void()> job);
    void reportBusy();
    CoreRuntime &aside();

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<int> m_pending{0};
    bool m_reportedBusy = false;
    std::unique_ptr<CoreRuntime> m_aside; // created at its first job
};

} // namespace exchange
