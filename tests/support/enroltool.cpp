// exchange_enroltool: operators with a known two-factor secret on an
// existing exchange database, for the interop scripts (tests/interop/
// harness.mjs), which decide as many people so that no one waits for the
// clock. Test only: it enrols through OperatorService as a first sign-in
// does (testenrolment.h). For each operator it prints one JSON line,
//
//   {"name":"approver-2","step":59231456}
//
// step being the 30-second step whose code the enrolment used, so the
// caller knows which codes are still free. Exit 1 at the first refusal.
//
//   exchange_enroltool DB_URL NAME ROLE PASSWORD SECRET_HEX [NAME ROLE PASSWORD SECRET_HEX ...]

#include "core/store/existingdatabase.h"
#include "testenrolment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 5 || (args.size() - 1) % 4 != 0) {
        std::fputs("usage: exchange_enroltool DB_URL NAME ROLE PASSWORD SECRET_HEX [NAME ROLE PASSWORD SECRET_HEX ...]\n", stderr);
        return 2;
    }
    auto db = exchange::openExistingDatabase(args.first());
    if (!db) {
        std::fprintf(stderr, "enroltool: %s\n", db.error().message.c_str());
        return 1;
    }
    for (qsizetype i = 1; i < args.size(); i += 4) {
        const std::string name = args.at(i).toStdString();
        const auto role = exchange::security::roleFromName(args.at(i + 1).toStdString());
        const QByteArray secret = QByteArray::fromHex(args.at(i + 3).toLatin1());
        if (!role || secret.isEmpty()) {
            std::fprintf(stderr, "enroltool: %s: unknown role or empty secret\n", name.c_str());
            return 2;
        }
        auto step = enrolTestOperator(*db.value(), name, *role, args.at(i + 2).toUtf8(), secret);
        if (!step) {
            std::fprintf(stderr, "enroltool: %s: %s\n", name.c_str(), step.error().message.c_str());
            return 1;
        }
        const QJsonObject line{{QStringLiteral("name"), QString::fromStdString(name)}, {QStringLiteral("step"), step.value()}};
        std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    }
    return 0;
}
