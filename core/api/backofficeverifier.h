#pragma once
// BackOfficeVerifier: the back-office requests' signature checks
// (BackOfficeAuthenticator::verify: the client's key and its signed
// registration read, the Ed25519 signature verified) on a thread of its own,
// with a database connection of its own, so that the server's thread is
// left the HTTP, the nonces and the answers: on two cores the two run side
// by side. The answer comes back on the thread of the object given.
//
// Destroying it finishes the checks it was given and stops the thread; the
// receivers must outlive it (the server owns it and destroys it first).

#include "core/api/backofficeauthenticator.h"
#include "core/api/http/httprequest.h"

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <functional>
#include <variant>

namespace exchange {
class Database;
}

namespace exchange::api {

class BackOfficeVerifier final
{
public:
    using Outcome = std::variant<BackOfficeAuthenticator::Verified, BackOfficeRefusal>;
    using Done = std::function<void(const Outcome &)>;

    // authenticator: verify() only is called, from the verifier's thread.
    BackOfficeVerifier(Database &database, const BackOfficeAuthenticator &authenticator);
    ~BackOfficeVerifier();
    Q_DISABLE_COPY_MOVE(BackOfficeVerifier)

    // pinnedAdminKey: read by the caller (the key vault is its thread's);
    // done runs on receiver's thread (not at all if receiver is destroyed
    // before the answer is delivered).
    void verify(const HttpRequest &request, const QByteArray &pinnedAdminKey, QObject *receiver, Done done);

private:
    Database &m_database;
    const BackOfficeAuthenticator &m_authenticator;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace exchange::api
