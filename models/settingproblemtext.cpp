#include "settingproblemtext.h"

QString SettingProblemText::describe(const exchange::SettingProblem &problem, const exchange::Asset &asset)
{
    using exchange::SettingRule;
    const QString code = QString::fromStdString(asset.code);
    //: an amount and its asset code, e.g. "10,000.00 XLM"
    const QString value = tr("%1 %2").arg(QString::fromStdString(asset.formatGrouped(problem.value)), code);
    //: an amount and its asset code, e.g. "10,000.00 XLM"
    const QString bound = tr("%1 %2").arg(QString::fromStdString(asset.formatGrouped(problem.bound)), code);
    switch (problem.rule) {
    case SettingRule::MinDepositAboveMinCollection:
        //: %1 the min deposit, %2 the min collection, each with its asset code
        return tr("The min deposit (%1) cannot be above the min collection (%2).").arg(value, bound);
    case SettingRule::FeeNotBelowLimit24h:
        //: %1 the withdrawal fee, %2 the 24h limit, each with its asset code
        return tr("The withdrawal fee (%1) must be below the 24h limit (%2), or every withdrawal would exceed it.")
            .arg(value, bound);
    case SettingRule::Limit72hBelowLimit24h:
        //: %1 the 72h limit, %2 the 24h limit, each with its asset code
        return tr("The 72h limit (%1) cannot be below the 24h limit (%2).").arg(value, bound);
    case SettingRule::FourEyesAboveLimit24h:
        //: %1 the amount above which a withdrawal needs two approvers, %2 the 24h limit
        return tr("The four-eyes amount (%1) is above the 24h limit (%2): withdrawals between the two wait for "
                  "one approver only.")
            .arg(value, bound);
    case SettingRule::HotMaxBelowBalance:
        //: %1 the new hot max balance, %2 what the hot wallet holds now
        return tr("The hot max balance (%1) is below what the hot wallet holds now (%2): collections send nothing "
                  "to hot until it falls below.")
            .arg(value, bound);
    case SettingRule::WarmMaxBelowBalance:
        //: %1 the new warm max balance, %2 what the warm wallet holds now
        return tr("The warm max balance (%1) is below what the warm wallet holds now (%2): collections send "
                  "nothing to warm until it falls below.")
            .arg(value, bound);
    }
    return tr("These settings do not fit together.");
}
