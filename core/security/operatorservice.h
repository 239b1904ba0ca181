#pragma once
// OperatorService: operators, their passwords (Argon2id), sign-in with a
// growing delay after repeated wrong passwords, and TOTP enrolment and
// confirmation. Every change is authorised (ManageOperators) and audited in
// the same transaction; every refused sign-in is audited. A TOTP code is
// accepted once: the last used time step is stored per operator. The TOTP
// secret is stored encrypted (secretbox) under a key derived from the
// operator's password, so the database alone does not reveal it; a password
// reset therefore also ends the enrolment. Each operator also has an
// Ed25519 signing key sealed the same way (made at enrolment, or at the
// first sign-in after it); a confirmed code lends it to the actor so the
// decision is signed, and an admin's signature registers it (registerKey;
// role and state changes by an admin who can sign re-register it).

#include "core/base/result.h"
#include "core/security/operatorinfo.h"
#include "core/security/session.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
}

namespace exchange::security {

class AuditLog;

class OperatorService final
{
public:
    // After this many wrong passwords in a row, each further attempt waits
    // (5 s, doubling, at most 15 minutes).
    static constexpr int kFreeAttempts = 3;

    OperatorService(Database &database, const Clock &clock, AuditLog &audit, ChangeNotifier *notifier = nullptr);

    // Whether any operator exists (the console's first run when not).
    Result<bool> hasOperators() const;
    // The first admin, only while there is no operator at all.
    Result<OperatorInfo> addFirstAdmin(const std::string &username, const QByteArray &password);

    Result<std::vector<OperatorInfo>> list(const Actor &actor) const;
    Result<OperatorInfo> add(const Actor &actor, const std::string &username, Role role, const QByteArray &password);
    Result<OperatorInfo> setRole(const Actor &actor, const std::string &username, Role role);
    Result<OperatorInfo> setDisabled(const Actor &actor, const std::string &username, bool disabled);
    // A new password; the operator enrols TOTP again at the next sign-in.
    Result<OperatorInfo> resetPassword(const Actor &actor, const std::string &username, const QByteArray &password);

    Result<std::shared_ptr<Session>> login(const std::string &username, const QByteArray &password);

    // Shows a new secret (or the given one: demo data, tests) for the
    // signed-in operator; confirmEnrolment stores it once a code from it
    // checks out.
    Result<TotpEnrolment> beginEnrolment(Session &session, const QByteArray &secret = {});
    Result<void> confirmEnrolment(Session &session, const std::string &code);
    // Checks a current code once and returns the operator as an actor who
    // may do what needs a second factor (role read again from the store).
    Result<Actor> confirm(Session &session, const std::string &code);
    // The operator as now stored (role may have changed since sign-in).
    Result<Actor> currentActor(const Session &session) const;

    // An admin (a confirmed actor who can sign) registers the operator's
    // current signing key with their role and state as stored now: the
    // statement the payout signer's TrustChain follows. An admin may
    // register their own key; that counts only for the key the vault pins.
    Result<OperatorInfo> registerKey(const Actor &admin, const std::string &username);

private:
    Result<OperatorInfo> change(const Actor &actor, const std::string &username, const std::string &auditAction,
                                const std::function<Result<void>(const QSqlDatabase &, const OperatorInfo &)> &apply);
    Result<qint64> acceptStep(Session &session, const SecureBuffer &secret, const std::string &code,
                              bool enrolling);
    // Each operator's SigningKeyState, from operator_keys and the newest
    // operator.key statement about them.
    Result<void> describeKeys(const QSqlDatabase &db, std::vector<OperatorInfo> &operators) const;
    // Opens the operator's signing key into the session, or makes one if
    // they are enrolled and have none (true then); in the caller's
    // transaction.
    Result<bool> openOrCreateKey(const QSqlDatabase &db, Session &session, bool create);
    // Signs the operator's registration as stored now, when the actor can
    // sign and the operator has a key.
    Result<bool> signRegistration(const QSqlDatabase &db, const Actor &admin, const OperatorInfo &info);

    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::security
