#include "consoleapp.h"

#include "core/api/backofficelistenaddress.h"
#include "core/store/databaseurl.h"
#include "ui/language.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Screenshots need no display: render offscreen unless told otherwise.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshots") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ExchangeConsole"));
    QApplication::setApplicationName(QStringLiteral("exchange-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Exchange Console"));
    QApplication::setApplicationVersion(QStringLiteral(EXCHANGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The operators' console of a custodial crypto exchange."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database URL: sqlite:///path/file.db or "
                                                     "postgresql://user:password@host:port/dbname."),
                                      QStringLiteral("URL"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Fill the database with the demo data set (once). "
                                                       "Without --db, uses a separate demo database."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("Render every screen to DIR/<screen>.png and exit."),
                                               QStringLiteral("DIR"));
    const QCommandLineOption apiOption(QStringLiteral("api"),
                                       QStringLiteral("Serve the trade API on HOST:PORT (e.g. 127.0.0.1:8080)."),
                                       QStringLiteral("HOST:PORT"));
    const QCommandLineOption backOfficeOption(
        QStringLiteral("backoffice"),
        QStringLiteral("Serve the back-office API (signed requests of the exchange's own services) on HOST:PORT, "
                       "a loopback address unless --backoffice-allow-remote."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption backOfficeRemoteOption(QStringLiteral("backoffice-allow-remote"),
                                                    QStringLiteral("Let --backoffice listen on an address that is not loopback."));
    const QCommandLineOption ethRpcOption(QStringLiteral("eth-rpc"),
                                          QStringLiteral("Ethereum JSON-RPC URL for the trade API's funding checks."),
                                          QStringLiteral("URL"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("system, light or dark (default: the one chosen in View > Theme)."),
                                         QStringLiteral("THEME"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("system, en, de or ru (default: the one chosen in View > Language)."),
                                        QStringLiteral("LANG"));
    parser.addOptions({dbOption, demoOption, screenshotsOption, apiOption, backOfficeOption, backOfficeRemoteOption,
                       ethRpcOption, themeOption, langOption});
    parser.process(app);
    if (parser.isSet(backOfficeOption)) {
        if (auto address = exchange::api::BackOfficeListenAddress::parse(parser.value(backOfficeOption),
                                                                          parser.isSet(backOfficeRemoteOption));
            !address) {
            std::fprintf(stderr, "exconsole: %s\n", address.error().message.c_str());
            return 2;
        }
    }
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : savedLanguage();
    if (!languageCodes().contains(language)) {
        std::fprintf(stderr, "exconsole: --lang takes system, en, de or ru\n");
        return 2;
    }
    installLanguage(app, language);
    Theme theme = savedTheme();
    if (parser.isSet(themeOption)) {
        const auto chosen = themeFromName(parser.value(themeOption));
        if (!chosen) {
            std::fprintf(stderr, "exconsole: --theme takes system, light or dark\n");
            return 2;
        }
        theme = *chosen;
    }
    applyTheme(theme);

    ConsoleApp::Options options;
    options.demo = parser.isSet(demoOption);
    options.screenshotsDir = parser.value(screenshotsOption);
    options.apiAddress = parser.value(apiOption);
    options.backOfficeAddress = parser.value(backOfficeOption);
    options.backOfficeAllowRemote = parser.isSet(backOfficeRemoteOption);
    options.ethereumRpc = parser.value(ethRpcOption);
    options.databaseUrl = parser.value(dbOption);
    if (options.databaseUrl.isEmpty())
        options.databaseUrl = qEnvironmentVariable("EXCHANGE_DB");
    // An explicit --db (or $EXCHANGE_DB) is asked about before an exchange
    // is created there; the demo and the default location create theirs.
    options.mayCreate = options.demo || options.databaseUrl.isEmpty();
    if (options.databaseUrl.isEmpty()) {
        options.databaseUrl = options.demo
            ? QStringLiteral("sqlite://")
                + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .absoluteFilePath(QStringLiteral("demo.db"))
            : exchange::DatabaseUrl::defaultUrl();
    }

    ConsoleApp console(options);
    QObject::connect(&console, &ConsoleApp::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    console.start();
    return app.exec();
}
