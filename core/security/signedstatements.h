#pragma once
// SignedStatements: the signed_statements table. sign() has the acting
// operator sign a decision's Statement with the key their confirmed
// two-factor code opened (Actor::signer) and stores it in the caller's
// transaction, beside the decision it states. The statement as signed ends
// with who signed it and when (operator, operator_name, at), so a signature
// cannot be moved to another operator or time.

#include "core/base/result.h"
#include "core/security/statement.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <string>
#include <vector>

namespace exchange::security {

struct Actor;

struct SignedStatementRecord {
    std::int64_t id = 0;
    std::string kind;
    std::string objectType;
    std::string objectId;
    std::int64_t operatorId = 0;
    QByteArray publicKey; // 32 bytes
    QByteArray statement; // canonical text, as signed
    QByteArray signature; // 64 bytes
    std::int64_t signedAtMs = 0;

    // Whether signature is publicKey's signature of statement (nothing
    // more: whose key that is, the trust chain says).
    bool signatureValid() const;
};

class SignedStatements final
{
public:
    explicit SignedStatements(QSqlDatabase db) : m_db(std::move(db)) {}

    // Unauthorized (the operator could not sign) when the actor carries no
    // signing key: a decision that needs a signature is refused without one.
    Result<SignedStatementRecord> sign(const Actor &actor, const std::string &objectType, const std::string &objectId,
                                       Statement statement, std::int64_t nowMs);
    // Oldest first.
    Result<std::vector<SignedStatementRecord>> forObject(const std::string &objectType, const std::string &objectId) const;
    Result<std::vector<SignedStatementRecord>> ofKind(const std::string &kind) const;

private:
    Result<std::vector<SignedStatementRecord>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace exchange::security
