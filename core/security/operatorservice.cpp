#include "core/base/message.h"
#include "core/security/operatorservice.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/crypto/base32.h"
#include "core/crypto/sodiuminit.h"
#include "core/security/auditlog.h"
#include "core/security/keyregistration.h"
#include "core/security/operatorkeys.h"
#include "core/security/signedstatements.h"
#include "core/security/passwordhasher.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/security/totp.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

#include <sodium.h>

#include <algorithm>

namespace exchange::security {

namespace {

const QString kInfoColumns = QStringLiteral(
    "id, username, role, disabled, totp_box IS NOT NULL, failed_logins, last_login_at, created_at");

OperatorInfo infoFrom(const QSqlQuery &q)
{
    OperatorInfo o;
    o.id = q.value(0).toLongLong();
    o.username = q.value(1).toString().toStdString();
    o.role = roleFromName(q.value(2).toString().toStdString()).value_or(Role::Viewer);
    o.disabled = q.value(3).toInt() != 0;
    o.totpEnrolled = q.value(4).toBool();
    o.failedLogins = q.value(5).toInt();
    o.lastLoginAtMs = q.value(6).toLongLong();
    o.createdAtMs = q.value(7).toLongLong();
    return o;
}

QJsonObject describe(const OperatorInfo &o)
{
    return QJsonObject{{QStringLiteral("role"), QString::fromLatin1(roleName(o.role).data())},
                       {QStringLiteral("disabled"), o.disabled},
                       {QStringLiteral("totp_enrolled"), o.totpEnrolled}};
}

Result<void> checkUsername(const std::string &username)
{
    if (username.empty() || username.size() > 64)
        return makeError(ErrorCode::InvalidInput, MessageId::UsernameLength);
    for (char c : username) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!allowed)
            return makeError(ErrorCode::InvalidInput, MessageId::UsernameCharacters);
    }
    return {};
}

qint64 waitSeconds(int failedLogins)
{
    if (failedLogins < OperatorService::kFreeAttempts)
        return 0;
    const int doublings = std::min(failedLogins - OperatorService::kFreeAttempts, 10);
    return std::min<qint64>(5LL << doublings, 15 * 60);
}

QString newSalt()
{
    crypto::ensureSodium();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(salt), sizeof salt).toHex());
}

