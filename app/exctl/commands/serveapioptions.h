#pragma once
// The options of `exctl serve` that bound the API's HTTP server (connection
// cap, timeouts, rate limits per client, trusted proxies) and switch it to
// HTTPS, read into HttpLimits and a TLS configuration.

#include "core/api/http/httplimits.h"

#include <QCommandLineParser>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class ServeApiOptions final
{
public:
    static void add(QCommandLineParser &parser);
    // Empty on success, else what is wrong with the options.
    QString read(const QCommandLineParser &parser);

    const exchange::api::HttpLimits &limits() const { return m_limits; }
    const std::optional<QSslConfiguration> &tls() const { return m_tls; }

private:
    exchange::api::HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
};
