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
    m_people[QStringLiteral("admin")] = Person{QStringLiteral("demo-admin"), secret, currentStep()};
    m_people[QStringLiteral("approver")] = Person{QStringLiteral("demo-approver"), secret, currentStep()};
    m_people[QStringLiteral("operator")] = Person{QStringLiteral("demo-operator"), secret, currentStep()};
}

QString ExctlPeople::enrol(const QString &name, exchange::security::Role role)
{
    auto db = exchange::openExistingDatabase(m_url);
    if (!db)
        return QString::fromStdString(db.error().message);
    Person person{name + QStringLiteral("-password"), QByteArray("secret of ") + name.toUtf8(), 0};
    auto step = enrolTestOperator(*db.value(), name.toStdString(), role, person.password.toUtf8(), person.secret);
    if (!step)
        return QString::fromStdString(step.error().message);
    person.lastStep = step.value();
    m_people[name] = person;
    return {};
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
