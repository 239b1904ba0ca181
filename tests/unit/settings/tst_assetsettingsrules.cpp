// AssetSettingsRules: each rule at its boundary, on exact amounts (one base
// unit either side), only for the settings a change touches, and put into
// the operator's words.

#include "core/settings/assetsettingsrules.h"

#include <QTest>

using namespace exchange;

namespace {

// XLM: 7 decimals, so one stroop is the smallest step.
const Asset kXlm{"XLM", "Stellar Lumens", Chain::Stellar, 7, 2, {}};

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

Amount stroops(long long units)
{
    return Amount::fromBaseUnits(units);
}

// Consistent settings to start from: every rule holds.
AssetSettings base()
{
    AssetSettings s;
    s.minDeposit = xlm("1");
    s.minCollection = xlm("100");
    s.withdrawFee = xlm("0.01");
    s.limit24h = xlm("10000");
    s.limit72h = xlm("25000");
    s.hotMax = xlm("50000");
    s.warmMax = xlm("500000");
    return s;
}

SettingFacts facts()
{
    return SettingFacts{xlm("5000"), xlm("40000"), xlm("300000")};
}

std::vector<SettingRule> rulesOf(const std::vector<SettingProblem> &problems)
{
    std::vector<SettingRule> rules;
    for (const auto &p : problems)
        rules.push_back(p.rule);
    return rules;
}

} // namespace

Q_DECLARE_METATYPE(AssetSetting)
Q_DECLARE_METATYPE(SettingRule)

class TestAssetSettingsRules : public QObject
{
    Q_OBJECT
private slots:
    void theBaseSettingsBreakNoRule();
    void eachRuleAtItsBoundary_data();
    void eachRuleAtItsBoundary();
    void aZeroFeeFitsAZeroLimit();
    void errorsAndWarningsAreToldApart();
    void aProblemBelongsToTheSettingThatChanged();
    void anUntouchedInconsistencyDoesNotBlockAnotherEdit();
    void severalProblemsErrorsFirst();
    void describedInTheOperatorsWords();
};

void TestAssetSettingsRules::theBaseSettingsBreakNoRule()
{
    QVERIFY(AssetSettingsRules::check(base(), base(), facts()).empty());
    // Changing every setting to a consistent set is fine too.
    AssetSettings other = base();
    other.minDeposit = xlm("2");
    other.minCollection = xlm("200");
    other.withdrawFee = xlm("0.02");
    other.limit24h = xlm("20000");
    other.limit72h = xlm("50000");
    other.hotMax = xlm("60000");
    other.warmMax = xlm("600000");
    QVERIFY(AssetSettingsRules::check(base(), other, facts()).empty());
}

void TestAssetSettingsRules::eachRuleAtItsBoundary_data()
{
    QTest::addColumn<AssetSetting>("setting");
    QTest::addColumn<qlonglong>("allowed");   // base units: the last value that breaks no rule
    QTest::addColumn<qlonglong>("breaking");  // one base unit further
    QTest::addColumn<SettingRule>("rule");
    // min deposit ≤ min collection (100 XLM)
    QTest::newRow("min deposit = min collection") << AssetSetting::MinDeposit << 1'000'000'000LL << 1'000'000'001LL
                                                  << SettingRule::MinDepositAboveMinCollection;
    QTest::newRow("min collection = min deposit") << AssetSetting::MinCollection << 10'000'000LL << 9'999'999LL
                                                  << SettingRule::MinDepositAboveMinCollection;
    // fee < 24h limit (10,000 XLM): one stroop below is the most
    QTest::newRow("fee one stroop below 24h") << AssetSetting::WithdrawFee << 99'999'999'999LL << 100'000'000'000LL
                                              << SettingRule::FeeNotBelowLimit24h;
    QTest::newRow("24h one stroop above fee") << AssetSetting::Limit24h << 100'001LL << 100'000LL
                                              << SettingRule::FeeNotBelowLimit24h;
    // 24h ≤ 72h (25,000 XLM)
    QTest::newRow("72h = 24h") << AssetSetting::Limit72h << 100'000'000'000LL << 99'999'999'999LL
                               << SettingRule::Limit72hBelowLimit24h;
    QTest::newRow("24h = 72h") << AssetSetting::Limit24h << 250'000'000'000LL << 250'000'000'001LL
                               << SettingRule::Limit72hBelowLimit24h;
    // four-eyes amount (5,000 XLM) ≤ 24h limit (warning)
    QTest::newRow("24h = four-eyes") << AssetSetting::Limit24h << 50'000'000'000LL << 49'999'999'999LL
                                     << SettingRule::FourEyesAboveLimit24h;
    // new max ≥ the tier's balance (hot 40,000, warm 300,000; warnings)
    QTest::newRow("hot max = balance") << AssetSetting::HotMax << 400'000'000'000LL << 399'999'999'999LL
                                       << SettingRule::HotMaxBelowBalance;
    QTest::newRow("warm max = balance") << AssetSetting::WarmMax << 3'000'000'000'000LL << 2'999'999'999'999LL
                                        << SettingRule::WarmMaxBelowBalance;
}

void TestAssetSettingsRules::eachRuleAtItsBoundary()
{
    QFETCH(AssetSetting, setting);
    QFETCH(qlonglong, allowed);
    QFETCH(qlonglong, breaking);
    QFETCH(SettingRule, rule);
    // A 24h limit near the fee is far below the four-eyes amount: that
    // warning is checked in its own row only.
    SettingFacts known = facts();
    if (rule != SettingRule::FourEyesAboveLimit24h)
        known.twoApproversAbove.reset();
    AssetSettings ok = base();
    ok.set(setting, stroops(allowed));
    QCOMPARE(rulesOf(AssetSettingsRules::check(base(), ok, known)), std::vector<SettingRule>{});
    AssetSettings bad = base();
    bad.set(setting, stroops(breaking));
    const auto problems = AssetSettingsRules::check(base(), bad, known);
    QCOMPARE(rulesOf(problems), std::vector<SettingRule>{rule});
    QCOMPARE(problems.front().setting, setting);
}

