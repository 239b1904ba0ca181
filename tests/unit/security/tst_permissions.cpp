// The permission table as a full matrix: every action against every role,
// written out here by hand so that a change to the table shows up as a
// failing row, plus the second-factor rule and the CLI and system actors.

#include "core/security/permissions.h"

#include <QTest>

#include <set>

using namespace exchange;
using namespace exchange::security;

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data();
    void matrix();
    void everyActionIsInTheMatrix();
    void secondFactorIsNeededWhereTheIssueSaysSo();
    void cliMaintainsButDecidesNothingAndSystemOnlyReads();
    void roleNamesRoundTrip();
    void anApiClientDoesExactlyWhatItWasGranted();
};

namespace {
// V O A D = viewer, operator, approver, admin
struct Row {
    Action action;
    bool viewer, op, approver, admin;
};
constexpr Row kExpected[] = {
    {Action::ViewData, true, true, true, true},
    {Action::ChangeSettings, false, false, false, true},
    {Action::ManageOperators, false, false, false, true},
    {Action::UnlockVault, false, false, false, true},
    {Action::ManageVaultKeys, false, false, false, true},
    {Action::ApproveWithdrawal, false, false, true, true},
    {Action::RejectWithdrawal, false, false, true, true},
    {Action::UploadTxId, false, true, true, true},
    {Action::AssignDeposit, false, true, true, true},
    {Action::RequestReplenishment, false, true, true, true},
    {Action::AdjustLedger, false, false, false, true},
    {Action::CancelOrder, false, true, true, true},
    {Action::CancelWithdrawal, false, false, true, true},
    {Action::ChangeMoneySettings, false, false, false, true},
    {Action::ReleaseHeldWithdrawal, false, false, false, true},
    // The front desk's: operators and admins, not approvers, who decide on
    // the withdrawals a freeze stops.
    {Action::ManageCustomers, false, true, false, true},
    // The back-office API's service clients act for every customer: admins only.
    {Action::ManageApiClients, false, false, false, true},
};
} // namespace

void TestPermissions::matrix_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    for (const Row &row : kExpected) {
        const bool expected[] = {row.viewer, row.op, row.approver, row.admin};
        for (Role role : kAllRoles) {
            const std::string tag = std::string(actionName(row.action)) + "/" + std::string(roleName(role));
            QTest::newRow(tag.c_str()) << static_cast<int>(row.action) << static_cast<int>(role)
                                       << expected[static_cast<int>(role)];
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(int, action);
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const auto a = static_cast<Action>(action);
    const auto r = static_cast<Role>(role);
    QCOMPARE(roleAllows(r, a), allowed);

    Actor actor = Actor::fromOperator(7, "carol", r);
    actor.secondFactor = true;
    auto result = authorize(actor, a);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
        QVERIFY(result.error().message.find(actionName(a)) != std::string::npos);
    }
}

void TestPermissions::everyActionIsInTheMatrix()
{
    QCOMPARE(std::size(kExpected), kAllActions.size());
    for (size_t i = 0; i < kAllActions.size(); ++i)
        QCOMPARE(static_cast<int>(kExpected[i].action), static_cast<int>(kAllActions[i]));
}

void TestPermissions::secondFactorIsNeededWhereTheIssueSaysSo()
{
    // Approving a withdrawal, changing a setting, unlocking the vault; and
    // managing operators, else a new admin of one's own would be a way
    // round every code.
    // And ending an integrity hold, which moves held money either way.
    for (Action a : {Action::ApproveWithdrawal, Action::ChangeSettings, Action::UnlockVault, Action::ManageOperators,
                     Action::ReleaseHeldWithdrawal, Action::ManageApiClients}) {
        QVERIFY(actionNeedsSecondFactor(a));
        const Actor admin = Actor::fromOperator(1, "root", Role::Admin); // no code confirmed
        auto refused = authorize(admin, a);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY(refused.error().message.find("two-factor") != std::string::npos);
    }
    QVERIFY(authorize(Actor::fromOperator(1, "root", Role::Admin), Action::RejectWithdrawal).ok());
    QVERIFY(!authorize(Actor::fromOperator(0, "ghost", Role::Admin), Action::ViewData).ok());
}

void TestPermissions::cliMaintainsButDecidesNothingAndSystemOnlyReads()
{
    // Where money goes is decided by a person (exctl --operator NAME), never
    // by whoever can run exctl: cli:<user> keeps the rest of an admin's rights.
    const std::set<Action> decisions{Action::ApproveWithdrawal, Action::RejectWithdrawal, Action::UploadTxId,
                                     Action::ChangeMoneySettings, Action::ReleaseHeldWithdrawal,
                                     Action::ManageCustomers, Action::ManageApiClients};
    for (Action a : kAllActions) {
        const bool decision = decisions.count(a) != 0;
        QCOMPARE(actionNeedsAPerson(a), decision);
        auto cli = authorize(Actor::cli("root"), a);
        QCOMPARE(cli.ok(), !decision);
        if (decision) {
            QCOMPARE(cli.error().code, ErrorCode::Unauthorized);
            QVERIFY2(cli.error().message.find("needs an operator: exctl --operator NAME") != std::string::npos,
                     cli.error().message.c_str());
            QVERIFY(cli.error().message.find("cli:root") != std::string::npos);
        }
        QCOMPARE(authorize(Actor::system("payouts"), a).ok(), a == Action::ViewData);
    }
    QCOMPARE(Actor::cli("root").displayName(), std::string("cli:root"));
    QCOMPARE(Actor::system("payouts").displayName(), std::string("system:payouts"));
}

void TestPermissions::roleNamesRoundTrip()
{
    for (Role r : kAllRoles)
        QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
    QCOMPARE(roleFromName("root"), std::optional<Role>());
    QVERIFY(roleNeedsTotp(Role::Admin) && roleNeedsTotp(Role::Approver));
    QVERIFY(!roleNeedsTotp(Role::Operator) && !roleNeedsTotp(Role::Viewer));
}

void TestPermissions::anApiClientDoesExactlyWhatItWasGranted()
{
    const Actor webapp = Actor::api("webapp", {Action::ViewData, Action::ManageCustomers});
    QCOMPARE(webapp.displayName(), std::string("api:webapp"));
    for (Action a : kAllActions) {
        const bool granted = a == Action::ViewData || a == Action::ManageCustomers;
        const auto verdict = authorize(webapp, a);
        QVERIFY2(verdict.ok() == granted, actionName(a).data());
        if (!granted)
            QVERIFY(verdict.error().message.find("the API client webapp may not") != std::string::npos);
    }
    // Nothing granted, nothing allowed; an operator carries no API grants.
    const Actor none = Actor::api("reader", {});
    for (Action a : kAllActions)
        QVERIFY(!authorize(none, a).ok());
    QVERIFY(!Actor::fromOperator(1, "alice", Role::Admin).grants(Action::ViewData));
}

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
