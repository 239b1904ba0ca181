#pragma once
// The exchange's schema, assembled where every feature is known: the
// numbered migrations of the store and of each feature, in the order they
// apply. Everything that creates, migrates or copies an exchange database
// (exctl, exctl serve, the console, the tests) takes them from here, so all
// of them write the same schema.

#include "core/store/migrationlist.h"

namespace exchange {

// Every migration of the exchange, in order (versions 1, 2, 3 … without
// gaps; a new one is appended with the next number, never inserted).
const MigrationList &allMigrations();

} // namespace exchange
