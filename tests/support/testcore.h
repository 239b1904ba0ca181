#pragma once
// A core for model and widget tests: a fresh database (with the demo data
// unless told otherwise), the core thread, the services and a session that
// acts as an admin. The destructor stops the core thread cleanly.

#include "testdatabase.h"

#include <memory>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class OperatorSession;

class TestCore final
{
public:
    enum class Data { Demo, Empty };

    explicit TestCore(Data data = Data::Demo);
    ~TestCore();
    Q_DISABLE_COPY_MOVE(TestCore)

    // Empty when ready; otherwise why not (use with QVERIFY2).
    QString failure() const { return m_failure; }
    exchange::CoreRuntime &runtime() { return *m_runtime; }
    exchange::CoreServices &services() { return *m_services; }
    OperatorSession &session() { return *m_session; }
    // The database's URL, for a second process's view (tests of what
    // another console did without this one hearing of it).
    const TestDatabase &database() const { return m_database; }

private:
    TestDatabase m_database;
    std::unique_ptr<exchange::CoreRuntime> m_runtime;
    std::unique_ptr<exchange::CoreServices> m_services;
    std::unique_ptr<OperatorSession> m_session;
    QString m_failure;
};
