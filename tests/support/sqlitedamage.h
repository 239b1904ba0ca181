#pragma once
// Physical damage to an SQLite file, as a bad disk or a torn copy leaves
// it, for the tests of the checks that must see it. Call on a closed
// database (no connection open, so the WAL is checkpointed into the file).

#include <QString>

namespace sqlitedamage {

// Changes a row of TABLE behind INDEX's back: the index is hidden from the
// schema, SQL runs on the table, and the index comes back with its entry
// for the old value. integrity_check then reports the row missing from
// INDEX; quick_check sees nothing (the pages are sound).
QString changeRowBehindIndex(const QString &path, const QString &index, const QString &sql);

// Writes nonsense into the first cell pointer of INDEX's root page: a page
// quick_check refuses. Returns an error message, empty on success.
QString scrambleRootPage(const QString &path, const QString &index);

} // namespace sqlitedamage
