#include "core/store/migrationlist.h"

#include <stdexcept>

namespace exchange {

MigrationList::MigrationList(std::vector<Migration> migrations) : m_migrations(std::move(migrations))
{
    if (const std::string wrong = problem(m_migrations); !wrong.empty())
        throw std::logic_error("the list of migrations is malformed: " + wrong);
}

std::string MigrationList::problem(const std::vector<Migration> &migrations)
{
    for (size_t i = 0; i < migrations.size(); ++i) {
        const Migration &migration = migrations[i];
        const int expected = static_cast<int>(i) + 1;
        if (migration.version != expected)
            return "entry " + std::to_string(i + 1) + " has version " + std::to_string(migration.version)
                   + " where " + std::to_string(expected) + " belongs (versions are 1, 2, 3 … without gaps or repeats)";
        if (migration.statements == nullptr)
            return "migration " + std::to_string(migration.version) + " has no statements";
        if (migration.description == nullptr || *migration.description == '\0')
            return "migration " + std::to_string(migration.version) + " has no description";
    }
    return {};
}

} // namespace exchange
