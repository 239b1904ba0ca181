// The deposit state machine: every allowed transition, and every event in
// every state where it is not allowed is refused with a reason.

#include "core/deposits/depositstate.h"

#include <QTest>

#include <set>

using namespace exchange;
using namespace exchange::deposits;

class TestDepositState : public QObject
{
    Q_OBJECT
private slots:
    void allowedTransitions()
    {
        QCOMPARE(nextDepositState(DepositState::Pending, DepositEvent::ConfirmedBelowMinimum).value(), DepositState::Ignored);
        QCOMPARE(nextDepositState(DepositState::Pending, DepositEvent::ConfirmedUnattributed).value(), DepositState::Unattributed);
        QCOMPARE(nextDepositState(DepositState::Pending, DepositEvent::ConfirmedForCustomer).value(), DepositState::Credited);
        QCOMPARE(nextDepositState(DepositState::Unattributed, DepositEvent::Assigned).value(), DepositState::Credited);
        QCOMPARE(nextDepositState(DepositState::Credited, DepositEvent::CollectionPlanned).value(), DepositState::CollectionPlanned);
        QCOMPARE(nextDepositState(DepositState::Credited, DepositEvent::AlreadyInHot).value(), DepositState::Collected);
        QCOMPARE(nextDepositState(DepositState::CollectionPlanned, DepositEvent::PlanDropped).value(), DepositState::Credited);
        QCOMPARE(nextDepositState(DepositState::CollectionPlanned, DepositEvent::CollectionBroadcast).value(), DepositState::Collecting);
        QCOMPARE(nextDepositState(DepositState::Collecting, DepositEvent::CollectionConfirmed).value(), DepositState::Collected);
        QCOMPARE(nextDepositState(DepositState::Collecting, DepositEvent::CollectionFailed).value(), DepositState::CollectionPlanned);
    }
    void everythingElseIsRefused()
    {
        const std::set<std::pair<int, int>> allowed{
            {int(DepositState::Pending), int(DepositEvent::ConfirmedBelowMinimum)},
            {int(DepositState::Pending), int(DepositEvent::ConfirmedUnattributed)},
            {int(DepositState::Pending), int(DepositEvent::ConfirmedForCustomer)},
            {int(DepositState::Unattributed), int(DepositEvent::Assigned)},
            {int(DepositState::Credited), int(DepositEvent::CollectionPlanned)},
            {int(DepositState::Credited), int(DepositEvent::AlreadyInHot)},
            {int(DepositState::CollectionPlanned), int(DepositEvent::PlanDropped)},
            {int(DepositState::CollectionPlanned), int(DepositEvent::CollectionBroadcast)},
            {int(DepositState::Collecting), int(DepositEvent::CollectionConfirmed)},
            {int(DepositState::Collecting), int(DepositEvent::CollectionFailed)},
        };
        int refused = 0;
        for (int s = int(DepositState::Pending); s <= int(DepositState::Collected); ++s) {
            for (int e = int(DepositEvent::ConfirmedBelowMinimum); e <= int(DepositEvent::AlreadyInHot); ++e) {
                auto next = nextDepositState(DepositState(s), DepositEvent(e));
                if (allowed.count({s, e})) {
                    QVERIFY(next.ok());
                    continue;
                }
                QVERIFY(!next.ok());
                QCOMPARE(next.error().code, ErrorCode::WrongState);
                QVERIFY(next.error().message.find(std::string(depositStateName(DepositState(s)))) != std::string::npos);
                ++refused;
            }
        }
        QCOMPARE(refused, 7 * 10 - 10);
        // The cases an operator will meet: a credited deposit cannot be assigned again, an ignored one never.
        QVERIFY(nextDepositState(DepositState::Credited, DepositEvent::Assigned).error().message.find("credited") != std::string::npos);
        QVERIFY(!nextDepositState(DepositState::Ignored, DepositEvent::Assigned).ok());
        QVERIFY(!nextDepositState(DepositState::Collected, DepositEvent::CollectionFailed).ok());
    }
    void namesRoundTrip()
    {
        for (int s = int(DepositState::Pending); s <= int(DepositState::Collected); ++s)
            QCOMPARE(depositStateFromName(depositStateName(DepositState(s))).value(), DepositState(s));
        QVERIFY(!depositStateFromName("paid"));
    }
};

QTEST_APPLESS_MAIN(TestDepositState)
#include "tst_depositstate.moc"
