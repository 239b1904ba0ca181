#include "core/security/signedstatements.h"

#include "core/base/message.h"
#include "core/crypto/ed25519.h"
#include "core/security/actor.h"
#include "core/security/decisionsigner.h"
#include "core/store/sql.h"

namespace exchange::security {

bool SignedStatementRecord::signatureValid() const
{
    return crypto::ed25519::verify(publicKey, statement, signature);
}

Result<SignedStatementRecord> SignedStatements::sign(const Actor &actor, const std::string &objectType,
                                                     const std::string &objectId, Statement statement,
                                                     std::int64_t nowMs)
{
    if (!actor.signer || actor.kind != Actor::Kind::Operator || actor.signer->operatorId() != actor.operatorId)
        return makeError(ErrorCode::Unauthorized, MessageId::DecisionNeedsSignature, {actor.displayName()});
    statement.add("operator", actor.operatorId).add("operator_name", actor.username).add("at", nowMs);
    SignedStatementRecord r;
    r.kind = statement.kind();
    r.objectType = objectType;
    r.objectId = objectId;
    r.operatorId = actor.operatorId;
    r.publicKey = actor.signer->publicKey();
    r.statement = statement.canonical();
    r.signature = actor.signer->sign(r.statement);
    r.signedAtMs = nowMs;
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO signed_statements (kind, object_type, object_id, operator_id, public_key,"
                                     " statement, signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {QString::fromStdString(r.kind), QString::fromStdString(objectType), QString::fromStdString(objectId),
                       QVariant::fromValue<qint64>(r.operatorId), QString::fromLatin1(r.publicKey.toHex()),
                       QString::fromUtf8(r.statement), QString::fromLatin1(r.signature.toHex()),
                       QVariant::fromValue<qint64>(nowMs)});
    if (!q)
        return q.error();
    r.id = q.value().lastInsertId().toLongLong();
    return r;
}

Result<std::vector<SignedStatementRecord>> SignedStatements::forObject(const std::string &objectType,
                                                                       const std::string &objectId) const
{
    return select(QStringLiteral("object_type = ? AND object_id = ?"),
                  {QString::fromStdString(objectType), QString::fromStdString(objectId)});
}

Result<std::vector<SignedStatementRecord>> SignedStatements::ofKind(const std::string &kind) const
{
    return select(QStringLiteral("kind = ?"), {QString::fromStdString(kind)});
}

Result<std::vector<SignedStatementRecord>> SignedStatements::select(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, kind, object_type, object_id, operator_id, public_key, statement, signature,"
                                     " signed_at FROM signed_statements WHERE %1 ORDER BY id")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    std::vector<SignedStatementRecord> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SignedStatementRecord s;
        s.id = r.value(0).toLongLong();
        s.kind = r.value(1).toString().toStdString();
        s.objectType = r.value(2).toString().toStdString();
        s.objectId = r.value(3).toString().toStdString();
        s.operatorId = r.value(4).toLongLong();
        s.publicKey = QByteArray::fromHex(r.value(5).toString().toLatin1());
        s.statement = r.value(6).toString().toUtf8();
        s.signature = QByteArray::fromHex(r.value(7).toString().toLatin1());
        s.signedAtMs = r.value(8).toLongLong();
        rows.push_back(std::move(s));
    }
    return rows;
}

} // namespace exchange::security
