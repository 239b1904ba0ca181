// Light and dark: applying a theme changes the application's palette and
// with it every state colour (models/tone.h), "system" gives back what the
// platform had, and the choice is remembered across runs.

#include "models/tone.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("ExchangeConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_theme"));
        QSettings().clear();
    }

    void namesRoundTrip()
    {
        for (Theme theme : {Theme::System, Theme::Light, Theme::Dark})
            QCOMPARE(themeFromName(themeName(theme)), std::optional<Theme>(theme));
        QVERIFY(!themeFromName(QStringLiteral("purple")));
    }

    void darkAndLightSwitchThePaletteAndTheTones()
    {
        const QPalette system = QApplication::palette();
        applyTheme(Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(tone::paletteIsDark());
        const QColor attentionOnDark = tone::color(tone::Tone::Attention);
        // Readable on the dark window: much lighter than it.
        QVERIFY(attentionOnDark.lightness() > QApplication::palette().color(QPalette::Window).lightness() + 80);
        applyTheme(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(!tone::paletteIsDark());
        QVERIFY(tone::color(tone::Tone::Attention) != attentionOnDark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        applyTheme(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
    }

    // Banners and problem fields: text of the tone on a fill of the tone,
    // readable in both themes (the text far from its fill in lightness).
    void panelsAreReadableInBothThemes()
    {
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            for (tone::Tone t : {tone::Tone::Attention, tone::Tone::Waiting, tone::Tone::Good, tone::Tone::Muted}) {
                const QColor text = tone::color(t);
                const QColor fill = tone::background(t);
                QVERIFY2(std::abs(text.lightness() - fill.lightness()) > 90,
                         qPrintable(QStringLiteral("%1 on %2").arg(text.name(), fill.name())));
                const QString panel = tone::panelStyle(t, true, QStringLiteral("#bar"));
                QVERIFY(panel.startsWith(QStringLiteral("#bar {")));
                QVERIFY(panel.contains(text.name()) && panel.contains(fill.name()) && panel.contains(QStringLiteral("bold")));
            }
        }
        applyTheme(Theme::System);
    }

    void theChoiceIsRemembered()
    {
        QCOMPARE(savedTheme(), Theme::System); // nothing chosen yet
        saveTheme(Theme::Dark);
        QCOMPARE(savedTheme(), Theme::Dark);
        QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("neon")); // edited by hand
        QCOMPARE(savedTheme(), Theme::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