Result<SecureBuffer> deriveTotpKey(const QByteArray &password, const QString &saltHex)
{
    const QByteArray salt = QByteArray::fromHex(saltHex.toLatin1());
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error{ErrorCode::Corrupted, "an operator's key salt is damaged"};
    SecureBuffer key(crypto_secretbox_KEYBYTES);
    SecureBuffer::WriteView w(key);
    if (crypto_pwhash(w.data(), w.size(), password.constData(), static_cast<unsigned long long>(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{ErrorCode::Internal, "not enough memory to derive a key"};
    return key;
}

// A password hash of nothing in particular, verified when the username is
// unknown so that the answer takes as long as for a known one.
const std::string &dummyHash()
{
    static const std::string hash = PasswordHasher::hash(QByteArrayLiteral("no-such-operator")).value();
    return hash;
}

Actor loginActor()
{
    return Actor::system("login");
}

} // namespace

OperatorService::OperatorService(Database &database, const Clock &clock, AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier)
{
}

Result<bool> OperatorService::hasOperators() const
{
    auto q = sql::run(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM operators"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong() > 0;
}

Result<std::vector<OperatorInfo>> OperatorService::list(const Actor &actor) const
{
    if (auto allowed = authorize(actor, Action::ViewData); !allowed)
        return allowed.error();
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM operators ORDER BY username").arg(kInfoColumns));
    if (!q)
        return q.error();
    std::vector<OperatorInfo> all;
    while (q.value().next())
        all.push_back(infoFrom(q.value()));
    if (auto keys = describeKeys(m_database.connection(), all); !keys)
        return keys.error();
    return all;
}

Result<OperatorInfo> OperatorService::addFirstAdmin(const std::string &username, const QByteArray &password)
{
    auto any = hasOperators();
    if (!any)
        return any.error();
    if (any.value())
        return makeError(ErrorCode::Conflict, MessageId::OperatorsExistAlready);
    // The first admin is created by the first run itself.
    return add(Actor::cli("first-run"), username, Role::Admin, password);
}

Result<OperatorInfo> OperatorService::add(const Actor &actor, const std::string &username, Role role,
                                          const QByteArray &password)
{
    if (auto allowed = authorize(actor, Action::ManageOperators); !allowed)
        return allowed.error();
    if (auto valid = checkUsername(username); !valid)
        return valid.error();
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = authorizeNow(work.db(), actor, Action::ManageOperators); !allowed)
        return allowed.error();
    const qint64 now = m_clock.nowMs();
    auto exists = sql::run(work.db(), QStringLiteral("SELECT 1 FROM operators WHERE username = ?"),
                           {QString::fromStdString(username)});
    if (!exists)
        return exists.error();
    if (exists.value().next())
        return makeError(ErrorCode::Conflict, MessageId::OperatorExists, {username});
    auto inserted = sql::run(work.db(),
                             QStringLiteral("INSERT INTO operators (username, role, password_hash, totp_salt,"
                                            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {QString::fromStdString(username), QString::fromLatin1(roleName(role).data()),
                              QString::fromStdString(hash.value()), newSalt(), now, now});
    if (!inserted)
        return inserted.error();
    auto row = sql::run(work.db(), QStringLiteral("SELECT %1 FROM operators WHERE username = ?").arg(kInfoColumns),
                        {QString::fromStdString(username)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return Error{ErrorCode::Internal, "the new operator was not stored"};
    const OperatorInfo info = infoFrom(row.value());
    if (auto audited = m_audit.append(work.db(), actor, "operator.add", "operator", username, {}, describe(info));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Operator, QString::fromStdString(username));
    return info;
}

Result<OperatorInfo> OperatorService::change(
    const Actor &actor, const std::string &username, const std::string &auditAction,
    const std::function<Result<void>(const QSqlDatabase &, const OperatorInfo &)> &apply)
{
    if (auto allowed = authorize(actor, Action::ManageOperators); !allowed)
        return allowed.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = authorizeNow(work.db(), actor, Action::ManageOperators); !allowed)
        return allowed.error();
    const QString select = QStringLiteral("SELECT %1 FROM operators WHERE username = ?").arg(kInfoColumns);
    auto row = sql::run(work.db(), select, {QString::fromStdString(username)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, MessageId::NoSuchOperator, {username});
    const OperatorInfo before = infoFrom(row.value());
    if (auto applied = apply(work.db(), before); !applied)
        return applied.error();
    // Never leave the exchange without an admin who can sign in.
    auto admins = sql::run(work.db(), QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'admin' AND disabled = 0"));
    if (!admins)
        return admins.error();
    admins.value().next();
    const bool wasActiveAdmin = before.role == Role::Admin && !before.disabled;
    if (wasActiveAdmin && admins.value().value(0).toLongLong() == 0)
        return makeError(ErrorCode::WrongState, MessageId::NoAdminLeft);
    auto after = sql::run(work.db(), select, {QString::fromStdString(username)});
    if (!after)
        return after.error();
    after.value().next();
    const OperatorInfo info = infoFrom(after.value());
    // An admin who can sign restates the operator's key with the new role
    // or state, so the payout signer follows the change too.
    auto signed_ = signRegistration(work.db(), actor, info);
    if (!signed_)
        return signed_.error();
    QJsonObject afterJson = describe(info);
    if (signed_.value())
        afterJson.insert(QStringLiteral("key_registration"), QStringLiteral("signed"));
    if (auditAction == "operator.reset_password")
        afterJson.insert(QStringLiteral("password"), QStringLiteral("reset"));
    if (auto audited = m_audit.append(work.db(), actor, auditAction, "operator", username, describe(before), afterJson);
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Operator, QString::fromStdString(username));
    return info;
}

Result<OperatorInfo> OperatorService::setRole(const Actor &actor, const std::string &username, Role role)
{
    return change(actor, username, "operator.set_role", [&](const QSqlDatabase &db, const OperatorInfo &o) -> Result<void> {
        auto q = sql::run(db, QStringLiteral("UPDATE operators SET role = ?, updated_at = ? WHERE id = ?"),
                          {QString::fromLatin1(roleName(role).data()), m_clock.nowMs(), QVariant::fromValue<qint64>(o.id)});
        if (!q)
            return q.error();
        return {};
    });
}

Result<OperatorInfo> OperatorService::setDisabled(const Actor &actor, const std::string &username, bool disabled)
{
    if (actor.kind == Actor::Kind::Operator && actor.username == username && disabled)
        return makeError(ErrorCode::WrongState, MessageId::CannotDisableSelf);
    return change(actor, username, disabled ? "operator.disable" : "operator.enable",
                  [&](const QSqlDatabase &db, const OperatorInfo &o) -> Result<void> {
                      auto q = sql::run(db, QStringLiteral("UPDATE operators SET disabled = ?, updated_at = ? WHERE id = ?"),
                                        {disabled ? 1 : 0, m_clock.nowMs(), QVariant::fromValue<qint64>(o.id)});
                      if (!q)
                          return q.error();
                      return {};
                  });
}

Result<OperatorInfo> OperatorService::resetPassword(const Actor &actor, const std::string &username,
                                                    const QByteArray &password)
{
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    return change(actor, username, "operator.reset_password",
                  [&](const QSqlDatabase &db, const OperatorInfo &o) -> Result<void> {
                      // The old TOTP secret was sealed under the old password.
                      auto q = sql::run(db, QStringLiteral("UPDATE operators SET password_hash = ?, totp_salt = ?,"
                                                           " totp_nonce = NULL, totp_box = NULL, failed_logins = 0,"
                                                           " retry_after = 0, updated_at = ? WHERE id = ?"),
                                        {QString::fromStdString(hash.value()), newSalt(), m_clock.nowMs(),
                                         QVariant::fromValue<qint64>(o.id)});
                      if (!q)
                          return q.error();
                      // The signing key was sealed under the old password too.
                      return OperatorKeys(db).forget(o.id);
                  });
}

Result<std::shared_ptr<Session>> OperatorService::login(const std::string &username, const QByteArray &password)
{
    const Error wrong = makeError(ErrorCode::Unauthorized, MessageId::WrongCredentials);
    auto row = sql::run(m_database.connection(),
                        QStringLiteral("SELECT id, role, password_hash, disabled, totp_salt, totp_nonce, totp_box,"
                                       " failed_logins, retry_after FROM operators WHERE username = ?"),
                        {QString::fromStdString(username)});
    if (!row)
        return row.error();
    if (!row.value().next()) {
        (void)PasswordHasher::verify(dummyHash(), password);
        // The typed name is not recorded: it may be a password typed in
        // the wrong field.
        if (auto a = m_audit.record(loginActor(), "login.failed", "operator", "(unknown)"); !a)
            return a.error();
        return wrong;
    }
    const QSqlQuery &r = row.value();
    const std::int64_t id = r.value(0).toLongLong();
    const Role role = roleFromName(r.value(1).toString().toStdString()).value_or(Role::Viewer);
    const std::string stored = r.value(2).toString().toStdString();
    const bool disabled = r.value(3).toInt() != 0;
    const QString salt = r.value(4).toString();
    const QByteArray nonce = QByteArray::fromHex(r.value(5).toString().toLatin1());
    const QByteArray box = QByteArray::fromHex(r.value(6).toString().toLatin1());
    const bool enrolled = !r.value(6).isNull();
    const int failed = r.value(7).toInt();
    const qint64 retryAfter = r.value(8).toLongLong();
    const qint64 now = m_clock.nowMs();

    if (now < retryAfter) {
        const qint64 seconds = (retryAfter - now + 999) / 1000;
        return makeError(ErrorCode::Unauthorized, MessageId::TooManyWrongPasswords,
                         {username, std::to_string(seconds)});
    }
    if (!PasswordHasher::verify(stored, password)) {
        const int nowFailed = failed + 1;
        const qint64 wait = waitSeconds(nowFailed);
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        if (auto q = sql::run(work.db(), QStringLiteral("UPDATE operators SET failed_logins = ?, retry_after = ? WHERE id = ?"),
                              {nowFailed, now + wait * 1000, QVariant::fromValue<qint64>(id)});
            !q)
            return q.error();
        if (auto a = m_audit.append(work.db(), loginActor(), "login.failed", "operator", username, {},
                                    QJsonObject{{QStringLiteral("failed_logins"), nowFailed},
                                                {QStringLiteral("wait_seconds"), wait}});
            !a)
            return a.error();
        if (auto committed = work.commit(); !committed)
            return committed.error();
        m_audit.announce();
        if (wait > 0)
            return makeError(ErrorCode::Unauthorized, MessageId::WrongCredentialsWait, {std::to_string(wait)});
        return wrong;
    }
    if (disabled)
        return makeError(ErrorCode::Unauthorized, MessageId::OperatorDisabled, {username});

    auto key = deriveTotpKey(password, salt);
    if (!key)
        return key.error();
    auto session = std::make_shared<Session>(Actor::fromOperator(id, username, role), std::move(key).value());
    if (enrolled) {
        if (box.size() <= static_cast<qsizetype>(crypto_secretbox_MACBYTES)
            || nonce.size() != static_cast<qsizetype>(crypto_secretbox_NONCEBYTES))
            return makeError(ErrorCode::Corrupted, MessageId::TotpEnrolmentDamaged, {username});
        SecureBuffer secret(static_cast<size_t>(box.size()) - crypto_secretbox_MACBYTES);
        SecureBuffer::WriteView out(secret);
        SecureBuffer::ReadView k(session->m_totpKey);
        if (crypto_secretbox_open_easy(out.data(), reinterpret_cast<const unsigned char *>(box.constData()),
                                       static_cast<unsigned long long>(box.size()),
                                       reinterpret_cast<const unsigned char *>(nonce.constData()), k.data())
            != 0)
            return makeError(ErrorCode::Corrupted, MessageId::TotpEnrolmentUnreadable, {username});
        session->m_totpSecret = std::move(secret);
    }
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto q = sql::run(work.db(), QStringLiteral("UPDATE operators SET failed_logins = 0, retry_after = 0,"
                                                    " last_login_at = ? WHERE id = ?"),
                          {now, QVariant::fromValue<qint64>(id)});
        !q)
        return q.error();
    auto keyMade = openOrCreateKey(work.db(), *session, enrolled);
    if (!keyMade)
        return keyMade.error();
    if (auto a = m_audit.append(work.db(), session->actor(), "login", "operator", username, {},
                                keyMade.value() ? QJsonObject{{QStringLiteral("signing_key"),
                                                               QString::fromLatin1(session->signingKey().toHex())}}
                                                : QJsonObject{});
        !a)
        return a.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (keyMade.value() && m_notifier) // the Operators screen shows the new key
        m_notifier->publish(ChangeNotifier::Topic::Operator, QString::fromStdString(username));
    return session;
}

Result<TotpEnrolment> OperatorService::beginEnrolment(Session &session, const QByteArray &secret)
{
    QByteArray fresh = secret.isEmpty() ? Totp::generateSecret() : secret;
    session.m_pendingSecret = SecureBuffer(reinterpret_cast<const unsigned char *>(fresh.constData()),
                                           static_cast<size_t>(fresh.size()));
    TotpEnrolment e;
    e.uri = Totp::provisioningUri(QStringLiteral("Exchange Console"), QString::fromStdString(session.actor().username), fresh);
    e.secretBase32 = QString::fromStdString(base32::encode(fresh));
    sodium_memzero(fresh.data(), static_cast<size_t>(fresh.size()));
    return e;
}

Result<qint64> OperatorService::acceptStep(Session &session, const SecureBuffer &secret, const std::string &code,
                                           bool enrolling)
{
    const Actor &who = session.actor();
    std::optional<qint64> step;
    {
        SecureBuffer::ReadView s(secret);
        step = Totp::matchingStep(QByteArray::fromRawData(reinterpret_cast<const char *>(s.data()),
                                                          static_cast<qsizetype>(s.size())),
                                  code, m_clock.nowMs() / 1000);
    }
    if (!step) {
        if (auto a = m_audit.record(who, "totp.failed", "operator", who.username); !a)
            return a.error();
        return makeError(ErrorCode::Unauthorized, MessageId::TotpCodeWrong);
    }
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    QString statement = QStringLiteral("UPDATE operators SET totp_last_step = ? WHERE id = ? AND disabled = 0");
    QVariantList values{*step, QVariant::fromValue<qint64>(who.operatorId)};
    if (enrolling) {
        // Seal the secret under the session's password-derived key.
        unsigned char nonce[crypto_secretbox_NONCEBYTES];
        randombytes_buf(nonce, sizeof nonce);
        QByteArray box(static_cast<qsizetype>(secret.size() + crypto_secretbox_MACBYTES), Qt::Uninitialized);
        {
            SecureBuffer::ReadView s(secret);
            SecureBuffer::ReadView k(session.m_totpKey);
            crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), s.data(), s.size(), nonce, k.data());
        }
        statement = QStringLiteral("UPDATE operators SET totp_last_step = ?, totp_nonce = ?, totp_box = ?"
                                   " WHERE id = ? AND disabled = 0");
        values = {*step, QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce).toHex()),
                  QString::fromLatin1(box.toHex()), QVariant::fromValue<qint64>(who.operatorId)};
    } else {
        statement += QStringLiteral(" AND totp_last_step < ?");
        values << *step;
    }
    auto q = sql::run(work.db(), statement, values);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Unauthorized, MessageId::TotpCodeUsed);
    if (enrolling) {
        if (auto opened = openOrCreateKey(work.db(), session, true); !opened)
            return opened.error();
        if (auto a = m_audit.append(work.db(), who, "operator.totp_enrol", "operator", who.username, {},
                                    QJsonObject{{QStringLiteral("totp_enrolled"), true},
                                                {QStringLiteral("signing_key"),
                                                 QString::fromLatin1(session.signingKey().toHex())}});
            !a)
            return a.error();
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (enrolling) {
        m_audit.announce();
        if (m_notifier)
            m_notifier->publish(ChangeNotifier::Topic::Operator, QString::fromStdString(who.username));
    }
    return *step;
}

Result<void> OperatorService::confirmEnrolment(Session &session, const std::string &code)
{
    if (session.m_pendingSecret.isEmpty())
        return makeError(ErrorCode::WrongState, MessageId::TotpNoEnrolment);
    auto accepted = acceptStep(session, session.m_pendingSecret, code, true);
    if (!accepted)
        return accepted.error();
    session.m_totpSecret = std::move(session.m_pendingSecret);
    return {};
}

Result<Actor> OperatorService::confirm(Session &session, const std::string &code)
{
    if (!session.totpEnrolled())
        return makeError(ErrorCode::WrongState, MessageId::TotpNotEnrolled, {session.actor().username});
    auto actor = currentActor(session);
    if (!actor)
        return actor.error();
    auto accepted = acceptStep(session, session.m_totpSecret, code, false);
    if (!accepted)
        return accepted.error();
    Actor confirmed = actor.value();
    confirmed.secondFactor = true;
    confirmed.signer = session.m_signer;
    return confirmed;
}

Result<Actor> OperatorService::currentActor(const Session &session) const
{
    auto q = sql::run(m_database.connection(), QStringLiteral("SELECT role, disabled FROM operators WHERE id = ?"),
                      {QVariant::fromValue<qint64>(session.actor().operatorId)});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(1).toInt() != 0)
        return makeError(ErrorCode::Unauthorized, MessageId::OperatorMayNoLongerSignIn, {session.actor().username});
    return Actor::fromOperator(session.actor().operatorId, session.actor().username,
                               roleFromName(q.value().value(0).toString().toStdString()).value_or(Role::Viewer));
}

