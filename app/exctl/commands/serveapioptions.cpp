#include "serveapioptions.h"

#include "core/api/http/httptls.h"

namespace {

const exchange::api::HttpLimits kDefaults;
// Served requests and refusals per client address (not loopback).
constexpr int kRequestsPerSecond = 50;
constexpr int kRequestBurst = 100;
constexpr int kRefusalsPerSecond = 1;
constexpr int kRefusalBurst = 20;

QString seconds(int ms) { return QString::number(ms / 1000); }

} // namespace

void ServeApiOptions::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-max-connections"),
        QStringLiteral("Serve at most N API connections at once; more are closed at accept (default %1; "
                       "lowered to what the descriptor limit allows, see LimitNOFILE).")
            .arg(kDefaults.maxConnections),
        QStringLiteral("N"), QString::number(kDefaults.maxConnections)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-header-timeout"),
        QStringLiteral("A request's head must arrive within S seconds of its first byte, else 408 (default %1).")
            .arg(seconds(kDefaults.headerTimeoutMs)),
        QStringLiteral("S"), seconds(kDefaults.headerTimeoutMs)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-body-timeout"),
        QStringLiteral("A request's body must arrive within S seconds of its head, else 408 (default %1).")
            .arg(seconds(kDefaults.bodyTimeoutMs)),
        QStringLiteral("S"), seconds(kDefaults.bodyTimeoutMs)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-idle-timeout"),
        QStringLiteral("Close a keep-alive connection idle for S seconds (default %1).").arg(seconds(kDefaults.idleTimeoutMs)),
        QStringLiteral("S"), seconds(kDefaults.idleTimeoutMs)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-rate"),
        QStringLiteral("Serve each client address N requests a second, in bursts of --api-burst; beyond, 429 with "
                       "Retry-After (default %1; 0: no limit; loopback is never limited).")
            .arg(kRequestsPerSecond),
        QStringLiteral("N"), QString::number(kRequestsPerSecond)));
    parser.addOption(QCommandLineOption(QStringLiteral("api-burst"),
                                        QStringLiteral("Requests a client may send at once (default %1).").arg(kRequestBurst),
                                        QStringLiteral("N"), QString::number(kRequestBurst)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-refusal-rate"),
        QStringLiteral("Refusals (4xx answers) a client address earns back each second; once its --api-refusal-burst "
                       "is spent it gets 429 before a handler sees its requests (default %1; 0: no limit).")
            .arg(kRefusalsPerSecond),
        QStringLiteral("N"), QString::number(kRefusalsPerSecond)));
    parser.addOption(QCommandLineOption(QStringLiteral("api-refusal-burst"),
                                        QStringLiteral("Refusals a client may collect at once (default %1).").arg(kRefusalBurst),
                                        QStringLiteral("N"), QString::number(kRefusalBurst)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-trusted-proxy"),
        QStringLiteral("A reverse proxy at ADDR (repeatable): for its requests the client is the last "
                       "X-Forwarded-For address; from anyone else that header is ignored."),
        QStringLiteral("ADDR")));
    parser.addOption(QCommandLineOption(QStringLiteral("api-tls-cert"),
                                        QStringLiteral("Serve the API over HTTPS with the PEM certificate (and chain) in FILE; "
                                                       "needs --api-tls-key."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("api-tls-key"),
                                        QStringLiteral("The unencrypted PEM private key (RSA or EC) of --api-tls-cert."),
                                        QStringLiteral("FILE")));
}

QString ServeApiOptions::read(const QCommandLineParser &parser)
{
    const auto positive = [&parser](const char *name, int max, int &out) -> bool {
        bool ok = false;
        const int value = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || value <= 0 || value > max)
            return false;
        out = value;
        return true;
    };
    int headerSeconds = 0;
    int bodySeconds = 0;
    int idleSeconds = 0;
    if (!positive("api-max-connections", 1'000'000, m_limits.maxConnections))
        return QStringLiteral("--api-max-connections takes a positive number");
    if (!positive("api-header-timeout", 3600, headerSeconds) || !positive("api-body-timeout", 3600, bodySeconds)
        || !positive("api-idle-timeout", 3600, idleSeconds))
        return QStringLiteral("the --api-*-timeout options take seconds from 1 to 3600");
    m_limits.headerTimeoutMs = headerSeconds * 1000;
    m_limits.bodyTimeoutMs = bodySeconds * 1000;
    m_limits.idleTimeoutMs = idleSeconds * 1000;

    const auto count = [&parser](const char *name, int &out) -> bool {
        bool ok = false;
        const int value = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || value < 0 || value > 1'000'000)
            return false;
        out = value;
        return true;
    };
    if (!count("api-rate", m_limits.requestsPerSecond) || !count("api-burst", m_limits.requestBurst)
        || !count("api-refusal-rate", m_limits.refusalsPerSecond) || !count("api-refusal-burst", m_limits.refusalBurst))
        return QStringLiteral("--api-rate, --api-burst, --api-refusal-rate and --api-refusal-burst take a number from 0");
    for (const QString &proxy : parser.values(QStringLiteral("api-trusted-proxy"))) {
        const QHostAddress address(proxy);
        if (address.isNull())
            return QStringLiteral("--api-trusted-proxy takes an IP address, not %1").arg(proxy);
        m_limits.trustedProxies.append(address);
    }

    const bool cert = parser.isSet(QStringLiteral("api-tls-cert"));
    const bool key = parser.isSet(QStringLiteral("api-tls-key"));
    if (cert != key)
        return QStringLiteral("--api-tls-cert and --api-tls-key go together");
    if (cert) {
        auto tls = exchange::api::loadTlsConfiguration(parser.value(QStringLiteral("api-tls-cert")),
                                                       parser.value(QStringLiteral("api-tls-key")));
        if (!tls)
            return QString::fromStdString(tls.error().message);
        m_tls = tls.value();
    }
    return {};
}
