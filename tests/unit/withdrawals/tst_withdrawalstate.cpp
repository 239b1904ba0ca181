// The withdrawal state machine: every allowed transition, and every other
// (state, event) pair of the full cross product refused with a reason that
// names both. The expected table is written out here from the rules,
// not copied from the code, so that a changed row in either place fails.

#include "core/withdrawals/withdrawalstate.h"

#include <QTest>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

using S = WithdrawalState;
using E = WithdrawalEvent;

constexpr int kStateCount = 11;
constexpr int kEventCount = 19;

struct Expected {
    std::optional<S> from; // nullopt: a new withdrawal
    E event;
    S to;
};

// From 002_… and issue 8: within limits → paid automatically from hot;
// over a limit → review, then approve / reject / manual; cancel only before
// anything is signed; a failed transaction is retried, never paid; a TxId
// only in manual payout. Issue 20: a withdrawal the signer's journal and the
// database disagree about is held for integrity, and nothing moves it on by
// itself; an admin who has investigated releases it as paid (a TxId the
// chain shows) or as not paid (rejected, funds back).
const std::vector<Expected> &expectedTable()
{
    static const std::vector<Expected> table{
        {std::nullopt, E::RequestedWithinLimits, S::Processing},
        {std::nullopt, E::RequestedOverLimit, S::UnderReview},
        {S::UnderReview, E::Approved, S::Approved},
        {S::UnderReview, E::Rejected, S::Rejected},
        {S::UnderReview, E::Cancelled, S::Cancelled},
        {S::UnderReview, E::SentToManual, S::ManualPayout},
        {S::Approved, E::PayoutStarted, S::Processing},
        {S::Approved, E::Cancelled, S::Cancelled},
        {S::Approved, E::SentToManual, S::ManualPayout},
        {S::Processing, E::PayoutBroadcast, S::Broadcast},
        {S::Processing, E::HotShort, S::Error},
        {S::Processing, E::NodeUnreachable, S::Error},
        {S::Processing, E::PayoutRefused, S::Error},
        {S::Processing, E::IntegrityCheckFailed, S::HeldForIntegrity},
        // To another customer's deposit address: settled in the ledger.
        {S::Processing, E::SettledInternally, S::Succeeded},
        {S::Broadcast, E::PayoutConfirmed, S::Succeeded},
        {S::Broadcast, E::PayoutFailed, S::Failed},
        {S::Error, E::Retry, S::Processing},
        {S::Failed, E::Retry, S::Processing},
        {S::Failed, E::Rejected, S::Rejected},
        {S::Failed, E::SentToManual, S::ManualPayout},
        {S::ManualPayout, E::TxIdVerified, S::Succeeded},
        {S::HeldForIntegrity, E::ReleasedAsPaid, S::Succeeded},
        {S::HeldForIntegrity, E::ReleasedAsRejected, S::Rejected},
    };
    return table;
}

Result<S> apply(std::optional<S> from, E event)
{
    return from ? nextWithdrawalState(*from, event) : initialWithdrawalState(event);
}

