#include "servecommand.h"

#include "commandcontext.h"
#include "headlesscore.h"
#include "serveapioptions.h"
#include "stopsignals.h"
#include "core/wallets/chainpaymentlookups.h"
#include "core/api/apiclientservice.h"
#include "core/api/backofficelistenaddress.h"
#include "core/api/backofficeserver.h"
#include "core/api/tradeapiserver.h"
#include "core/customers/customeraddressbook.h"
#include "core/customers/customerservice.h"
#include "core/customers/depositaddressservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/appendonlyguard.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/chains/fakepaymentlookup.h"
#include "core/chains/routingpaymentlookup.h"
#include "core/trade/tradeservice.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/signedwithdrawalservice.h"
#include "core/withdrawals/withdrawalservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

using namespace exchange;

void ServeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("api"), QStringLiteral("Listen on HOST:PORT (default 127.0.0.1:8080; port 0 picks one)."),
                                        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")));
    parser.addOption(QCommandLineOption(QStringLiteral("eth-rpc"), QStringLiteral("Ethereum JSON-RPC URL for funding checks (default: exctl chain set ethereum)."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("trust-payments-for-testing"),
                                        QStringLiteral("Treat every tx_id as a confirmed, sufficient payment (never in production).")));
    parser.addOption(QCommandLineOption(QStringLiteral("for-seconds"), QStringLiteral("Stop after N seconds (tests)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("vault-passphrase-file"),
                                        QStringLiteral("Unlock the key vault with the first line of FILE (default: the systemd "
                                                       "credential vault-passphrase, if any), so automatic payouts sign."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("signer-journal"),
                                        QStringLiteral("Keep the payout signer's journal in DIR (default: "
                                                       "$EXCHANGE_SIGNER_JOURNAL_DIR, else the application data folder)."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-duties"),
                                        QStringLiteral("Serve the API only: never run the watchers and payouts here.")));
    parser.addOption(QCommandLineOption(QStringLiteral("backoffice"),
                                        QStringLiteral("Also serve the back-office API (signed requests of the exchange's "
                                                       "own services, exctl api-client) on HOST:PORT, a loopback address "
                                                       "unless --backoffice-allow-remote."),
                                        QStringLiteral("HOST:PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("backoffice-allow-remote"),
                                        QStringLiteral("Let --backoffice listen on an address that is not loopback.")));
    ServeApiOptions::add(parser);
}

namespace {

// For the journal: systemd stamps each line with the time, the program and
// its pid, and reads a "<N>" prefix as the line's priority.
void useJournalFriendlyLog()
{
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM"))
        qSetMessagePattern(QStringLiteral("%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                                          "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}"
                                          "%{if-category}%{category}: %{endif}%{message}"));
    else
        qSetMessagePattern(QStringLiteral("exctl serve: %{if-category}%{category}: %{endif}%{message}"));
}

} // namespace

int ServeCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("serve takes no arguments"));
    const QString api = parser.value(QStringLiteral("api"));
    const qsizetype colon = api.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? api.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress host(api.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || host.isNull())
        return context.usageError(QStringLiteral("--api takes HOST:PORT, e.g. 127.0.0.1:8080"));
    // The payouts read the journal's folder as every process does
    // (SignerJournal::directory()): the option sets it before they start.
    if (parser.isSet(QStringLiteral("signer-journal"))) {
        const QString dir = parser.value(QStringLiteral("signer-journal"));
        if (dir.isEmpty())
            return context.usageError(QStringLiteral("--signer-journal takes a folder"));
        qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", QFile::encodeName(dir));
    }
    ServeApiOptions apiOptions;
    if (const QString wrong = apiOptions.read(parser); !wrong.isEmpty())
        return context.usageError(wrong);
    std::optional<api::BackOfficeListenAddress> backOfficeAddress;
    if (parser.isSet(QStringLiteral("backoffice"))) {
        auto parsed = api::BackOfficeListenAddress::parse(parser.value(QStringLiteral("backoffice")),
                                                          parser.isSet(QStringLiteral("backoffice-allow-remote")));
        if (!parsed)
            return context.usageError(QString::fromStdString(parsed.error().message));
        backOfficeAddress = parsed.value();
    } else if (parser.isSet(QStringLiteral("backoffice-allow-remote"))) {
        return context.usageError(QStringLiteral("--backoffice-allow-remote goes with --backoffice HOST:PORT"));
    }

    Database *db = context.database();
    if (!db)
        return Refused;
    useJournalFriendlyLog();
    // Connected as the tables' owner or a superuser, the append-only
    // triggers hold by convention only: say so in the log and in /health.
    QString privilegeWarning;
    if (auto bypass = AppendOnlyGuard::bypass(*db); !bypass)
        qWarning("cannot read the database role's privileges: %s", bypass.error().message.c_str());
    else if (bypass.value())
        privilegeWarning = QString::fromStdString(*bypass.value());
    if (!privilegeWarning.isEmpty())
        qWarning("%s", qUtf8Printable(privilegeWarning));
    SystemClock clock;
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    trade::TradeService trades(*db, ledger, clock, audit);
    if (auto started = trades.start(); !started)
        return context.refuse(started.error());
    // /order_book's pages come from memory: read the history now rather
    // than on the first request.
    if (auto history = trades.orderHistory(); !history)
        return context.refuse(history.error());

    // Funding checks go to the nodes of the chain settings (exctl chain set);
    // --eth-rpc overrides Ethereum's.
    wallets::WalletService walletService(*db, clock, audit);
    auto settings = walletService.chainSettings();
    if (!settings)
        return context.refuse(settings.error());
    const QUrl ethereumRpc = parser.isSet(QStringLiteral("eth-rpc")) ? QUrl(parser.value(QStringLiteral("eth-rpc"))) : QUrl();
    wallets::ChainPaymentLookups nodes(settings.value(), ethereumRpc);
    chains::RoutingPaymentLookup payments;
    chains::FakePaymentLookup trusting;
    const bool trust = parser.isSet(QStringLiteral("trust-payments-for-testing"));
    if (trust) {
        context.err() << "exctl: WARNING: every tx_id is treated as a funded payment (testing only)" << Qt::endl;
        trusting.setTrusting(Amount::max());
    }
    for (Chain chain : {Chain::Ethereum, Chain::Algorand, Chain::Stellar})
        payments.set(chain, trust ? static_cast<chains::PaymentLookup *>(&trusting) : &nodes.lookup());
    for (const std::string &line : nodes.describe())
        context.out() << "funding checks on " << QString::fromStdString(line) << Qt::endl;
    // POST /withdraw: requests signed by M of a customer's registered keys.
    withdrawals::WithdrawalService withdrawalService(*db, clock, ledger, audit);
    withdrawals::SignedWithdrawalService signedWithdrawals(*db, clock, withdrawalService, audit);
    // Tokens (by their asset codes) and back-office clients are trusted only
    // as an admin signed them, traced from the vault's pin: without the
    // passphrase, /trade names the coins alone and no client is trusted.
    auto pin = HeadlessCore::pinnedAdminKey(*db, clock, audit,
                                            HeadlessCore::passphraseFile(parser.value(QStringLiteral("vault-passphrase-file"))));
    if (!pin)
        return context.refuse(pin.error());
    api::TradeApiServer server(trades, payments, apiOptions.limits());
    if (apiOptions.tls())
        server.setTls(*apiOptions.tls());
    server.setWithdrawals(&signedWithdrawals);
    if (!pin.value().isEmpty()) {
        server.setTokenSource([db, key = pin.value()](Chain chain) {
            return wallets::tokensInForce(db->connection(), db->dialect(), chain,
                                           [key]() -> Result<std::optional<QByteArray>> { return std::optional<QByteArray>(key); });
        });
    }
    // The back-office API: a listener of its own, never the public one's.
    customers::CustomerService customerService(*db, clock, audit);
    // Issuing needs no unlocked vault (the xpub, the pool); the leader tops
    // the Algorand pool up at its next unlock.
    customers::DepositAddressService depositAddresses(*db, clock, audit);
    customers::CustomerAddressBook customerAddresses(*db, clock, audit);
    api::ApiClientService apiClients(*db, clock, audit);
    std::unique_ptr<api::BackOfficeServer> backOffice;
    if (backOfficeAddress) {
        if (pin.value().isEmpty())
            context.err() << "exctl: the back-office API trusts no client: the key vault pins no admin key, or no "
                             "--vault-passphrase-file opens it"
                          << Qt::endl;
        backOffice = std::make_unique<api::BackOfficeServer>(
            *db, apiClients, customerService, clock, [key = pin.value()] { return key; }, apiOptions.limits());
        backOffice->setDepositAddresses(&depositAddresses);
        backOffice->setAddressBook(&customerAddresses);
        backOffice->setWithdrawals(&withdrawalService);
    }

    // The watchers and payouts, in whichever process leads them.
    HeadlessCore core;
    if (!parser.isSet(QStringLiteral("no-duties"))) {
        const QString passphrase = HeadlessCore::passphraseFile(parser.value(QStringLiteral("vault-passphrase-file")));
        if (auto started = core.start(context.databaseUrl(), passphrase); !started)
            return context.refuse(started.error());
    }
    server.setHealth([&core, db, privilegeWarning] {
        api::HealthReport report = core.health(*db);
        report.databaseWarning = privilegeWarning;
        return api::HttpResponse(report.toJson(), static_cast<api::HttpResponse::StatusCode>(report.httpStatus()));
    });

    // A service manager's stop: no new connections, a moment for the
    // requests under way, then the duties end between two steps.
    StopSignals stops;
    QString stoppedBy;
    QObject::connect(&stops, &StopSignals::received, qApp, [&](int signalNumber) {
        if (!stoppedBy.isEmpty())
            return;
        stoppedBy = StopSignals::nameOf(signalNumber);
        qInfo("%s: stopping", qUtf8Printable(stoppedBy));
        server.stopListening();
        if (backOffice)
            backOffice->stopListening();
        QTimer::singleShot(300, qApp, &QCoreApplication::quit);
    });

    auto bound = server.listen(host, static_cast<quint16>(port));
    if (!bound)
        return context.refuse(bound.error());
    context.out() << "listening on " << (apiOptions.tls() ? "https://" : "http://") << host.toString() << ':' << bound.value() << Qt::endl;
    if (backOffice) {
        auto backOfficeBound = backOffice->listen(backOfficeAddress->host, backOfficeAddress->port);
        if (!backOfficeBound)
            return context.refuse(backOfficeBound.error());
        if (!backOfficeAddress->host.isLoopback())
            qWarning("the back-office API listens on %s, which is not loopback (--backoffice-allow-remote): "
                     "every service client's request is still signed, but keep this address off the internet",
                     qUtf8Printable(backOfficeAddress->host.toString()));
        context.out() << "back office listening on http://" << backOfficeAddress->host.toString() << ':'
                      << backOfficeBound.value() << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("for-seconds")))
        QTimer::singleShot(parser.value(QStringLiteral("for-seconds")).toInt() * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    server.stopListening();
    if (backOffice)
        backOffice->stopListening();
    core.stop();
    context.out() << "stopped: " << server.accepted() << " orders and withdrawals accepted, " << server.refused() << " refused"
                  << Qt::endl;
    if (!stoppedBy.isEmpty())
        context.err() << "exctl serve: stopped cleanly on " << stoppedBy
                      << ": the duties ended between two steps and the lead is free" << Qt::endl;
    return Success;
}
