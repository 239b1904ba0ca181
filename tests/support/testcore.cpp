#include "testcore.h"

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/operatorsession.h"
#include "testoperators.h"

TestCore::TestCore(Data data)
{
    if (!m_database.failure().isEmpty()) {
        m_failure = m_database.failure();
        return;
    }
    auto db = m_database.open();
    if (!db) {
        m_failure = QStringLiteral("the test database could not be opened");
        return;
    }
    if (data == Data::Demo) {
        exchange::ManualClock clock(1'700'000'000'000);
        if (auto added = exchange::addDemoData(*db, clock); !added) {
            m_failure = QString::fromStdString(added.error().message);
            return;
        }
    }
    // The tests act as an admin who has confirmed a code: a person, since
    // cli:<user> may not decide where money goes.
    const exchange::security::Actor tester = testAdmin(*db, "tester");
    m_runtime = std::make_unique<exchange::CoreRuntime>();
    m_services = std::make_unique<exchange::CoreServices>(std::move(db));
    m_session = std::make_unique<OperatorSession>(*m_runtime, m_services->operators());
    m_session->actAs(tester);
}

TestCore::~TestCore()
{
    m_session.reset();
    if (m_runtime) {
        exchange::Database *db = m_services ? &m_services->database() : nullptr;
        m_runtime->stop([db] {
            if (db)
                db->releaseThreadConnection();
        });
    }
    m_runtime.reset();
    m_services.reset();
}