bool contains(const std::string &text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestWithdrawalState : public QObject
{
    Q_OBJECT
private slots:
    void namesAreTheStoredOnes()
    {
        // These strings are stored and typed on exctl's command line: they may never change.
        const std::map<S, std::string> names{
            {S::UnderReview, "under_review"}, {S::Approved, "approved"},   {S::Processing, "processing"},
            {S::Broadcast, "broadcast"},      {S::Succeeded, "succeeded"}, {S::Failed, "failed"},
            {S::Rejected, "rejected"},        {S::Cancelled, "cancelled"}, {S::Error, "error"},
            {S::ManualPayout, "manual_payout"}, {S::HeldForIntegrity, "held_for_integrity"},
        };
        QCOMPARE(int(names.size()), kStateCount);
        for (const auto &[state, name] : names) {
            QCOMPARE(std::string(withdrawalStateName(state)), name);
            QCOMPARE(withdrawalStateFromName(name).value(), state);
        }
        QVERIFY(!withdrawalStateFromName("paid"));
        QVERIFY(!withdrawalStateFromName("Under_Review"));
        QVERIFY(!withdrawalStateFromName(""));
        // Every event has a name of its own (errors would otherwise be ambiguous).
        std::set<std::string_view> eventNames;
        for (int e = 0; e < kEventCount; ++e) {
            const auto name = withdrawalEventName(E(e));
            QVERIFY(name != "unknown");
            eventNames.insert(name);
        }
        QCOMPARE(int(eventNames.size()), kEventCount);
    }

    void allowedTransitions()
    {
        for (const Expected &row : expectedTable()) {
            const auto next = apply(row.from, row.event);
            QVERIFY2(next.ok(), next.ok() ? "" : next.error().message.c_str());
            QCOMPARE(next.value(), row.to);
        }
    }

    void everythingElseIsRefused()
    {
        std::set<std::pair<int, int>> allowed; // (from or -1 for new, event)
        for (const Expected &row : expectedTable())
            allowed.insert({row.from ? int(*row.from) : -1, int(row.event)});
        QCOMPARE(int(allowed.size()), int(expectedTable().size()));

        int accepted = 0;
        int refused = 0;
        for (int s = -1; s < kStateCount; ++s) {
            const std::optional<S> from = s < 0 ? std::nullopt : std::optional<S>(S(s));
            for (int e = 0; e < kEventCount; ++e) {
                const auto next = apply(from, E(e));
                if (allowed.count({s, e})) {
                    QVERIFY(next.ok());
                    ++accepted;
                    continue;
                }
                QVERIFY2(!next.ok(), (std::string(withdrawalEventName(E(e))) + " was accepted").c_str());
                QCOMPARE(next.error().code, ErrorCode::WrongState);
                const std::string &message = next.error().message;
                QVERIFY2(contains(message, withdrawalEventName(E(e))), message.c_str());
                if (from)
                    QVERIFY2(contains(message, "state " + std::string(withdrawalStateName(*from))), message.c_str());
                else
                    QVERIFY2(contains(message, "a new withdrawal"), message.c_str());
                ++refused;
            }
        }
        QCOMPARE(accepted, 24);
        QCOMPARE(refused, (kStateCount + 1) * kEventCount - 24);
    }

    void theCasesAnOperatorMeets()
    {
        // A rejected withdrawal cannot be paid.
        auto paid = nextWithdrawalState(S::Rejected, E::PayoutStarted);
        QCOMPARE(paid.error().message, std::string("a withdrawal in state rejected cannot be picked up for payout"));
        QVERIFY(!nextWithdrawalState(S::Rejected, E::TxIdVerified).ok());
        // A paid one cannot be rejected or cancelled.
        QCOMPARE(nextWithdrawalState(S::Succeeded, E::Rejected).error().message,
                 std::string("a withdrawal in state succeeded cannot be rejected"));
        QVERIFY(!nextWithdrawalState(S::Succeeded, E::Cancelled).ok());
        // A TxId cannot be uploaded twice, nor outside manual payout.
        QVERIFY(!nextWithdrawalState(S::Succeeded, E::TxIdVerified).ok());
        QVERIFY(!nextWithdrawalState(S::UnderReview, E::TxIdVerified).ok());
        QVERIFY(!nextWithdrawalState(S::Broadcast, E::TxIdVerified).ok());
        // A failed transaction never becomes a paid withdrawal by itself.
        QVERIFY(!nextWithdrawalState(S::Failed, E::PayoutConfirmed).ok());
        QVERIFY(!nextWithdrawalState(S::Failed, E::TxIdVerified).ok());
        // Once something may have been signed, the customer cannot cancel.
        QVERIFY(!nextWithdrawalState(S::Processing, E::Cancelled).ok());
        QVERIFY(!nextWithdrawalState(S::Broadcast, E::Cancelled).ok());
        QVERIFY(!nextWithdrawalState(S::Error, E::Cancelled).ok());
        QVERIFY(!nextWithdrawalState(S::ManualPayout, E::Cancelled).ok());
        // error may hold a signed transaction: only retry, which re-sends it.
        QVERIFY(!nextWithdrawalState(S::Error, E::Rejected).ok());
        QVERIFY(!nextWithdrawalState(S::Error, E::SentToManual).ok());
        // Approving twice is refused (the first approval of two stays in review, outside this table).
        QVERIFY(!nextWithdrawalState(S::Approved, E::Approved).ok());
        // A request is a request only once.
        QVERIFY(!nextWithdrawalState(S::UnderReview, E::RequestedOverLimit).ok());
        QCOMPARE(initialWithdrawalState(E::Approved).error().message,
                 std::string("a new withdrawal cannot be approved"));
        // Held for integrity: no ordinary path pays it or gives its funds
        // back; only the two releases an admin decides.
        QCOMPARE(nextWithdrawalState(S::HeldForIntegrity, E::Retry).error().message,
                 std::string("a withdrawal in state held_for_integrity cannot be retried"));
        for (E e : {E::PayoutStarted, E::PayoutBroadcast, E::PayoutConfirmed, E::SentToManual, E::TxIdVerified,
                    E::Rejected, E::Cancelled, E::Approved})
            QVERIFY(!nextWithdrawalState(S::HeldForIntegrity, e).ok());
        // The releases leave held_for_integrity only.
        for (int s = 0; s < kStateCount; ++s) {
            if (S(s) == S::HeldForIntegrity)
                continue;
            QVERIFY(!nextWithdrawalState(S(s), E::ReleasedAsPaid).ok());
            QVERIFY(!nextWithdrawalState(S(s), E::ReleasedAsRejected).ok());
        }
        QCOMPARE(nextWithdrawalState(S::Processing, E::ReleasedAsRejected).error().message,
                 std::string("a withdrawal in state processing cannot be released from an integrity hold as not paid"));
        // Only a withdrawal being signed can be held.
        QVERIFY(!nextWithdrawalState(S::Error, E::IntegrityCheckFailed).ok());
        QVERIFY(!nextWithdrawalState(S::Broadcast, E::IntegrityCheckFailed).ok());
    }

    void finalStatesHaveNoWayOut()
    {
        const std::set<S> final{S::Succeeded, S::Rejected, S::Cancelled};
        for (int s = 0; s < kStateCount; ++s) {
            QCOMPARE(isFinalWithdrawalState(S(s)), final.count(S(s)) == 1);
            bool anyExit = false;
            for (int e = 0; e < kEventCount; ++e)
                anyExit = anyExit || nextWithdrawalState(S(s), E(e)).ok();
            // Final means no event moves it; every other state has some way
            // on (held for integrity: an admin's release).
            QCOMPARE(anyExit, final.count(S(s)) == 0);
        }
    }

    void heldExactlyUntilFinal()
    {
        // Held: the money may still leave. Not held: posted (succeeded) or voided (rejected, cancelled).
        const std::set<S> held{S::UnderReview, S::Approved,  S::Processing, S::Broadcast,
                               S::Failed,      S::Error,     S::ManualPayout, S::HeldForIntegrity};
        for (int s = 0; s < kStateCount; ++s)
            QCOMPARE(withdrawalHoldsFunds(S(s)), held.count(S(s)) == 1);
    }

    void everyStateIsReachableFromARequest()
    {
        std::set<S> seen;
        std::vector<S> todo;
        for (E first : {E::RequestedWithinLimits, E::RequestedOverLimit}) {
            todo.push_back(initialWithdrawalState(first).value());
            seen.insert(todo.back());
        }
        while (!todo.empty()) {
            const S s = todo.back();
            todo.pop_back();
            for (int e = 0; e < kEventCount; ++e) {
                const auto next = nextWithdrawalState(s, E(e));
                if (next.ok() && seen.insert(next.value()).second)
                    todo.push_back(next.value());
            }
        }
        QCOMPARE(int(seen.size()), kStateCount);
    }
};

QTEST_APPLESS_MAIN(TestWithdrawalState)
#include "tst_withdrawalstate.moc"
