#include "operatorcli.h"

#include "commandcontext.h"

#include <cstdio>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace operatorcli {

exchange::security::Actor cliActor()
{
    const passwd *pw = getpwuid(geteuid());
    std::string name = pw && pw->pw_name ? pw->pw_name : std::to_string(geteuid());
    return exchange::security::Actor::cli(std::move(name));
}

QByteArray readPassword(CommandContext &context, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        context.err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    if (line.endsWith('\r'))
        line.chop(1);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.err() << Qt::endl;
    }
    return line;
}

} // namespace operatorcli
