#pragma once
// The console's language: English (the source), German or Russian, or the
// system's when it is one of them. The choice is kept in QSettings
// ("appearance/language") and takes effect at the next start; exconsole
// --lang overrides it for one run. Translations are compiled into the
// program from translations/*.ts (lrelease in the build).

#include <QString>
#include <QStringList>

class QCoreApplication;

// "system", "en", "de", "ru".
QStringList languageCodes();
QString savedLanguage();
void saveLanguage(const QString &code);

// Installs the translators for code ("system": the system locale's
// language when there is a translation). False when there is none for it
// (English needs none).
bool installLanguage(QCoreApplication &app, const QString &code);
