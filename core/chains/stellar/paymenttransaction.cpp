#include "core/chains/stellar/paymenttransaction.h"

#include "core/chains/stellar/xdrreader.h"
#include "core/chains/stellar/xdrwriter.h"
#include "core/crypto/base64.h"
#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"

#include <algorithm>

namespace exchange::stellar {

namespace {

// XDR discriminants from Stellar-transaction.x / Stellar-types.x.
constexpr std::uint32_t KeyTypeEd25519 = 0;
constexpr std::uint32_t KeyTypeMuxedEd25519 = 0x100;
constexpr std::int32_t EnvelopeTypeTx = 2;
constexpr std::int32_t EnvelopeTypeTxV0 = 0;
constexpr std::int32_t EnvelopeTypeTxFeeBump = 5;
constexpr std::uint32_t PrecondNone = 0;
constexpr std::uint32_t PrecondTime = 1;
constexpr std::uint32_t MemoNone = 0;
constexpr std::uint32_t MemoText = 1;
constexpr std::uint32_t MemoId = 2;
constexpr std::int32_t OperationCreateAccount = 0;
constexpr std::int32_t OperationPayment = 1;
constexpr std::int32_t OperationChangeTrust = 6;
constexpr std::int32_t OperationAccountMerge = 8;
constexpr std::int32_t OperationManageData = 10;
constexpr std::uint32_t MaxMemoText = 28;
constexpr std::uint32_t MaxOperations = 100;

void writeAccount(XdrWriter &out, const StellarAccount &account)
{
    if (account.muxedId) {
        out.uint32(KeyTypeMuxedEd25519);
        out.uint64(*account.muxedId);
    } else {
        out.uint32(KeyTypeEd25519);
    }
    out.fixedOpaque(account.publicKey);
}

StellarAccount readAccount(XdrReader &in)
{
    StellarAccount account;
    const std::uint32_t type = in.uint32();
    if (type == KeyTypeMuxedEd25519)
        account.muxedId = in.uint64();
    else if (type != KeyTypeEd25519)
        in.fail("account is neither an Ed25519 key nor a muxed account");
    account.publicKey = in.fixedOpaque(32);
    return account;
}

void writeTransaction(XdrWriter &out, const PaymentTransaction &tx)
{
    writeAccount(out, tx.source);
    out.uint32(tx.fee);
    out.int64(tx.sequence);
    if (tx.timeBounds) {
        out.uint32(PrecondTime);
        out.uint64(tx.timeBounds->minTime);
        out.uint64(tx.timeBounds->maxTime);
    } else {
        out.uint32(PrecondNone);
    }
    switch (tx.memo.type) {
    case Memo::Type::None:
        out.uint32(MemoNone);
        break;
    case Memo::Type::Text:
        out.uint32(MemoText);
        out.variableOpaque(QByteArray::fromStdString(tx.memo.text));
        break;
    case Memo::Type::Id:
        out.uint32(MemoId);
        out.uint64(tx.memo.id);
        break;
    }
    out.uint32(1); // one operation
    out.boolean(tx.operationSource.has_value());
    if (tx.operationSource)
        writeAccount(out, *tx.operationSource);
    switch (tx.operation) {
    case OperationType::CreateAccount:
        // CreateAccountOp: AccountID destination (a PublicKey: never muxed),
        // int64 startingBalance.
        out.int32(OperationCreateAccount);
        out.uint32(KeyTypeEd25519);
        out.fixedOpaque(tx.destination.publicKey);
        break;
    case OperationType::Payment:
        // PaymentOp: MuxedAccount destination, Asset asset, int64 amount.
        out.int32(OperationPayment);
        writeAccount(out, tx.destination);
        tx.asset.write(out);
        break;
    case OperationType::ChangeTrust:
        // ChangeTrustOp: ChangeTrustAsset line, int64 limit.
        out.int32(OperationChangeTrust);
        tx.asset.write(out);
        break;
    case OperationType::ManageData:
        // ManageDataOp: string64 dataName, DataValue* dataValue.
        out.int32(OperationManageData);
        out.variableOpaque(QByteArray::fromStdString(tx.dataName));
        out.boolean(tx.dataValue.has_value());
        if (tx.dataValue)
            out.variableOpaque(*tx.dataValue);
        out.int32(0); // ext v0
        return;
    case OperationType::AccountMerge:
        // MuxedAccount destination, no amount.
        out.int32(OperationAccountMerge);
        writeAccount(out, tx.destination);
        out.int32(0); // ext v0
        return;
    }
    out.int64(tx.amount);
    out.int32(0); // ext v0
}

Result<void> invalid(std::string message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

} // namespace

std::string StellarAccount::toString() const
{
    if (muxedId)
        return strkey::encodeMuxedAccount({publicKey, *muxedId});
    return strkey::encodeAccountId(publicKey);
}

Result<StellarAccount> StellarAccount::fromString(std::string_view text)
{
    if (!text.empty() && text[0] == 'M') {
        auto muxed = strkey::decodeMuxedAccount(text);
        if (!muxed)
            return muxed.error();
        return StellarAccount{muxed.value().publicKey, muxed.value().id};
    }
    auto key = strkey::decodeAccountId(text);
    if (!key)
        return key.error();
    return StellarAccount{key.value(), std::nullopt};
}

Result<void> PaymentTransaction::validate() const
{
    const bool changeTrust = operation == OperationType::ChangeTrust;
    const bool manageData = operation == OperationType::ManageData;
    const bool merge = operation == OperationType::AccountMerge;
    if (source.publicKey.size() != 32 || (!changeTrust && !manageData && destination.publicKey.size() != 32)
        || (operationSource && operationSource->publicKey.size() != 32))
        return invalid("a Stellar account key must be 32 bytes");
    if (auto valid = asset.validate(); !valid)
        return valid;
    if (manageData) {
        if (destination != StellarAccount{} || !asset.isNative() || amount != 0)
            return invalid("a Stellar manage_data has no destination, asset or amount");
        if (dataName.empty() || dataName.size() > MaxDataBytes)
            return invalid("a Stellar data entry's name has 1 to 64 bytes");
        // stellar-core's isStringValid: printable ASCII only.
        if (std::any_of(dataName.begin(), dataName.end(), [](char c) { return c < 0x20 || c > 0x7e; }))
            return invalid("a Stellar data entry's name is printable ASCII");
        if (dataValue && static_cast<std::size_t>(dataValue->size()) > MaxDataBytes)
            return invalid("a Stellar data entry's value has at most 64 bytes");
    } else if (!dataName.empty() || dataValue) {
        return invalid("only a Stellar manage_data has a data entry");
    } else if (merge) {
        if (!asset.isNative() || amount != 0)
            return invalid("a Stellar account_merge moves all the account's XLM: no asset or amount");
        // stellar-core: ACCOUNT_MERGE_MALFORMED.
        if (destination.publicKey == (operationSource ? operationSource->publicKey : source.publicKey))
            return invalid("a Stellar account cannot be merged into itself");
    } else if (changeTrust) {
        if (destination != StellarAccount{})
            return invalid("a Stellar change_trust has no destination");
        if (asset.isNative())
            return invalid("a Stellar trustline is to a credit asset, never to XLM");
        if (asset.issuer == (operationSource ? operationSource->publicKey : source.publicKey))
            return invalid("a Stellar issuer cannot trust its own asset");
        if (amount < 0)
            return invalid("a Stellar trustline limit cannot be negative");
    } else if (amount <= 0) {
        return invalid("a Stellar payment amount must be positive");
    }
    if (operation == OperationType::CreateAccount && destination.muxedId)
        return invalid("a Stellar account is created at its G… address, never a muxed one");
    if (operation == OperationType::CreateAccount && !asset.isNative())
        return invalid("a Stellar account is created with XLM, never with a credit asset");
    if (sequence < 0)
        return invalid("a Stellar sequence number cannot be negative");
    if (memo.type == Memo::Type::Text && memo.text.size() > MaxMemoText)
        return invalid("a Stellar text memo has at most 28 bytes");
    if (timeBounds && timeBounds->maxTime != 0 && timeBounds->maxTime < timeBounds->minTime)
        return invalid("Stellar time bounds end before they start");
    return validateSignatures(signatures);
}

QByteArray PaymentTransaction::transactionXdr() const
{
    XdrWriter out;
    writeTransaction(out, *this);
    return out.data();
}

QByteArray PaymentTransaction::hash(std::string_view networkPassphrase) const
{
    XdrWriter payload;
    payload.fixedOpaque(crypto::sha256(QByteArray(networkPassphrase.data(),
                                                  static_cast<qsizetype>(networkPassphrase.size()))));
    payload.int32(EnvelopeTypeTx);
    writeTransaction(payload, *this);
    return crypto::sha256(payload.data());
}

std::string PaymentTransaction::hashHex(std::string_view networkPassphrase) const
{
    return hex::encode(hash(networkPassphrase));
}

void PaymentTransaction::sign(const QByteArray &seed, std::string_view networkPassphrase)
{
    signatures.push_back(signatureBy(seed, hash(networkPassphrase)));
}

bool PaymentTransaction::isSignedBy(const QByteArray &publicKey, std::string_view networkPassphrase) const
{
    return signedBy(signatures, publicKey, hash(networkPassphrase));
}

QByteArray PaymentTransaction::envelopeXdr() const
{
    XdrWriter out;
    out.int32(EnvelopeTypeTx);
    writeTransaction(out, *this);
    writeSignatures(out, signatures);
    return out.data();
}

std::string PaymentTransaction::envelopeBase64() const
{
    return base64::encode(envelopeXdr());
}

Result<PaymentTransaction> PaymentTransaction::fromEnvelopeXdr(const QByteArray &xdr)
{
    XdrReader in(xdr);
    PaymentTransaction tx = readEnvelope(in);
    if (in.ok() && !in.atEnd())
        in.fail("trailing bytes after the Stellar envelope");
    if (!in.ok())
        return makeError(ErrorCode::InvalidInput, "Stellar envelope: " + in.errorMessage());
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return tx;
}

PaymentTransaction PaymentTransaction::readEnvelope(XdrReader &in)
{
    const std::int32_t envelopeType = in.int32();
    PaymentTransaction tx;
    if (in.ok() && envelopeType == EnvelopeTypeTxV0)
        in.fail("pre-protocol-13 (v0) Stellar envelopes are not supported");
    else if (in.ok() && envelopeType == EnvelopeTypeTxFeeBump)
        in.fail("a fee-bump envelope is not a plain transaction's (FeeBumpTransaction reads it)");
    else if (in.ok() && envelopeType != EnvelopeTypeTx)
        in.fail("not a Stellar transaction envelope");
    if (!in.ok())
        return tx;

    tx.source = readAccount(in);
    tx.fee = in.uint32();
    tx.sequence = in.int64();
    const std::uint32_t precondition = in.uint32();
    if (precondition == PrecondTime) {
        TimeBounds bounds;
        bounds.minTime = in.uint64();
        bounds.maxTime = in.uint64();
        tx.timeBounds = bounds;
    } else if (precondition != PrecondNone) {
        in.fail("only time-bound preconditions are supported");
    }
    const std::uint32_t memoType = in.uint32();
    if (memoType == MemoText) {
        tx.memo.type = Memo::Type::Text;
        tx.memo.text = in.variableOpaque(MaxMemoText).toStdString();
    } else if (memoType == MemoId) {
        tx.memo.type = Memo::Type::Id;
        tx.memo.id = in.uint64();
    } else if (memoType != MemoNone) {
        in.fail("only text and id memos are supported");
    }
    const std::uint32_t operationCount = in.uint32();
    if (in.ok() && (operationCount == 0 || operationCount > MaxOperations))
        in.fail("a Stellar transaction has 1 to 100 operations");
    else if (in.ok() && operationCount != 1)
        in.fail("only transactions with a single operation are supported");
    if (in.boolean())
        tx.operationSource = readAccount(in);
    const std::int32_t operation = in.int32();
    if (in.ok() && operation == OperationCreateAccount) {
        tx.operation = OperationType::CreateAccount;
        if (in.uint32() != KeyTypeEd25519 && in.ok())
            in.fail("create_account destination is not an Ed25519 key");
        tx.destination.publicKey = in.fixedOpaque(32);
    } else if (in.ok() && operation == OperationPayment) {
        tx.destination = readAccount(in);
        tx.asset = StellarAsset::read(in);
    } else if (in.ok() && operation == OperationChangeTrust) {
        tx.operation = OperationType::ChangeTrust;
        tx.asset = StellarAsset::read(in);
    } else if (in.ok() && operation == OperationManageData) {
        tx.operation = OperationType::ManageData;
        tx.dataName = in.variableOpaque(MaxDataBytes).toStdString();
        if (in.boolean())
            tx.dataValue = in.variableOpaque(MaxDataBytes);
    } else if (in.ok() && operation == OperationAccountMerge) {
        tx.operation = OperationType::AccountMerge;
        tx.destination = readAccount(in);
    } else if (in.ok()) {
        in.fail("only payment, create_account, change_trust, manage_data and account_merge operations are supported");
    }
    if (tx.operation != OperationType::ManageData && tx.operation != OperationType::AccountMerge)
        tx.amount = in.int64();
    if (in.int32() != 0 && in.ok())
        in.fail("Soroban transaction extensions are not supported");
    tx.signatures = readSignatures(in);
    return tx;
}

Result<PaymentTransaction> PaymentTransaction::fromEnvelopeBase64(std::string_view text)
{
    auto bytes = base64::decode(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, "Stellar envelope: " + bytes.error().message);
    return fromEnvelopeXdr(bytes.value());
}

} // namespace exchange::stellar
