#include "assetlistcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/settings/assetsettingsservice.h"

#include <QJsonArray>
#include <QJsonObject>

int AssetListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("asset list takes no arguments"));
    exchange::Database *db = context.database();
    if (!db)
        return Refused;
    exchange::SystemClock clock;
    auto assets = exchange::AssetSettingsService(*db, clock).list();
    if (!assets)
        return context.refuse(assets.error());

    if (parser.isSet(QStringLiteral("json"))) {
        // Amounts as exact decimal strings in the asset's unit: JSON numbers
        // would invite readers to parse them as doubles.
        QJsonArray array;
        for (const auto &record : assets.value()) {
            QJsonObject settings;
            for (auto setting : exchange::kAllAssetSettings)
                settings.insert(QString::fromLatin1(exchange::assetSettingKey(setting)),
                                QString::fromStdString(record.asset.format(record.settings.get(setting))));
            array.append(QJsonObject{
                {QStringLiteral("code"), QString::fromStdString(record.asset.code)},
                {QStringLiteral("name"), QString::fromStdString(record.asset.name)},
                {QStringLiteral("chain"), QString::fromLatin1(exchange::chainName(record.asset.chain))},
                {QStringLiteral("decimals"), record.asset.decimals},
                {QStringLiteral("settings"), settings},
                {QStringLiteral("version"), record.version},
            });
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }

    QTextStream &out = context.out();
    out << QStringLiteral("%1 %2 %3").arg(QStringLiteral("ASSET"), -6).arg(QStringLiteral("CHAIN"), -9).arg(QStringLiteral("DEC"), 3);
    for (auto setting : exchange::kAllAssetSettings)
        out << ' ' << QString::fromLatin1(exchange::assetSettingKey(setting)).toUpper().rightJustified(16);
    out << '\n';
    for (const auto &record : assets.value()) {
        out << QStringLiteral("%1 %2 %3")
                   .arg(QString::fromStdString(record.asset.code), -6)
                   .arg(QString::fromLatin1(exchange::chainName(record.asset.chain)), -9)
                   .arg(record.asset.decimals, 3);
        for (auto setting : exchange::kAllAssetSettings)
            out << ' ' << QString::fromStdString(record.asset.format(record.settings.get(setting))).rightJustified(16);
        out << '\n';
    }
    return Success;
}
