#pragma once
// The list of exctl commands and the dispatcher that picks one from argv.

#include "command.h"

#include <memory>
#include <vector>

class CommandRegistry final
{
public:
    void add(std::unique_ptr<Command> command);

    // Runs the command selected by args (without the program name).
    int dispatch(const QStringList &args);

    QString usage() const;
    // The commands of a group ("withdrawals" lists "withdrawals approve", ...), empty when words name none.
    QString groupUsage(const QStringList &words) const;

private:
    Command *find(const QStringList &args, qsizetype *wordsUsed) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
