#pragma once
// The rules between an asset's settings in an operator's words, translated:
// "The 72h limit (1.00 XLM) cannot be below the 24h limit (10,000.00 XLM)."
// (AssetSettingsRules::describe says the same in English for exctl.)

#include "core/settings/assetsettingsrules.h"

#include <QCoreApplication>
#include <QString>

class SettingProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(SettingProblemText)
public:
    static QString describe(const exchange::SettingProblem &problem, const exchange::Asset &asset);
};
