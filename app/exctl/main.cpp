#include "allcommands.h"
#include "commandregistry.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ExchangeConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("exchange-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXCHANGE_VERSION));

    CommandRegistry registry;
    registerAllCommands(registry);
    return registry.dispatch(QCoreApplication::arguments().mid(1));
}
