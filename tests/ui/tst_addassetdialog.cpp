// Settings > Add asset offscreen, through its controls, on the demo data:
// a Stellar credit asset (decimals fixed at 7, no node asked) is added by
// an admin whose code opened their key, and the dialog closes; a broken
// issuer checksum is said in red and keeps "Add asset…" disabled; for an
// ASA the node (the suite's algod) is asked off the GUI thread, and a
// disagreement with the typed decimals keeps the button disabled until
// they are corrected. An admin without a signing key is refused: the dialog
// stays open with the reason, and nothing is stored.

#include "algodtestserver.h"
#include "core/base/manualclock.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "models/assetadder.h"
#include "models/operatorsession.h"
#include "testcore.h"
#include "testsigners.h"
#include "ui/dialogs/addassetdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace exchange;

namespace {
constexpr auto kIssuer = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"; // SEP-0023's
} // namespace

class TestAddAssetDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aStellarCreditAssetIsAdded();
    void aBrokenIssuerKeepsAddDisabled();
    void anAsasDecimalsMustAgreeWithTheNode();
    void anAdminWhoCannotSignIsRefused();

private:
    std::optional<AssetRecord> stored(const std::string &code);
    void selectChain(AddAssetDialog &dialog, const QString &name);

    std::unique_ptr<TestCore> m_core;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
};

void TestAddAssetDialog::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_audit = std::make_unique<security::AuditLog>(m_core->services().database(), m_clock);
    m_signers = std::make_unique<TestSigners>(m_core->services().database(), m_clock, *m_audit);
    m_signers->add("ada", security::Role::Admin);
    m_core->session().actAs(m_signers->confirmed("ada"));
}

void TestAddAssetDialog::cleanup()
{
    m_signers.reset();
    m_audit.reset();
    m_core.reset();
}

std::optional<AssetRecord> TestAddAssetDialog::stored(const std::string &code)
{
    auto found = AssetRepository(m_core->services().database().connection(), m_core->services().database().dialect()).find(code);
    if (!found)
        return std::nullopt;
    return found.value();
}

void TestAddAssetDialog::selectChain(AddAssetDialog &dialog, const QString &name)
{
    const int index = dialog.chainField()->findData(name);
    QVERIFY(index >= 0);
    dialog.chainField()->setCurrentIndex(index);
}

void TestAddAssetDialog::aStellarCreditAssetIsAdded()
{
    AssetAdder adder(m_core->services(), m_core->session());
    AddAssetDialog dialog(&adder);
    dialog.show();
    QVERIFY(!dialog.addButton()->isEnabled());
    selectChain(dialog, QStringLiteral("stellar"));
    QCOMPARE(dialog.kindField()->currentText(), QStringLiteral("Stellar credit asset"));
    QCOMPARE(dialog.decimalsField()->value(), 7);
    QVERIFY(!dialog.decimalsField()->isEnabled());
    QVERIFY(!dialog.readNodeButton()->isEnabled());
    QTest::keyClicks(dialog.codeField(), QStringLiteral("EURS"));
    // The code on Stellar follows the asset code.
    QCOMPARE(dialog.stellarCodeField()->text(), QStringLiteral("EURS"));
    QTest::keyClicks(dialog.issuerField(), QString::fromLatin1(kIssuer));
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Euro token"));
    QVERIFY2(dialog.addButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));

    QSignalSpy added(&adder, &AssetAdder::added);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY(added.wait(15000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(added.first().at(1).toString(), QStringLiteral("Asset EURS added. Every setting is 0 until you set it above."));
    const auto eurs = stored("EURS");
    QVERIFY(eurs);
    QCOMPARE(eurs->asset.name, std::string("Euro token"));
    QVERIFY(eurs->asset.identity == AssetIdentity::stellarCredit("EURS", kIssuer));
}

void TestAddAssetDialog::aBrokenIssuerKeepsAddDisabled()
{
    AssetAdder adder(m_core->services(), m_core->session());
    AddAssetDialog dialog(&adder);
    dialog.show();
    selectChain(dialog, QStringLiteral("stellar"));
    QTest::keyClicks(dialog.codeField(), QStringLiteral("EURS"));
    // One letter changed: the StrKey checksum fails.
    QTest::keyClicks(dialog.issuerField(), QStringLiteral("GA7RYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"));
    QVERIFY(!dialog.addButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("not a valid Stellar account id")),
             qPrintable(dialog.problemLabel()->text()));
    dialog.issuerField()->setText(QString::fromLatin1(kIssuer));
    QVERIFY(dialog.addButton()->isEnabled());
    QVERIFY(!dialog.problemLabel()->isVisible());
}

