#include "core/store/metarepository.h"

#include "core/store/sql.h"

namespace exchange {

Result<std::optional<QString>> MetaRepository::get(const QString &key) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QString>();
    return std::optional<QString>(q.value().value(0).toString());
}

Result<void> MetaRepository::set(const QString &key, const QString &value)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (!q)
        return q.error();
    return {};
}

Result<bool> MetaRepository::isDemoDatabase() const
{
    auto marker = get(demoDataKey());
    if (!marker)
        return marker.error();
    return marker.value().has_value();
}

} // namespace exchange
