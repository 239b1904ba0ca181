#include "stellartrustlinecli.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "vaultcli.h"
#include "core/base/systemclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/stellarmemorequired.h"
#include "core/wallets/stellartrustlines.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/stellarchannels.h"

using namespace exchange;

namespace stellartrustlinecli {

Services::Services(Database &database)
    : m_database(database), m_clock(std::make_unique<SystemClock>()), m_services(std::make_unique<depositcli::Services>(database)),
      m_vault(std::make_unique<vaultcli::Vault>(database))
{
}

Services::~Services() = default;

Result<void> Services::open(CommandContext &context)
{
    auto settings = wallets::SignerNode::of(m_database.connection(), m_vault->vault(), m_services->wallets(), Chain::Stellar);
    if (!settings)
        return settings.error();
    for (const std::string &warning : settings.value().warnings)
        context.err() << "exctl: note: " << QString::fromStdString(warning) << Qt::endl;
    if (settings.value().settings.nodeUrl.empty())
        return Error{ErrorCode::InvalidInput, "Stellar has no Horizon: exctl chain set stellar --node URL"};
    m_horizon = std::make_unique<stellar::HorizonClient>(QUrl(QString::fromStdString(settings.value().settings.nodeUrl)));
    m_trustlines = std::make_unique<wallets::StellarTrustlines>(m_database, *m_clock, m_vault->audit(), m_services->wallets(),
                                                                *m_horizon, settings.value().settings.network);
    m_memoRequired = std::make_unique<wallets::StellarMemoRequired>(m_database, *m_clock, m_vault->audit(), m_services->wallets(),
                                                                    *m_horizon, settings.value().settings.network);
    m_channels = std::make_unique<withdrawals::StellarChannels>(m_database, *m_clock, m_vault->audit(), m_services->wallets(),
                                                                *m_horizon, settings.value().settings.network);
    return {};
}

wallets::PinnedKeySource Services::pin()
{
    return [this]() -> Result<std::optional<QByteArray>> {
        auto key = wallets::SignerNode::pin(m_database.connection(), m_vault->vault());
        if (!key)
            return key.error();
        if (key.value().isEmpty())
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(key.value());
    };
}

} // namespace stellartrustlinecli