void TestAddAssetDialog::anAsasDecimalsMustAgreeWithTheNode()
{
    AlgodTestServer algod;
    QVERIFY(algod.listen());
    algod.setAsset(31566704, {6, QStringLiteral("USDC"), QStringLiteral("USDC"), 1000000});
    QVERIFY(sql::run(m_core->services().database().connection(),
                     QStringLiteral("UPDATE chain_settings SET node_url = ? WHERE chain = 'algorand'"), {algod.url()})
                .ok());

    AssetAdder adder(m_core->services(), m_core->session());
    AddAssetDialog dialog(&adder);
    dialog.show();
    selectChain(dialog, QStringLiteral("algorand"));
    QCOMPARE(dialog.kindField()->currentText(), QStringLiteral("Algorand Standard Asset (ASA)"));
    QTest::keyClicks(dialog.codeField(), QStringLiteral("USDA"));
    QTest::keyClicks(dialog.asaIdField(), QStringLiteral("31566704"));
    dialog.decimalsField()->setValue(2);
    // Well formed, but the node has not been asked.
    QVERIFY(!dialog.addButton()->isEnabled());
    QVERIFY(dialog.readNodeButton()->isEnabled());
    QTest::mouseClick(dialog.readNodeButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.nodeLabel()->text().contains(QStringLiteral("The node says")); }, 15000));
    QCOMPARE(dialog.nodeLabel()->text(), QStringLiteral("The node says 6 decimal(s), not as typed: correct the decimals."));
    QVERIFY(!dialog.addButton()->isEnabled());
    dialog.decimalsField()->setValue(6);
    QCOMPARE(dialog.nodeLabel()->text(), QStringLiteral("The node says 6 decimal(s), as typed."));
    QVERIFY(dialog.addButton()->isEnabled());
    // Another id: asked again.
    dialog.asaIdField()->setText(QStringLiteral("404"));
    QVERIFY(!dialog.addButton()->isEnabled());
    QTest::mouseClick(dialog.readNodeButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.nodeLabel()->text().contains(QStringLiteral("does not exist")); }, 15000));
    QVERIFY(!dialog.addButton()->isEnabled());
    QCOMPARE(algod.assetReads(), 2);
    QVERIFY(!stored("USDA"));
}

void TestAddAssetDialog::anAdminWhoCannotSignIsRefused()
{
    security::Actor unsignedAda = m_signers->confirmed("ada");
    unsignedAda.signer.reset();
    m_core->session().actAs(unsignedAda);
    AssetAdder adder(m_core->services(), m_core->session());
    AddAssetDialog dialog(&adder);
    dialog.show();
    selectChain(dialog, QStringLiteral("stellar"));
    QTest::keyClicks(dialog.codeField(), QStringLiteral("EURS"));
    QTest::keyClicks(dialog.issuerField(), QString::fromLatin1(kIssuer));
    QSignalSpy failed(&adder, &AssetAdder::failed);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->text().startsWith(QStringLiteral("The asset EURS was not added: ")));
    QVERIFY(dialog.addButton()->isEnabled());
    QVERIFY(!stored("EURS"));
}

QTEST_MAIN(TestAddAssetDialog)
#include "tst_addassetdialog.moc"
