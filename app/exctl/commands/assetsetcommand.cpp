#include "assetsetcommand.h"

#include "commandcontext.h"
#include "operatorcli.h"
#include "core/runtime/systemclock.h"
#include "core/settings/assetsettingsservice.h"

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
    if (changes.empty())
        return context.usageError(QStringLiteral("asset set needs at least one setting to change"));

    exchange::Database *db = context.database();
    if (!db)
        return Refused;
    exchange::SystemClock clock;
    exchange::AssetSettingsService service(*db, clock);
    auto changed = service.change(operatorcli::cliActor(), args.first().toStdString(), changes);
    if (!changed)
        return context.refuse(changed.error());
    const auto &record = changed.value();
    context.out() << QString::fromStdString(record.asset.code) << " settings saved (version " << record.version << ")" << Qt::endl;
    return Success;
}
