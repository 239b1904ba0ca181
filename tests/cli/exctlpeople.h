#pragma once
// The people an exctl test decides as (exctl --operator NAME, with
// EXCTL_PASSWORD and EXCTL_TOTP): the demo's admin and approver and
// operators the test enrols with secrets of its own (testenrolment.h).
//
// The server takes each 30-second two-factor step once per operator and
// one step either side of now. A code here is for now or the next step
// (never the step before, which may end while exctl signs in), so each
// person has at most two codes at once; a test that decides often spreads
// its decisions over several people instead of waiting for the clock:
// anyone(role) names someone of that role with a code free now, enrolling
// another colleague when all are used up. When a named person's codes are
// used up, nextCode waits, as a person would.

#include "exctlrun.h"

#include "core/security/role.h"

#include <QByteArray>
#include <QString>

#include <map>

class ExctlPeople final
{
public:
    explicit ExctlPeople(QString url);

    // The demo's admin, approver and operator (exctl init --demo), who enrolled with
    // a code of this step or before: taken as this step.
    void addDemo();
    // Adds and enrols name with a password and secret of its own; empty
    // when done, else why not.
    QString enrol(const QString &name, exchange::security::Role role);

    // Someone with role whose next code is free now: one of those enrolled
    // with that role (never the demo's people, whom tests name), else a colleague enrolled now (named "admin-2",
    // "operator-3", ...). For decisions whose actor's name does not matter.
    QString anyone(exchange::security::Role role);
    // exctl --operator anyone(role) args...
    ExctlRun asAnyone(exchange::security::Role role, const QStringList &args);

    QString password(const QString &name) const;
    // A code that is fresh for name, and marks its step used.
    QString nextCode(const QString &name);
    // The environment that signs name in: password and a fresh code.
    QProcessEnvironment signIn(const QString &name);
    // exctl --operator name args..., signed in with a fresh code.
    ExctlRun as(const QString &name, const QStringList &args);

private:
    struct Person {
        QString password;
        QByteArray secret;
        exchange::security::Role role = exchange::security::Role::Viewer;
        qint64 lastStep = 0; // the step whose code was used last
        bool enrolledHere = false; // not one of the demo's, whom tests name
    };

    QString m_url;
    std::map<QString, Person> m_people;
};
