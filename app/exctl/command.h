#pragma once
// One exctl subcommand ("asset list", "sig verify"). A command parses its own
// options, does its work through the core and reports through the context.
// Exit codes: 0 success, 1 refused action (one-line reason on stderr),
// 2 usage error.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class CommandContext;

class Command
{
public:
    enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };

    virtual ~Command() = default;

    // Words that select the command, e.g. "asset set".
    virtual QString name() const = 0;
    // One line for `exctl --help`.
    virtual QString summary() const = 0;
    // Positional arguments as shown in usage, e.g. "CODE".
    virtual QString positionalSyntax() const { return {}; }
    // Whether the command reads data and so accepts --json.
    virtual bool acceptsJson() const { return false; }

    // Adds the command's options to the parser (--help, --db and --json are
    // added by the caller).
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }

    virtual int run(CommandContext &context, const QCommandLineParser &parser) = 0;
};
