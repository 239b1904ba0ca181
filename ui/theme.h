#pragma once
// Light and dark: the console follows the system's look unless an operator
// chooses one (View > Theme, or exconsole --theme); the choice is kept in
// QSettings ("appearance/theme"). Light and Dark use Qt's Fusion style
// with a palette of their own; state colours follow through models/tone.h.

#include <QString>

#include <optional>

enum class Theme { System, Light, Dark };

std::optional<Theme> themeFromName(const QString &name);
QString themeName(Theme theme);

// Applies it to the whole application; call with a QApplication alive.
void applyTheme(Theme theme);

// The remembered choice (System when none), and remembering one.
Theme savedTheme();
void saveTheme(Theme theme);
