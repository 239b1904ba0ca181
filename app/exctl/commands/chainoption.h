#pragma once
// The --chain option shared by the chain-checking commands (sig verify,
// address validate, txid validate, tx decode).

#include "core/base/chain.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace chainoption {

inline QCommandLineOption option()
{
    return QCommandLineOption(QStringLiteral("chain"), QStringLiteral("ethereum, algorand or stellar"),
                              QStringLiteral("chain"));
}

inline std::optional<exchange::Chain> value(const QCommandLineParser &parser)
{
    return exchange::chainFromName(parser.value(QStringLiteral("chain")).toStdString());
}

} // namespace chainoption
