#pragma once
// Operators who sign their decisions, for a test: each is added with the
// password NAME-password-1, signs in (enrolling RFC 6238's TOTP secret the
// first time, which makes their signing key), and confirmed() gives the
// actor of one decision, whose key is open to sign it. trustVault() has the
// first admin create the key vault (which pins their key); registerKey()
// has an admin sign another operator's key. The clock moves 30 s for every
// code, since each step's code is taken once.

#include "core/security/actor.h"
#include "core/security/role.h"

#include <QByteArray>

#include <map>
#include <memory>
#include <string>

namespace exchange {
class Database;
class ManualClock;
namespace security {
class AuditLog;
class KeyVault;
class OperatorService;
class Session;
}
}

class TestSigners final
{
public:
    TestSigners(exchange::Database &db, exchange::ManualClock &clock, exchange::security::AuditLog &audit);
    ~TestSigners();

    exchange::security::OperatorService &operators() { return *m_operators; }

    // Fails the process (qFatal) when the core refuses any of these.
    void addFirstAdmin(const std::string &name);
    void add(const std::string &name, exchange::security::Role role);
    exchange::security::Actor confirmed(const std::string &name);
    // The first admin creates the vault with passphrase, which pins their
    // key, and registers it.
    void trustVault(exchange::security::KeyVault &vault, const std::string &admin, const QByteArray &passphrase);
    void registerKey(const std::string &admin, const std::string &name);

private:
    exchange::security::Session &session(const std::string &name);

    exchange::ManualClock &m_clock;
    std::unique_ptr<exchange::security::OperatorService> m_operators;
    std::map<std::string, std::shared_ptr<exchange::security::Session>> m_sessions;
};
