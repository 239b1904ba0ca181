#pragma once
// Webhook deliveries in each state for a test, on an exchange database:
// a service client "webapp" with one endpoint, four customers (whose rows
// the triggers turn into four events) and one delivery of each event, as
// the dispatcher would have left them. Fails the process when a row cannot
// be written.

#include <QString>

namespace exchange { class Database; }

struct TestWebhooks {
    static inline const QString kUrl = QStringLiteral("https://app.example.org/hooks/exchange");
    static constexpr qint64 kFailedAtMs = 1'700'000'900'000;
    qint64 delivered = 0; // answered 204
    qint64 failing = 0;   // open, 3 attempts, the last answered 502, next at kFailingNextMs
    qint64 failed = 0;    // given up at kFailedAtMs after 14 attempts, the last refused
    qint64 waiting = 0;   // open, not tried yet
    static constexpr qint64 kFailingNextMs = 1'700'000'600'000;
};

// The ids of the four deliveries, written in this order (delivered first).
TestWebhooks addTestWebhooks(exchange::Database &db);
