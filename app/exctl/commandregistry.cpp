#include "commandregistry.h"

#include "commandcontext.h"
#include "core/store/databaseurl.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandRegistry::find(const QStringList &words, qsizetype *wordsUsed) const
{
    // The longest command name that prefixes the arguments wins, so that
    // "asset" alone is not mistaken for "asset list".
    Command *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &command : m_commands) {
        const QStringList nameWords = command->name().split(u' ');
        if (nameWords.size() > words.size() || nameWords.size() <= bestLength)
            continue;
        if (std::equal(nameWords.begin(), nameWords.end(), words.begin())) {
            best = command.get();
            bestLength = nameWords.size();
        }
    }
    *wordsUsed = bestLength;
    return best;
}

QString CommandRegistry::groupUsage(const QStringList &words) const
{
    // The longest run of leading words that begins some command's name.
    for (qsizetype n = words.size(); n > 0; --n) {
        const QStringList prefix = words.mid(0, n);
        std::vector<const Command *> members;
        for (const auto &c : m_commands) {
            const QStringList nameWords = c->name().split(u' ');
            if (nameWords.size() > n && std::equal(prefix.begin(), prefix.end(), nameWords.begin()))
                members.push_back(c.get());
        }
        if (members.empty())
            continue;
        std::sort(members.begin(), members.end(),
                  [](const Command *a, const Command *b) { return a->name() < b->name(); });
        QString text;
        QTextStream s(&text);
        if (n < words.size())
            s << "exctl: unknown command '" << words.join(u' ') << "'\n";
        s << "usage: exctl " << prefix.join(u' ') << " COMMAND [options]\n\nCommands:\n";
        for (const Command *c : members)
            s << "  " << c->name().leftJustified(22) << ' ' << c->summary() << '\n';
        s << "\nTry 'exctl " << prefix.join(u' ') << " COMMAND --help'.\n";
        return text;
    }
    return {};
}

QString CommandRegistry::usage() const
{
    QString text;
    QTextStream s(&text);
    s << "Usage: exctl [--db URL] [--operator NAME] COMMAND [options]\n\n"
      << "The exchange core on the command line.\n\n"
      << "Global options:\n"
      << "  --db URL      sqlite:///path/file.db or postgresql://user:password@host:port/dbname\n"
      << "                (default: " << exchange::DatabaseUrl::defaultUrl() << ")\n"
      << "  --operator NAME  act as this operator, signed in with their password and two-factor code\n"
      << "                (EXCTL_PASSWORD, EXCTL_TOTP, else asked on the terminal). Approving,\n"
      << "                rejecting, manual payout, TxId, asset and chain settings need it;\n"
      << "                without it exctl acts as cli:<OS user>, who may read and run maintenance\n"
      << "  --help        show this help, or a command's with COMMAND --help\n"
      << "  --version     show the version\n\n"
      << "Commands:\n";
    std::vector<const Command *> sorted;
    for (const auto &c : m_commands)
        sorted.push_back(c.get());
    std::sort(sorted.begin(), sorted.end(),
              [](const Command *a, const Command *b) { return a->name() < b->name(); });
    for (const Command *c : sorted)
        s << "  " << c->name().leftJustified(22) << ' ' << c->summary() << '\n';
    s << "\nExit status: 0 success, 1 refused (reason on stderr), 2 usage error.\n";
    return text;
}

int CommandRegistry::dispatch(const QStringList &rawArgs)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // --db may stand anywhere, --operator before the command's words (after
    // them it is the command's own, as in `audit list --operator NAME`); take
    // them out before the command sees the rest.
    QString databaseUrl;
    QString operatorName;
    QStringList args;
    for (qsizetype i = 0; i < rawArgs.size(); ++i) {
        const QString &a = rawArgs.at(i);
        const bool beforeCommand = args.isEmpty();
        if (beforeCommand && a == u"--operator") {
            if (i + 1 >= rawArgs.size() || rawArgs.at(i + 1).isEmpty()) {
                err << "exctl: --operator needs an operator's name\n";
                return Command::UsageError;
            }
            operatorName = rawArgs.at(++i);
        } else if (beforeCommand && a.startsWith(u"--operator=")) {
            operatorName = a.mid(11);
            if (operatorName.isEmpty()) {
                err << "exctl: --operator needs an operator's name\n";
                return Command::UsageError;
            }
        } else if (a == u"--db") {
            if (i + 1 >= rawArgs.size()) {
                err << "exctl: --db needs a URL\n";
                return Command::UsageError;
            }
            databaseUrl = rawArgs.at(++i);
        } else if (a.startsWith(u"--db=")) {
            databaseUrl = a.mid(5);
        } else {
            args << a;
        }
    }
    if (databaseUrl.isEmpty())
        databaseUrl = qEnvironmentVariable("EXCHANGE_DB", exchange::DatabaseUrl::defaultUrl());

    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        out << usage();
        return args.isEmpty() ? Command::UsageError : Command::Success;
    }
    if (args.first() == u"--version") {
        out << "exctl " << EXCHANGE_VERSION << '\n';
        return Command::Success;
    }

    qsizetype used = 0;
    Command *command = find(args, &used);
    if (!command) {
        // A group's name alone ("exctl withdrawals"): its commands, as --help would list them.
        if (const QString group = groupUsage(args); !group.isEmpty()) {
            err << group;
            return Command::UsageError;
        }
        err << "exctl: unknown command '" << args.join(u' ') << "'\nTry 'exctl --help'.\n";
        return Command::UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    if (command->acceptsJson())
        parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON.")));
    command->addOptions(parser);

    // QCommandLineParser expects a program name first.
    QStringList parserArgs{QStringLiteral("exctl ") + command->name()};
    parserArgs += args.mid(used);
    if (!parser.parse(parserArgs)) {
        err << "exctl " << command->name() << ": " << parser.errorText() << '\n';
        return Command::UsageError;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser starts with the binary's full path; the
        // command's own words are what the reader types.
        QString help = parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        QString usageLine = QStringLiteral("usage: exctl ") + command->name();
        if (!command->positionalSyntax().isEmpty())
            usageLine += u' ' + command->positionalSyntax();
        usageLine += QStringLiteral(" [options]");
        help.replace(0, firstLineEnd < 0 ? help.size() : firstLineEnd, usageLine);
        out << help;
        return Command::Success;
    }

    CommandContext context(databaseUrl, operatorName, out, err);
    const int code = command->run(context, parser);
    out.flush();
    err.flush();
    return code;
}
