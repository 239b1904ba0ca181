#include "customerdetailsource.h"

#include "assetcatalog.h"
#include "coretext.h"
#include "depositsmodel.h"
#include "displayformat.h"
#include "reloadcoalescer.h"
#include "withdrawaltext.h"
#include "core/deposits/depositstate.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/withdrawals/withdrawalstate.h"

#include <QStandardItemModel>

using exchange::customers::CustomerHistory;
using exchange::customers::HistoryEntry;

namespace {

QStandardItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setTextAlignment(align);
    return i;
}

QStandardItem *amountItem(exchange::Amount amount, const std::map<std::string, exchange::Asset> &assets, const std::string &code)
{
    const auto asset = assets.find(code);
    QStandardItem *i = item(asset != assets.end() ? displayformat::fullAmountText(amount, asset->second)
                                                  : QString::fromStdString(amount.toBaseUnitString()),
                            Qt::AlignRight | Qt::AlignVCenter);
    if (asset != assets.end())
        i->setData(displayformat::exactAmountText(amount, asset->second), displayformat::ExactTextRole);
    return i;
}

QString orderStateTitle(const std::string &state)
{
    if (state == "open")
        return CustomerDetailsSource::tr("Open");
    if (state == "filled")
        return CustomerDetailsSource::tr("Filled");
    if (state == "cancelled")
        return CustomerDetailsSource::tr("Cancelled");
    return QString::fromStdString(state);
}

void fillHistory(QStandardItemModel *model, const std::vector<HistoryEntry> &entries,
                 const std::map<std::string, exchange::Asset> &assets, const std::function<QString(const HistoryEntry &)> &state,
                 const std::function<QString(const HistoryEntry &)> &detail)
{
    model->removeRows(0, model->rowCount());
    for (const HistoryEntry &e : entries) {
        QStandardItem *id = item(QString::number(e.id), Qt::AlignRight | Qt::AlignVCenter);
        id->setData(QVariant::fromValue(e.id), CustomerDetailsSource::IdRole);
        model->appendRow({id, item(displayformat::dateTimeText(e.atMs)), item(QString::fromStdString(e.asset)),
                          amountItem(e.amount, assets, e.asset), item(state(e)), item(detail(e))});
    }
}

} // namespace

CustomerDetailsSource::CustomerDetailsSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : QObject(parent),
      m_runtime(runtime),
      m_services(services),
      m_balances(new QStandardItemModel(0, 4, this)),
      m_deposits(new QStandardItemModel(0, 6, this)),
      m_withdrawals(new QStandardItemModel(0, 6, this)),
      m_orders(new QStandardItemModel(0, 6, this))
{
    m_balances->setHorizontalHeaderLabels({tr("Asset"), tr("Available"), tr("Held"), tr("Total")});
    m_deposits->setHorizontalHeaderLabels({tr("Id"), tr("Seen"), tr("Asset"), tr("Amount"), tr("State"), tr("Transaction")});
    m_withdrawals->setHorizontalHeaderLabels({tr("Id"), tr("Requested"), tr("Asset"), tr("Amount"), tr("State"), tr("Destination")});
    m_orders->setHorizontalHeaderLabels({tr("Id"), tr("Placed"), tr("Sells"), tr("Amount"), tr("State"), tr("Buys")});
    using Topic = exchange::ChangeNotifier::Topic;
    new ReloadCoalescer(services.notifier(), {Topic::Customer, Topic::Ledger, Topic::Deposit, Topic::Withdrawal, Topic::Trade},
                        [this] { reload(); }, this);
}

void CustomerDetailsSource::show(qint64 customerId)
{
    if (customerId == m_customerId && m_loaded)
        return;
    m_customerId = customerId;
    m_loaded = false;
    reload();
}

void CustomerDetailsSource::clear()
{
    m_holdings.clear();
    for (QStandardItemModel *model : {m_balances, m_deposits, m_withdrawals, m_orders})
        model->removeRows(0, model->rowCount());
}

void CustomerDetailsSource::reload()
{
    const quint64 generation = ++m_generation;
    if (m_customerId <= 0) {
        clear();
        return;
    }
    struct Snapshot {
        CustomerHistory history;
        std::map<std::string, exchange::Asset> assets;
    };
    auto *services = &m_services;
    const qint64 id = m_customerId;
    // A read only, on the aside thread: the core thread does not wait behind it.
    m_runtime.postAside(
        [services, id]() -> exchange::Result<Snapshot> {
            auto history = exchange::customers::CustomerDirectory(services->database()).history(id, kLatest);
            if (!history)
                return history.error();
            auto assets = assetsByCode(*services);
            if (!assets)
                return assets.error();
            return Snapshot{std::move(history).value(), std::move(assets).value()};
        },
        this,
        [this, generation](exchange::Result<Snapshot> result) {
            if (generation != m_generation)
                return; // another customer was chosen meanwhile
            if (!result) {
                clear();
                emit failed(tr("The customer's details could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            const Snapshot &s = result.value();
            // Every configured asset, with or without an account.
            m_balances->removeRows(0, m_balances->rowCount());
            m_holdings.clear();
            for (const auto &[code, asset] : s.assets) {
                exchange::customers::CustomerBalance balance{code, exchange::Amount::zero(), exchange::Amount::zero(),
                                                             exchange::Amount::zero()};
                for (const auto &b : s.history.balances) {
                    if (b.asset == code)
                        balance = b;
                }
                if (!balance.total.isZero() || !balance.held.isZero()) {
                    const QString total = displayformat::fullAmountText(balance.total, asset) + u' ' + QString::fromStdString(code);
                    m_holdings << (balance.held.isZero()
                                       ? total
                                       //: what a customer has of one asset, and of it held: "5.00 XLM (2.00 held)"
                                       : tr("%1 (%2 held)").arg(total, displayformat::fullAmountText(balance.held, asset)));
                }
                m_balances->appendRow({item(QString::fromStdString(code)), amountItem(balance.available, s.assets, code),
                                       amountItem(balance.held, s.assets, code), amountItem(balance.total, s.assets, code)});
            }
            fillHistory(
                m_deposits, s.history.deposits, s.assets,
                [](const HistoryEntry &e) {
                    if (e.state == "internal")
                        //: a customer's history: another customer's withdrawal to their deposit address, settled in the ledger
                        return CustomerDetailsSource::tr("Internal transfer");
                    const auto state = exchange::deposits::depositStateFromName(e.state);
                    return state ? DepositsModel::stateTitle(*state) : QString::fromStdString(e.state);
                },
                [](const HistoryEntry &e) {
                    if (e.state == "internal")
                        //: %1 the sending customer's id, %2 their withdrawal's id
                        return CustomerDetailsSource::tr("from customer #%1, withdrawal #%2").arg(QString::fromStdString(e.detail)).arg(e.id);
                    return QString::fromStdString(e.detail);
                });
            fillHistory(
                m_withdrawals, s.history.withdrawals, s.assets,
                [](const HistoryEntry &e) {
                    const auto state = exchange::withdrawals::withdrawalStateFromName(e.state);
                    return state ? WithdrawalText::stateTitle(*state) : QString::fromStdString(e.state);
                },
                [](const HistoryEntry &e) { return QString::fromStdString(e.detail); });
            fillHistory(
                m_orders, s.history.orders, s.assets, [](const HistoryEntry &e) { return orderStateTitle(e.state); },
                [](const HistoryEntry &e) { return QString::fromStdString(e.detail); });
            m_loaded = true;
            emit loaded();
        });
}
