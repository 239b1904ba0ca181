#pragma once
// Store-wide facts as key/value text (e.g. whether the demo data was added).

#include "core/base/result.h"

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

    // The key core/demo sets once it added the demo data set: a demo
    // database may keep published keys, a real one never.
    static QString demoDataKey() { return QStringLiteral("demo_data"); }
    // Whether the demo data set was added to this database.
    Result<bool> isDemoDatabase() const;

private:
    QSqlDatabase m_db;
};

} // namespace exchange
