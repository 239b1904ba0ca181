// exchange_modelprobe: the model stack of one console, in a process of its
// own, for tests and benchmarks that need several consoles on one
// database. It opens the database, hears the change feed (ChangeListener)
// and keeps the Withdrawals screen's model on the history view; every time
// a withdrawal on its page looks different it prints one JSON line:
//
//   {"event":"ready","rows":N,"origin":"exchange-…"}
//   {"event":"row","id":7,"state":"approved","approvals":1,"mono_ns":…}
//
// mono_ns is CLOCK_MONOTONIC (std::chrono::steady_clock), which every
// process on the machine shares, so a writer can measure how long a change
// took to reach this model.
//
// It acts too, through the model as the screen does, as the local user
// NAME (--as): each line "approve ID" or "reject ID REASON" on its standard
// input, answered with
//
//   {"event":"acted","id":7,"message":"Withdrawal 7 approved: …"}
//   {"event":"refused","message":"Withdrawal 7 was not approved: …"}
//
// Ends when its standard input closes.
//
//   exchange_modelprobe --db URL [--as NAME] [--page-size N]

#include "core/runtime/changelistener.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/withdrawals/withdrawalstate.h"
#include "models/operatorsession.h"
#include "models/withdrawalsmodel.h"
#include "testoperators.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <chrono>
#include <cstdio>
#include <map>
#include <unistd.h>

using namespace exchange;

namespace {

void print(const QJsonObject &line)
{
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QStringLiteral("Database URL."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("as"), QStringLiteral("Act as this admin (added if missing)."), QStringLiteral("NAME"),
                                        QStringLiteral("modelprobe")));
    parser.addOption(QCommandLineOption(QStringLiteral("page-size"), QStringLiteral("Rows on the page."), QStringLiteral("N"),
                                        QStringLiteral("200")));
    parser.process(app);
    auto opened = Database::open(parser.value(QStringLiteral("db")));
    if (!opened) {
        std::fprintf(stderr, "modelprobe: %s\n", opened.error().message.c_str());
        return 1;
    }
    CoreRuntime runtime;
    CoreServices services(std::move(opened).value());
    ChangeListener listener(services.database(), services.notifier());
    if (auto started = listener.start(); !started) {
        std::fprintf(stderr, "modelprobe: %s\n", started.error().message.c_str());
        return 1;
    }
    OperatorSession session(runtime, services.operators());
    // A person: an admin operator row of that name (cli:<user> decides nothing).
    session.actAs(testAdmin(services.database(), parser.value(QStringLiteral("as")).toStdString()));
    WithdrawalsModel model(runtime, services, session);
    model.setPageSize(parser.value(QStringLiteral("page-size")).toInt());
    model.setView(WithdrawalsModel::View::History);

    struct Seen {
        std::string state;
        int approvals;
        bool operator==(const Seen &) const = default;
    };
    std::map<qint64, Seen> seen;
    bool ready = false;
    auto look = [&] {
        if (!model.isLoaded())
            return;
        const qint64 now = monotonicNs();
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto *w = model.withdrawal(row);
            const Seen current{std::string(withdrawals::withdrawalStateName(w->record.state)), w->approvals};
            auto it = seen.find(w->record.id);
            if (it != seen.end() && it->second == current)
                continue;
            seen[w->record.id] = current;
            if (ready)
                print({{QStringLiteral("event"), QStringLiteral("row")},
                       {QStringLiteral("id"), static_cast<qint64>(w->record.id)},
                       {QStringLiteral("state"), QString::fromStdString(current.state)},
                       {QStringLiteral("approvals"), current.approvals},
                       {QStringLiteral("mono_ns"), now}});
        }
        if (!ready) {
            ready = true;
            print({{QStringLiteral("event"), QStringLiteral("ready")},
                   {QStringLiteral("rows"), model.rowCount()},
                   {QStringLiteral("origin"), Database::processOrigin()}});
        }
    };
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &app, look);
    QObject::connect(&model, &QAbstractItemModel::modelReset, &app, look);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, look);
    QObject::connect(&model, &WithdrawalsModel::loaded, &app, look);
    QObject::connect(&model, &WithdrawalsModel::acted, &app, [](qint64 id, const QString &message) {
        print({{QStringLiteral("event"), QStringLiteral("acted")}, {QStringLiteral("id"), id}, {QStringLiteral("message"), message}});
    });
    QObject::connect(&model, &WithdrawalsModel::failed, &app, [](const QString &message) {
        print({{QStringLiteral("event"), QStringLiteral("refused")}, {QStringLiteral("message"), message}});
    });

    QByteArray pending;
    auto command = [&](const QString &line) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.at(0) == u"approve")
            model.approve(words.at(1).toLongLong(), QStringLiteral("approve"));
        else if (words.size() >= 3 && words.at(0) == u"reject")
            model.reject(words.at(1).toLongLong(), words.mid(2).join(u' '));
        else if (!words.isEmpty())
            std::fprintf(stderr, "modelprobe: unknown command %s\n", qPrintable(line));
    };
    // Ends when whoever started it closes its standard input.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            app.quit();
            return;
        }
        pending.append(buffer, got);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            command(QString::fromUtf8(pending.left(end)).trimmed());
            pending.remove(0, end + 1);
        }
    });
    const int code = QCoreApplication::exec();
    listener.stop();
    runtime.stop([&services] { services.database().releaseThreadConnection(); });
    return code;
}
