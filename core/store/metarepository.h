#pragma once
// Store-wide facts as key/value text (e.g. whether the demo data was added).

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace exchange {

class MetaRepository final
{
public:
    explicit MetaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<QString>> get(const QString &key) const;
    Result<void> set(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace exchange
