#include "exctlpeople.h"

#include "core/security/totp.h"
#include "core/store/existingdatabase.h"
#include "testenrolment.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

namespace {

qint64 currentStep()
{
    return QDateTime::currentSecsSinceEpoch() / exchange::security::Totp::kStepSeconds;
}

} // namespace

ExctlPeople::ExctlPeople(QString url) : m_url(std::move(url))
{
}

void ExctlPeople::addDemo()
{
    const QByteArray secret = QByteArrayLiteral("demo-totp-not-secret");
    using exchange::security::Role;
    m_people[QStringLiteral("admin")] = Person{QStringLiteral("demo-admin"), secret, Role::Admin, currentStep()};
    m_people[QStringLiteral("approver")] = Person{QStringLiteral("demo-approver"), secret, Role::Approver, currentStep()};
    m_people[QStringLiteral("operator")] = Person{QStringLiteral("demo-operator"), secret, Role::Operator, currentStep()};
}

QString ExctlPeople::enrol(const QString &name, exchange::security::Role role)
{
    auto db = exchange::openExistingDatabase(m_url);
    if (!db)
        return QString::fromStdString(db.error().message);
    Person person{name + QStringLiteral("-password"), QByteArray("secret of ") + name.toUtf8(), role, 0};
    auto step = enrolTestOperator(*db.value(), name.toStdString(), role, person.password.toUtf8(), person.secret);
    if (!step)
        return QString::fromStdString(step.error().message);
    person.lastStep = step.value();
    person.enrolledHere = true;
    m_people[name] = person;
    return {};
}

QString ExctlPeople::anyone(exchange::security::Role role)
{
    int colleagues = 0;
    for (const auto &[name, person] : m_people) {
        if (person.role != role || !person.enrolledHere)
            continue;
        ++colleagues;
        if (person.lastStep + 1 <= currentStep() + 1)
            return name;
    }
    for (int n = colleagues + 1;; ++n) {
        const QString name = QString::fromLatin1(exchange::security::roleName(role)) + u'-' + QString::number(n);
        if (m_people.count(name))
            continue;
        const QString refused = enrol(name, role);
        if (!refused.isEmpty())
            qFatal("could not enrol %s: %s", qPrintable(name), qPrintable(refused));
        return name;
    }
}

ExctlRun ExctlPeople::asAnyone(exchange::security::Role role, const QStringList &args)
{
    return as(anyone(role), args);
}

QString ExctlPeople::password(const QString &name) const
{
    return m_people.at(name).password;
}

QString ExctlPeople::nextCode(const QString &name)
{
    Person &person = m_people.at(name);
    QElapsedTimer waited;
    waited.start();
    [[maybe_unused]] const bool inTime =
        QTest::qWaitFor([&person] { return person.lastStep + 1 <= currentStep() + 1; }, 31000);
    if (waited.elapsed() > 1000)
        qInfo("waited %.1f s for %s's next two-factor code", waited.elapsed() / 1000.0, qPrintable(name));
    person.lastStep = std::max(person.lastStep + 1, currentStep());
    return QString::fromStdString(exchange::security::Totp::codeForStep(person.secret, person.lastStep));
}

QProcessEnvironment ExctlPeople::signIn(const QString &name)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXCTL_PASSWORD"), password(name));
    env.insert(QStringLiteral("EXCTL_TOTP"), nextCode(name));
    return env;
}

ExctlRun ExctlPeople::as(const QString &name, const QStringList &args)
{
    return runExctl(m_url, QStringList{QStringLiteral("--operator"), name} + args, signIn(name));
}
