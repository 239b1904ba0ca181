#pragma once
// StellarReplenisher: replenishment on Stellar through Horizon. The export
// is a TransactionEnvelope (v1) in base64 XDR with one native payment and no
// signatures, from the source account's next sequence number (Horizon's
// /accounts/{id}) and for the configured network passphrase: what the
// Stellar SDK's TransactionBuilder.fromXDR() reads and sign() signs. The
// signed file is the signed envelope; a signature by the source account's
// key over the network-id-prefixed hash must be among its signatures.
// A credit asset (a token) moves as a payment of that asset (its code and
// issuer as an admin signed them); what the source can send of it is its
// trustline's balance less its selling liabilities (none: nothing), and the
// fee is XLM as always.

#include "core/withdrawals/replenishmentchain.h"

#include <QUrl>

class QNetworkAccessManager;

namespace exchange::withdrawals {

class StellarReplenisher final : public ReplenishmentChain
{
public:
    StellarReplenisher(QUrl horizon, std::string networkPassphrase);
    ~StellarReplenisher() override;

    Chain chain() const override { return Chain::Stellar; }
    Result<Amount> spendable(const std::string &address, const Asset &asset) override;
    Result<Amount> feeAllowance(const Asset &asset) override;
    Result<PreparedTransfer> prepare(const std::string &from, const std::string &to, Amount amount, const Asset &asset) override;
    QByteArray fileContents(const QByteArray &unsignedTx) const override;
    Result<SignedTransfer> readSigned(const QByteArray &file) const override;
    Result<void> checkSigner(const SignedTransfer &transfer, const std::string &from) const override;
    Result<AssetIdentity> movedAsset(const QByteArray &unsignedTx) const override;
    std::string describeDifference(const QByteArray &exported, const QByteArray &other) const override;
    Result<void> broadcast(const SignedTransfer &transfer) override;
    Result<ChainStatus> status(const std::string &txid, const QByteArray &unsignedTx) override;

    // The fee offered (the most it can cost): ten times the 100-stroop base
    // fee, so the move still gets in while surge pricing is on. Stellar
    // charges only what the ledger's fee is, usually 100.
    static constexpr std::uint32_t kFee = 1000;
    // Base reserve: an account keeps (2 + subentries) x 0.5 XLM.
    static constexpr std::int64_t kBaseReserve = 5'000'000;

private:
    struct Answer {
        int status = 0;
        QByteArray body;
    };
    Result<Answer> request(const QString &path, const QByteArray *form);

    QUrl m_horizon;
    std::string m_passphrase;
    QNetworkAccessManager *m_network;
};

} // namespace exchange::withdrawals
