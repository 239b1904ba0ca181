#include "testsigners.h"

#include "core/base/manualclock.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/totp.h"
#include "core/security/trustanchor.h"

using namespace exchange;
using namespace exchange::security;

namespace {
const QByteArray kTotpSecret = QByteArrayLiteral("12345678901234567890"); // RFC 6238's

QByteArray passwordOf(const std::string &name)
{
    return QByteArray::fromStdString(name + "-password-1");
}
} // namespace

TestSigners::TestSigners(Database &db, ManualClock &clock, AuditLog &audit)
    : m_clock(clock), m_operators(std::make_unique<OperatorService>(db, clock, audit))
{
}

TestSigners::~TestSigners() = default;

void TestSigners::addFirstAdmin(const std::string &name)
{
    if (auto added = m_operators->addFirstAdmin(name, passwordOf(name)); !added)
        qFatal("first admin %s: %s", name.c_str(), added.error().message.c_str());
}

void TestSigners::add(const std::string &name, Role role)
{
    if (auto added = m_operators->add(Actor::cli("tester"), name, role, passwordOf(name)); !added)
        qFatal("operator %s: %s", name.c_str(), added.error().message.c_str());
    session(name); // signs in: the key is made
}

Session &TestSigners::session(const std::string &name)
{
    if (auto it = m_sessions.find(name); it != m_sessions.end())
        return *it->second;
    auto signedIn = m_operators->login(name, passwordOf(name));
    if (!signedIn)
        qFatal("sign-in of %s: %s", name.c_str(), signedIn.error().message.c_str());
    Session &s = *signedIn.value();
    if (!s.totpEnrolled()) {
        if (auto begun = m_operators->beginEnrolment(s, kTotpSecret); !begun)
            qFatal("enrolment of %s: %s", name.c_str(), begun.error().message.c_str());
        m_clock.advance(30'000);
        if (auto done = m_operators->confirmEnrolment(s, Totp::codeAt(kTotpSecret, m_clock.nowMs() / 1000)); !done)
            qFatal("enrolment of %s: %s", name.c_str(), done.error().message.c_str());
    }
    m_sessions[name] = signedIn.value();
    return s;
}

Actor TestSigners::confirmed(const std::string &name)
{
    Session &s = session(name);
    m_clock.advance(30'000);
    auto actor = m_operators->confirm(s, Totp::codeAt(kTotpSecret, m_clock.nowMs() / 1000));
    if (!actor)
        qFatal("code of %s: %s", name.c_str(), actor.error().message.c_str());
    return actor.value();
}

void TestSigners::trustVault(KeyVault &vault, const std::string &admin, const QByteArray &passphrase)
{
    const Actor creator = confirmed(admin);
    if (auto made = vault.initialize(creator, passphrase); !made)
        qFatal("vault: %s", made.error().message.c_str());
    if (auto anchored = registerPinnedAdmin(*m_operators, vault, creator); !anchored)
        qFatal("pinned admin: %s", anchored.error().message.c_str());
}

void TestSigners::registerKey(const std::string &admin, const std::string &name)
{
    if (auto registered = m_operators->registerKey(confirmed(admin), name); !registered)
        qFatal("key of %s: %s", name.c_str(), registered.error().message.c_str());
}