Result<void> OperatorService::describeKeys(const QSqlDatabase &db, std::vector<OperatorInfo> &operators) const
{
    auto registrations = SignedStatements(db).ofKind(KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    for (OperatorInfo &o : operators) {
        auto key = OperatorKeys(db).publicKey(o.id);
        if (!key)
            return key.error();
        if (!key.value())
            continue;
        o.signingKey = SigningKeyState::Unregistered;
        // The newest registration of this operator decides.
        for (auto it = registrations.value().rbegin(); it != registrations.value().rend(); ++it) {
            auto statement = Statement::parse(it->statement);
            if (!statement || !it->signatureValid())
                continue;
            const auto r = KeyRegistration::from(statement.value());
            if (!r || r->operatorId != o.id)
                continue;
            if (r->publicKey == *key.value() && r->role == o.role && r->disabled == o.disabled) {
                o.signingKey = SigningKeyState::Registered;
                o.keyRegisteredBy = statement.value().value("operator_name").value_or(std::string());
            }
            break;
        }
    }
    return {};
}

Result<bool> OperatorService::openOrCreateKey(const QSqlDatabase &db, Session &session, bool create)
{
    OperatorKeys keys(db);
    auto opened = keys.open(session.actor().operatorId, session.m_totpKey);
    if (!opened)
        return opened.error();
    const bool made = !opened.value() && create;
    if (made) {
        auto created = keys.create(session.actor().operatorId, session.m_totpKey, m_clock.nowMs());
        if (!created)
            return created.error();
        opened = std::move(created);
    }
    session.m_signer = std::move(opened).value();
    return made;
}

Result<bool> OperatorService::signRegistration(const QSqlDatabase &db, const Actor &admin, const OperatorInfo &info)
{
    if (!admin.signer || admin.role != Role::Admin)
        return false;
    auto key = OperatorKeys(db).publicKey(info.id);
    if (!key)
        return key.error();
    if (!key.value())
        return false;
    KeyRegistration registration{info.id, info.username, info.role, info.disabled, *key.value()};
    auto signed_ = SignedStatements(db).sign(admin, "operator", info.username, registration.statement(), m_clock.nowMs());
    if (!signed_)
        return signed_.error();
    return true;
}

Result<OperatorInfo> OperatorService::registerKey(const Actor &admin, const std::string &username)
{
    if (auto allowed = authorize(admin, Action::ManageOperators); !allowed)
        return allowed.error();
    if (!admin.signer || admin.role != Role::Admin)
        return makeError(ErrorCode::Unauthorized, MessageId::KeyRegistrationNeedsAdmin, {admin.displayName()});
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    auto row = sql::run(work.db(), QStringLiteral("SELECT %1 FROM operators WHERE username = ?").arg(kInfoColumns),
                        {QString::fromStdString(username)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, MessageId::NoSuchOperator, {username});
    const OperatorInfo info = infoFrom(row.value());
    auto signed_ = signRegistration(work.db(), admin, info);
    if (!signed_)
        return signed_.error();
    if (!signed_.value())
        return makeError(ErrorCode::WrongState, MessageId::OperatorHasNoSigningKey, {username});
    auto key = OperatorKeys(work.db()).publicKey(info.id);
    if (!key)
        return key.error();
    QJsonObject after = describe(info);
    after.insert(QStringLiteral("signing_key"), QString::fromLatin1(key.value().value_or(QByteArray()).toHex()));
    if (auto audited = m_audit.append(work.db(), admin, "operator.register_key", "operator", username, {}, after);
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Operator, QString::fromStdString(username));
    return info;
}

} // namespace exchange::security
