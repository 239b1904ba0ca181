#include "core/chains/algorand/transactionheader.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/msgpackreader.h"
#include "core/chains/algorand/msgpackwriter.h"
#include "core/chains/algorand/txnmapreader.h"
#include "core/chains/algorand/txnmapwriter.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"

#include <utility>

namespace exchange::algorand {

namespace {

constexpr int MaxNoteSize = 1024;

Result<void> failure(std::string message)
{
    return makeError(ErrorCode::InvalidInput, "Algorand transaction: " + std::move(message));
}

} // namespace

Result<void> TransactionHeader::validateHeader() const
{
    if (sender.size() != 32 || sender.count('\0') == sender.size())
        return failure("the sender must be a 32-byte public key");
    if (genesisHash.size() != 32)
        return failure("the genesis hash must be 32 bytes");
    for (const QByteArray *field : {&lease, &group, &rekeyTo, &authAddress}) {
        if (!field->isEmpty() && field->size() != 32)
            return failure("lease, group, rekey-to and auth address are empty or 32 bytes");
    }
    if (note.size() > MaxNoteSize)
        return failure("the note has at most 1024 bytes");
    if (lastValid == 0 || lastValid < firstValid)
        return failure("the last valid round must be at or after the first");
    if (!signature.isEmpty() && signature.size() != 64)
        return failure("the signature must be 64 bytes");
    return {};
}

void TransactionHeader::writeHeader(TxnMapWriter &out, std::string_view type) const
{
    out.uint("fee", fee);
    out.uint("fv", firstValid);
    out.string("gen", genesisId);
    out.bytes32("gh", genesisHash);
    out.bytes32("grp", group);
    out.uint("lv", lastValid);
    out.bytes32("lx", lease);
    out.binary("note", note);
    out.bytes32("rekey", rekeyTo);
    out.bytes32("snd", sender);
    out.string("type", type);
}

void TransactionHeader::readTxn(TxnMapReader &in, std::string_view type, const FieldReader &field)
{
    std::string typeRead;
    in.readMap([&](const std::string &key) {
        if (key == "fee")
            in.uint(fee);
        else if (key == "fv")
            in.uint(firstValid);
        else if (key == "gen")
            in.string(genesisId);
        else if (key == "gh")
            in.bytes32(genesisHash);
        else if (key == "grp")
            in.bytes32(group);
        else if (key == "lv")
            in.uint(lastValid);
        else if (key == "lx")
            in.bytes32(lease);
        else if (key == "note")
            in.binary(note);
        else if (key == "rekey")
            in.bytes32(rekeyTo);
        else if (key == "snd")
            in.bytes32(sender);
        else if (key == "type")
            in.string(typeRead);
        else
            return field(in, key);
        return true;
    });
    if (in.in().ok() && typeRead != type)
        in.in().fail(typeRead.empty() ? std::string("the transaction has no type")
                                      : "expected " + in.what() + " ('" + std::string(type) + "'), not '" + typeRead + "'");
}

QByteArray TransactionHeader::signingBytes(const QByteArray &txn)
{
    return QByteArrayLiteral("TX") + txn;
}

std::string TransactionHeader::txId(const QByteArray &txn)
{
    return encodeTxId(crypto::sha512_256(signingBytes(txn)));
}

void TransactionHeader::signTxn(const QByteArray &seed, const QByteArray &txn)
{
    signature = crypto::ed25519::sign(seed, signingBytes(txn));
}

bool TransactionHeader::signatureValidFor(const QByteArray &txn) const
{
    const QByteArray &signer = authAddress.isEmpty() ? sender : authAddress;
    return crypto::ed25519::verify(signer, signingBytes(txn), signature);
}

QByteArray TransactionHeader::encodeSignedTxn(const QByteArray &txn) const
{
    // "txn" sorts last, so the txn map's own bytes end the wrapper.
    MsgpackWriter out;
    out.mapHeader(authAddress.isEmpty() ? 2 : 3);
    if (!authAddress.isEmpty()) {
        out.string("sgnr");
        out.binary(authAddress);
    }
    out.string("sig");
    out.binary(signature);
    out.string("txn");
    return out.data() + txn;
}

void TransactionHeader::readSigned(TxnMapReader &in, std::string_view type, const FieldReader &field)
{
    bool sawTxn = false;
    in.readMap([&](const std::string &key) {
        if (key == "sgnr") {
            in.bytes32(authAddress);
        } else if (key == "sig") {
            signature = in.in().binary();
            if (in.in().ok() && signature.size() != 64)
                in.in().fail("the signature must be 64 bytes");
        } else if (key == "txn") {
            readTxn(in, type, field);
            sawTxn = true;
        } else {
            return false; // "msig" and "lsig" land here
        }
        return true;
    });
    if (in.in().ok() && (!sawTxn || signature.isEmpty()))
        in.in().fail("a signed transaction needs both 'sig' and 'txn'");
}

Result<void> TransactionHeader::decodeMsgpack(const QByteArray &msgpack, bool isSigned, std::string_view type,
                                              std::string what, const FieldReader &field)
{
    MsgpackReader reader(msgpack);
    TxnMapReader in(reader, std::move(what));
    if (isSigned)
        readSigned(in, type, field);
    else
        readTxn(in, type, field);
    if (reader.ok() && !reader.atEnd())
        reader.fail(isSigned ? "trailing bytes after the signed transaction" : "trailing bytes after the transaction");
    if (!reader.ok())
        return failure(reader.errorMessage());
    return {};
}

} // namespace exchange::algorand
