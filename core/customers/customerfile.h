#pragma once
// CustomerFile: the customers of an import file, read whole before anything
// is written. Two formats, told apart by the first character:
//   CSV with a header naming the columns (external_id and name, email
//   optional, in any order), fields quoted as RFC 4180 says (a quoted field
//   may hold commas, doubled quotes and line breaks);
//   JSON lines: one object per line, {"external_id": …, "name": …,
//   "email": … or null}, no other keys.
// Blank lines are skipped. The first malformed line refuses the whole file
// (InvalidInput, CustomerImportRefused with its line number), as does an
// external id that appears twice.

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace exchange::customers {

struct CustomerFileRow {
    int line = 0; // where the record starts, 1 for the first line of the file
    QString externalId;
    QString name;
    // Nothing when the file says nothing about email (no column, no key):
    // an update keeps the one stored. Empty: the customer has none.
    std::optional<QString> email;
};

class CustomerFile final
{
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    static Result<std::vector<CustomerFileRow>> parse(const QByteArray &bytes);
};

} // namespace exchange::customers
