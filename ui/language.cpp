#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kSettingsKey = QStringLiteral("appearance/language");

} // namespace

QStringList languageCodes()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")};
}

QString savedLanguage()
{
    const QString code = QSettings().value(kSettingsKey, QStringLiteral("system")).toString();
    return languageCodes().contains(code) ? code : QStringLiteral("system");
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
}

bool installLanguage(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code == u"system" ? QLocale::system() : QLocale(code);
    // Numbers and dates in the chosen language, English too (not the system's).
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("exchange"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own words (standard buttons, file dialogs), when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
