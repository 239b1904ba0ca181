#pragma once
// Announces committed changes ("asset XLM changed") to whoever shows them.
// Thread-safe: services publish from the core thread; models in the GUI
// thread receive the signal queued. On PostgreSQL the same topics travel
// between processes: the database announces every commit (migration 13,
// changefeedschema.h) and a ChangeListener republishes what other
// processes changed here, so a model has one path whoever made the change.

#include <QObject>
#include <QString>

namespace exchange {

class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    enum class Topic { Asset, Customer, Ledger, Operator, Audit, Deposit, Wallet, Trade, Withdrawal, Duty };
    Q_ENUM(Topic)

    explicit ChangeNotifier(QObject *parent = nullptr) : QObject(parent) {}
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

    void publish(Topic topic, const QString &key) { emit changed(topic, key); }

signals:
    void changed(exchange::ChangeNotifier::Topic topic, const QString &key);
};

} // namespace exchange
