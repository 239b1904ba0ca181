#include "stellarmemorequiredstatus.h"

#include "coretext.h"

#include "core/chains/stellar/horizonclient.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/wallets/signernode.h"

#include <QUrl>

using namespace exchange;

StellarMemoRequiredStatus::StellarMemoRequiredStatus(CoreRuntime &runtime, CoreServices &services, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services)
{
}

void StellarMemoRequiredStatus::refresh()
{
    if (m_checking)
        return;
    m_checking = true;
    emit changed();
    CoreServices *services = &m_services;
    m_runtime.post(
        [services]() -> Result<std::optional<wallets::MemoRequiredState>> {
            auto node = wallets::SignerNode::of(services->database().connection(), services->vault(), services->wallets(),
                                                Chain::Stellar);
            if (!node)
                return node.error();
            if (node.value().settings.nodeUrl.empty()) {
                // A node only in the rows (not signed) is not asked: say why.
                if (!node.value().warnings.empty())
                    return Error{ErrorCode::WrongState, node.value().warnings.front()};
                return std::optional<wallets::MemoRequiredState>(); // no Horizon to ask
            }
            stellar::HorizonClient horizon(QUrl(QString::fromStdString(node.value().settings.nodeUrl)));
            wallets::StellarMemoRequired memo(services->database(), services->clock(), services->audit(), services->wallets(),
                                              horizon, node.value().settings.network);
            auto state = memo.state();
            if (!state)
                return state.error();
            return std::optional<wallets::MemoRequiredState>(state.value());
        },
        this, [this](Result<std::optional<wallets::MemoRequiredState>> result) {
            m_checking = false;
            m_noHorizon = result && !result.value();
            if (result) {
                m_state = result.value();
                m_failure.clear();
            } else {
                m_state.reset();
                m_failure = CoreText::stored(result.error().message);
            }
            emit changed();
        });
}

QString StellarMemoRequiredStatus::text() const
{
    if (m_checking && !m_state && m_failure.isEmpty())
        return tr("Memo required (SEP-29): asking Horizon…");
    if (m_noHorizon)
        return tr("Memo required (SEP-29): not known until Stellar's node (Horizon) is set above.");
    if (!m_state)
        return tr("Memo required (SEP-29): not known, Horizon could not be asked: %1").arg(m_failure);
    const QString account = QString::fromStdString(m_state->address);
    switch (m_state->requirement) {
    case wallets::MemoRequirement::Set:
        return tr("Memo required (SEP-29): set on the base account %1. Wallets refuse to pay it without a memo.").arg(account);
    case wallets::MemoRequirement::NotSet:
        return tr("Memo required (SEP-29): not set on the base account %1. Wallets let customers pay it without a memo; "
                  "an admin sets it with exctl stellar memo-required on.")
            .arg(account);
    case wallets::MemoRequirement::AccountMissing:
        return tr("Memo required (SEP-29): the base account %1 does not exist on the network yet.").arg(account);
    }
    return {};
}

bool StellarMemoRequiredStatus::needsAttention() const
{
    return !m_state || m_state->requirement != wallets::MemoRequirement::Set;
}