void TestAssetSettingsRules::aZeroFeeFitsAZeroLimit()
{
    // Limits at 0 (every withdrawal reviewed) with no fee: a setting.
    AssetSettings review = base();
    review.withdrawFee = Amount::zero();
    review.limit24h = Amount::zero();
    review.limit72h = Amount::zero();
    QCOMPARE(rulesOf(AssetSettingsRules::check(base(), review, SettingFacts{})), std::vector<SettingRule>{});
    // With a fee of one stroop, the limit must be above it.
    review.withdrawFee = stroops(1);
    QCOMPARE(rulesOf(AssetSettingsRules::check(base(), review, SettingFacts{})),
             std::vector<SettingRule>{SettingRule::FeeNotBelowLimit24h});
}

void TestAssetSettingsRules::errorsAndWarningsAreToldApart()
{
    QCOMPARE(severityOf(SettingRule::MinDepositAboveMinCollection), RuleSeverity::Error);
    QCOMPARE(severityOf(SettingRule::FeeNotBelowLimit24h), RuleSeverity::Error);
    QCOMPARE(severityOf(SettingRule::Limit72hBelowLimit24h), RuleSeverity::Error);
    QCOMPARE(severityOf(SettingRule::FourEyesAboveLimit24h), RuleSeverity::Warning);
    QCOMPARE(severityOf(SettingRule::HotMaxBelowBalance), RuleSeverity::Warning);
    QCOMPARE(severityOf(SettingRule::WarmMaxBelowBalance), RuleSeverity::Warning);

    AssetSettings warned = base();
    warned.hotMax = xlm("1");
    QVERIFY(!AssetSettingsRules::hasErrors(AssetSettingsRules::check(base(), warned, facts())));
    warned.minDeposit = xlm("101");
    QVERIFY(AssetSettingsRules::hasErrors(AssetSettingsRules::check(base(), warned, facts())));
    // No four-eyes amount set: nothing to warn about.
    AssetSettings low = base();
    low.limit24h = xlm("1");
    QCOMPARE(rulesOf(AssetSettingsRules::check(base(), low, SettingFacts{})), std::vector<SettingRule>{});
}

void TestAssetSettingsRules::aProblemBelongsToTheSettingThatChanged()
{
    // Both sides of a rule changed: the first named is where it shows; the
    // two amounts are always in the rule's order.
    AssetSettings both = base();
    both.minDeposit = xlm("300");
    both.minCollection = xlm("200");
    const auto problems = AssetSettingsRules::check(base(), both, facts());
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].setting, AssetSetting::MinDeposit);
    QCOMPARE(problems[0].value, xlm("300"));
    QCOMPARE(problems[0].bound, xlm("200"));

    AssetSettings lowered = base();
    lowered.minCollection = xlm("0.5");
    const auto other = AssetSettingsRules::check(base(), lowered, facts());
    QCOMPARE(other.size(), size_t(1));
    QCOMPARE(other[0].setting, AssetSetting::MinCollection);
    QCOMPARE(other[0].value, xlm("1"));   // the min deposit
    QCOMPARE(other[0].bound, xlm("0.5")); // the min collection
}

void TestAssetSettingsRules::anUntouchedInconsistencyDoesNotBlockAnotherEdit()
{
    // Stored already broken (fee 30,000 above a 24h limit of 10,000).
    AssetSettings stored = base();
    stored.withdrawFee = xlm("30000");
    stored.limit72h = xlm("40000");
    AssetSettings hot = stored;
    hot.hotMax = xlm("60000");
    QCOMPARE(rulesOf(AssetSettingsRules::check(stored, hot, facts())), std::vector<SettingRule>{});
    // Touching either side of it checks it.
    AssetSettings fee = stored;
    fee.withdrawFee = xlm("20000");
    QCOMPARE(rulesOf(AssetSettingsRules::check(stored, fee, facts())),
             std::vector<SettingRule>{SettingRule::FeeNotBelowLimit24h});
}

void TestAssetSettingsRules::severalProblemsErrorsFirst()
{
    AssetSettings bad = base();
    bad.hotMax = xlm("1");          // warning
    bad.limit24h = xlm("30000");    // 72h below it: error
    bad.minDeposit = xlm("100.0000001"); // error
    const auto problems = AssetSettingsRules::check(base(), bad, facts());
    QCOMPARE(rulesOf(problems), (std::vector<SettingRule>{SettingRule::MinDepositAboveMinCollection,
                                                          SettingRule::Limit72hBelowLimit24h,
                                                          SettingRule::HotMaxBelowBalance}));
}

void TestAssetSettingsRules::describedInTheOperatorsWords()
{
    AssetSettings bad = base();
    bad.limit72h = xlm("1");
    const auto problems = AssetSettingsRules::check(base(), bad, facts());
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(AssetSettingsRules::describe(problems[0], kXlm),
             std::string("the 72h limit (1.00 XLM) cannot be below the 24h limit (10,000.00 XLM)"));
    AssetSettings fee = base();
    fee.withdrawFee = xlm("30000");
    QCOMPARE(AssetSettingsRules::describe(AssetSettingsRules::check(base(), fee, facts()).front(), kXlm),
             std::string("the withdrawal fee (30,000.00 XLM) must be below the 24h limit (10,000.00 XLM), "
                         "or every withdrawal would exceed it"));
}

QTEST_APPLESS_MAIN(TestAssetSettingsRules)
#include "tst_assetsettingsrules.moc"
