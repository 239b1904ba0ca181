#pragma once
// The numbered migrations of a schema in the order they apply. Versions are
// 1, 2, 3 … without a gap, a repeat or a step back, and each has statements:
// a list that breaks that is a bug in the build, so the constructor throws
// std::logic_error naming the first offending entry, before any database is
// touched.

#include "core/store/migration.h"

#include <string>
#include <vector>

namespace exchange {

class MigrationList final
{
public:
    explicit MigrationList(std::vector<Migration> migrations);

    const std::vector<Migration> &migrations() const { return m_migrations; }
    // The version a database has after every migration: 0 for an empty list.
    int latestVersion() const { return m_migrations.empty() ? 0 : m_migrations.back().version; }

    // Empty when the list is well formed; otherwise what is wrong with it.
    static std::string problem(const std::vector<Migration> &migrations);

private:
    std::vector<Migration> m_migrations;
};

} // namespace exchange
