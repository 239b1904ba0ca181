#include "assetsetcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditedsettings.h"
#include "withdrawalcli.h"
#include "core/settings/assetsettingsservice.h"
#include "core/withdrawals/withdrawalservice.h"

#include <optional>

namespace {

QString optionName(exchange::AssetSetting setting)
{
    // limit_24h -> limit-24h; hot_max -> hot-max
    return QString::fromLatin1(exchange::assetSettingKey(setting)).replace(u'_', u'-');
}

QString optionHelp(exchange::AssetSetting setting)
{
    switch (setting) {
    case exchange::AssetSetting::MinDeposit: return QStringLiteral("Deposits below this are ignored.");
    case exchange::AssetSetting::MinCollection: return QStringLiteral("Deposits from this on are collected into the wallets.");
    case exchange::AssetSetting::WithdrawFee: return QStringLiteral("Fee charged per withdrawal.");
    case exchange::AssetSetting::Limit24h: return QStringLiteral("Withdrawals over 24 hours above this need review.");
    case exchange::AssetSetting::Limit72h: return QStringLiteral("Withdrawals over 72 hours above this need review.");
    case exchange::AssetSetting::HotMax: return QStringLiteral("Max balance of the hot wallet.");
    case exchange::AssetSetting::WarmMax: return QStringLiteral("Max balance of the warm wallet.");
    }
    return {};
}

} // namespace

void AssetSetCommand::addOptions(QCommandLineParser &parser) const
{
    for (auto setting : exchange::kAllAssetSettings)
        parser.addOption(QCommandLineOption(optionName(setting), optionHelp(setting), QStringLiteral("X")));
    parser.addOption(QCommandLineOption(QStringLiteral("four-eyes"),
                                        QStringLiteral("Withdrawals above this need two approvers, by hot or by hand; "
                                                       "'none': one approver for every amount."),
                                        QStringLiteral("X")));
    parser.addOption(QCommandLineOption(QStringLiteral("review-new-destinations"),
                                        QStringLiteral("on: a withdrawal to an address not on the customer's list waits "
                                                       "for review; off (the default): it is only flagged."),
                                        QStringLiteral("on|off")));
    parser.addOption(QCommandLineOption(QStringLiteral("accept-warnings"),
                                        QStringLiteral("Save even when the rules warn (e.g. a max balance below what "
                                                       "the wallet holds now). Errors are never saved.")));
}

int AssetSetCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("asset set needs exactly one asset code"));

    std::vector<exchange::AssetSettingsService::Change> changes;
    for (auto setting : exchange::kAllAssetSettings) {
        if (parser.isSet(optionName(setting)))
            changes.emplace_back(setting, parser.value(optionName(setting)).toStdString());
    }
    const bool fourEyes = parser.isSet(QStringLiteral("four-eyes"));
    std::optional<bool> reviewNew;
    if (parser.isSet(QStringLiteral("review-new-destinations"))) {
        const QString text = parser.value(QStringLiteral("review-new-destinations")).trimmed();
        if (text != u"on" && text != u"off")
            return context.usageError(QStringLiteral("--review-new-destinations takes on or off"));
        reviewNew = text == u"on";
    }
    if (changes.empty() && !fourEyes && !reviewNew)
        return context.usageError(QStringLiteral("asset set needs at least one setting to change"));

    exchange::Database *db = context.database();
    if (!db)
        return Refused;
    exchange::SystemClock clock;
    exchange::AssetSettingsService service(*db, clock);
    const std::string code = args.first().toStdString();
    // The four-eyes amount is kept with the withdrawals (WithdrawalService,
    // audited as withdrawal.settings): read and checked here, saved after the
    // other settings, so that a refusal of either changes nothing.
    std::optional<exchange::Amount> threshold;
    std::optional<exchange::Asset> asset;
    if (fourEyes) {
        auto found = service.find(code);
        if (!found)
            return context.refuse(found.error());
        asset = found.value().asset;
        const QString text = parser.value(QStringLiteral("four-eyes")).trimmed();
        if (text != u"none") {
            auto amount = asset->parse(text.toStdString());
            if (!amount)
                return context.refuse(QStringLiteral("--four-eyes: %1; nothing changed")
                                          .arg(QString::fromStdString(amount.error().message)));
            if (amount.value().isNegative())
                return context.refuse(QStringLiteral("--four-eyes cannot be negative; nothing changed"));
            threshold = amount.value();
        }
    }
    const auto saveFourEyes = [&]() -> int {
        withdrawalcli::Services services(*db);
        const auto *actor = context.actor();
        if (!actor)
            return Refused;
        if (fourEyes) {
            if (auto set = services.withdrawals().setTwoApproversAbove(*actor, code, threshold); !set)
                return context.refuse(set.error());
            context.out() << QString::fromStdString(code) << " four-eyes amount: "
                          << (threshold ? QString::fromStdString(asset->format(*threshold) + " " + code)
                                        : QStringLiteral("none (one approver for every amount)"))
                          << Qt::endl;
        }
        if (reviewNew) {
            if (auto set = services.withdrawals().setReviewNewDestinations(*actor, code, *reviewNew); !set)
                return context.refuse(set.error());
            context.out() << QString::fromStdString(code) << " review of new destinations: "
                          << (*reviewNew ? QStringLiteral("on (a withdrawal to an address not on the customer's list waits for review)")
                                         : QStringLiteral("off (such a withdrawal is only flagged)"))
                          << Qt::endl;
        }
        return Success;
    };
    if (changes.empty())
        return saveFourEyes();
    // The rules the console applies, before anything is written: every
    // error and warning said, errors refused, warnings only when accepted.
    auto checked = service.check(code, changes);
    if (!checked)
        return context.refuse(checked.error());
    const auto &check = checked.value();
    QStringList errors;
    QStringList warnings;
    for (const exchange::SettingProblem &problem : check.problems) {
        const QString text = QString::fromStdString(check.record.asset.code + ": "
                                                    + exchange::AssetSettingsRules::describe(problem, check.record.asset));
        (problem.severity() == exchange::RuleSeverity::Error ? errors : warnings) << text;
    }
    if (!errors.isEmpty())
        return context.refuse(errors.join(QStringLiteral("; ")) + QStringLiteral("; nothing changed"));
    if (!warnings.isEmpty() && !parser.isSet(QStringLiteral("accept-warnings")))
        return context.refuse(warnings.join(QStringLiteral("; "))
                              + QStringLiteral("; nothing changed (add --accept-warnings to save anyway)"));
    for (const QString &warning : warnings)
        context.err() << "warning: " << warning << Qt::endl;
    // The service checks the errors again in its transaction.
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto changed = exchange::security::AuditedSettings(*db, clock).change(*actor, code, changes);
    if (!changed)
        return context.refuse(changed.error());
    const auto &record = changed.value();
    context.out() << QString::fromStdString(record.asset.code) << " settings saved (version " << record.version << ")" << Qt::endl;
    return fourEyes || reviewNew ? saveFourEyes() : Success;
}
