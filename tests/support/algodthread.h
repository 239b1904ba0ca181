#pragma once
// The suite's algod (AlgodTestServer) on a thread of its own, for a test
// that waits for a process (exctl) without running an event loop. setUp,
// if given, prepares it (assets, accounts) on that thread before it
// listens; afterwards only the process talks to it.

#include "algodtestserver.h"

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <functional>
#include <utility>

class AlgodThread final : public QThread
{
public:
    explicit AlgodThread(std::function<void(AlgodTestServer &)> setUp = {}) : m_setUp(std::move(setUp)) {}
    ~AlgodThread() override
    {
        quit();
        wait();
    }

    QString url;

    // Starts the thread and waits until algod listens; false if it could not.
    bool startAndWait()
    {
        start();
        m_ready.acquire();
        return !url.isEmpty();
    }

protected:
    void run() override
    {
        AlgodTestServer algod;
        if (m_setUp)
            m_setUp(algod);
        if (algod.listen())
            url = algod.url();
        m_ready.release();
        exec();
    }

private:
    std::function<void(AlgodTestServer &)> m_setUp;
    QSemaphore m_ready;
};
