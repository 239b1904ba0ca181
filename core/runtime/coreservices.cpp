#include "core/runtime/coreservices.h"

namespace exchange {

CoreServices::CoreServices(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_assetSettings(*m_database, m_clock, &m_notifier)
{
}

CoreServices::~CoreServices() = default;

} // namespace exchange
