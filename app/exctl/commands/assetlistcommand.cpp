#include "assetlistcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/signedassetidentities.h"
#include "core/security/signedsettings.h"
#include "core/security/trustanchor.h"
#include "core/settings/assetsettingsservice.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

using exchange::security::SignedSettings;

// The "signed" column: yes (the rows hold what an admin signed), no
// (never signed), DIFFERS (the rows were changed without a signature).
QString signedWord(const SignedSettings::Comparison &c)
{
    switch (c.match) {
    case SignedSettings::Match::Matches: return QStringLiteral("yes");
    case SignedSettings::Match::Differs: return QStringLiteral("DIFFERS");
    case SignedSettings::Match::Unsigned: break;
    }
    return QStringLiteral("no");
}

QJsonObject signedJson(const SignedSettings::Comparison &c)
{
    QJsonObject o{{QStringLiteral("state"), signedWord(c).toLower()}};
    if (c.signedSettings) {
        o.insert(QStringLiteral("by"), QString::fromStdString(c.signedSettings->signer));
        o.insert(QStringLiteral("at_ms"), static_cast<qint64>(c.signedSettings->signedAtMs));
        o.insert(QStringLiteral("statement"), static_cast<qint64>(c.signedSettings->statementId));
    }
    QJsonArray differences;
    for (const std::string &d : c.differences)
        differences.append(QString::fromStdString(d));
    o.insert(QStringLiteral("differences"), differences);
    return o;
}

// The row's token identity and whether it is the signed one ("signed":
// true), or why not ("problem").
QJsonObject identityJson(const exchange::AssetIdentity &row, const exchange::Result<exchange::AssetIdentity> &inForce)
{
    QJsonObject o;
    switch (row.kind) {
    case exchange::AssetKind::Native: break;
    case exchange::AssetKind::Erc20: o.insert(QStringLiteral("contract"), QString::fromStdString(row.contract)); break;
    case exchange::AssetKind::StellarCredit:
        o.insert(QStringLiteral("code"), QString::fromStdString(row.stellarCode));
        o.insert(QStringLiteral("issuer"), QString::fromStdString(row.issuer));
        break;
    case exchange::AssetKind::AlgorandAsa:
        // A string: ids go up to 2^64 - 1, beyond what a JSON reader's double keeps.
        o.insert(QStringLiteral("asset_id"), QString::number(row.asaId));
        break;
    }
    o.insert(QStringLiteral("in_force"), inForce.ok());
    if (!inForce)
        o.insert(QStringLiteral("problem"), QString::fromStdString(inForce.error().message));
    return o;
}

} // namespace

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

    // Whether each asset's settings are the ones an admin signed (from the
    // signatures, traced from the pin the vault lists).
    auto signing = SignedSettings::compareAll(db->connection(), db->dialect(), assets.value());
    if (!signing)
        return context.refuse(signing.error());
    const auto comparison = [&](const exchange::AssetRecord &record) { return signing.value().at(record.asset.code); };
    // Which token each asset counts, as signed (the chains' own coins need
    // no signature): an error says the row differs from what was signed.
    auto pin = exchange::security::listedPinnedAdminKey(db->connection());
    if (!pin)
        return context.refuse(pin.error());
    auto identities = exchange::security::SignedAssetIdentities::read(db->connection(), pin.value());
    if (!identities)
        return context.refuse(identities.error());
    const auto identity = [&](const exchange::AssetRecord &record) {
        return identities.value().identityInForce(record.asset);
    };

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
                {QStringLiteral("kind"), QString::fromLatin1(exchange::assetKindName(record.asset.identity.kind))},
                {QStringLiteral("identity"), identityJson(record.asset.identity, identity(record))},
                {QStringLiteral("settings"), settings},
                {QStringLiteral("version"), record.version},
                {QStringLiteral("signed"), signedJson(comparison(record))},
            });
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }

    QTextStream &out = context.out();
    // As wide as the longest code (a token's may have 12 characters).
    int codeWidth = 6;
    for (const auto &record : assets.value())
        codeWidth = std::max(codeWidth, static_cast<int>(record.asset.code.size()));
    out << QStringLiteral("%1 %2 %3").arg(QStringLiteral("ASSET"), -codeWidth).arg(QStringLiteral("CHAIN"), -9).arg(QStringLiteral("DEC"), 3);
    for (auto setting : exchange::kAllAssetSettings)
        out << ' ' << QString::fromLatin1(exchange::assetSettingKey(setting)).toUpper().rightJustified(16);
    out << ' ' << QStringLiteral("SIGNED") << '\n';
    for (const auto &record : assets.value()) {
        out << QStringLiteral("%1 %2 %3")
                   .arg(QString::fromStdString(record.asset.code), -codeWidth)
                   .arg(QString::fromLatin1(exchange::chainName(record.asset.chain)), -9)
                   .arg(record.asset.decimals, 3);
        for (auto setting : exchange::kAllAssetSettings)
            out << ' ' << QString::fromStdString(record.asset.format(record.settings.get(setting))).rightJustified(16);
        out << ' ' << signedWord(comparison(record)) << '\n';
    }
    // Where rows differ, what differs: someone changed them without an
    // admin's signature, and the payout signer goes by the signed values.
    for (const auto &record : assets.value()) {
        const auto c = comparison(record);
        if (c.match == SignedSettings::Match::Differs)
            out << QString::fromStdString(record.asset.code) << ": " << QString::fromStdString(c.describe()) << '\n';
    }
    // Tokens: which one each asset counts; a row that differs from the
    // admin's signed identity is not money.
    for (const auto &record : assets.value()) {
        const auto inForce = identity(record);
        if (!inForce)
            out << QString::fromStdString(inForce.error().message) << '\n';
        else if (!record.asset.identity.isNative())
            out << QString::fromStdString(record.asset.code) << ": " << QString::fromStdString(record.asset.identity.describe())
                << '\n';
    }
    return Success;
}
