#include "core/chains/algorand/paymenttransaction.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/msgpackreader.h"
#include "core/chains/algorand/msgpackwriter.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace exchange::algorand {

namespace {

constexpr int MaxNoteSize = 1024;

bool isZero(const QByteArray &bytes)
{
    return bytes.count('\0') == bytes.size();
}

// One msgpack key/value writer per present field, in key order.
using Field = std::pair<std::string_view, std::function<void(MsgpackWriter &)>>;

void writeMap(MsgpackWriter &out, const std::vector<Field> &fields)
{
    out.mapHeader(static_cast<std::uint32_t>(fields.size()));
    for (const auto &[key, write] : fields) {
        out.string(key);
        write(out);
    }
}

void writeTxn(MsgpackWriter &out, const PaymentTransaction &tx)
{
    std::vector<Field> fields;
    const auto addUint = [&fields](std::string_view key, std::uint64_t value) {
        if (value != 0)
            fields.emplace_back(key, [value](MsgpackWriter &w) { w.uint(value); });
    };
    const auto addBytes = [&fields](std::string_view key, const QByteArray &value) {
        if (!value.isEmpty() && !isZero(value))
            fields.emplace_back(key, [value](MsgpackWriter &w) { w.binary(value); });
    };
    // Keys in byte order, as canonical msgpack requires.
    addUint("amt", tx.amount);
    addBytes("close", tx.closeRemainderTo);
    addUint("fee", tx.fee);
    addUint("fv", tx.firstValid);
    if (!tx.genesisId.empty())
        fields.emplace_back("gen", [&tx](MsgpackWriter &w) { w.string(tx.genesisId); });
    addBytes("gh", tx.genesisHash);
    addBytes("grp", tx.group);
    addUint("lv", tx.lastValid);
    addBytes("lx", tx.lease);
    if (!tx.note.isEmpty())
        fields.emplace_back("note", [&tx](MsgpackWriter &w) { w.binary(tx.note); });
    addBytes("rcv", tx.receiver);
    addBytes("rekey", tx.rekeyTo);
    addBytes("snd", tx.sender);
    fields.emplace_back("type", [](MsgpackWriter &w) { w.string("pay"); });
    writeMap(out, fields);
}

Result<PaymentTransaction> failure(std::string message)
{
    return makeError(ErrorCode::InvalidInput, "Algorand transaction: " + std::move(message));
}

// Reads the keys of a map and hands each value to `field`, which returns
// false for an unknown key. Keys must be strictly increasing.
bool readMap(MsgpackReader &in, const std::function<bool(const std::string &)> &field)
{
    const std::uint32_t entries = in.mapHeader();
    std::string previous;
    for (std::uint32_t i = 0; in.ok() && i < entries; ++i) {
        std::string key = in.string();
        if (!in.ok())
            return false;
        if (i > 0 && key <= previous) {
            in.fail("msgpack map keys are not sorted or repeat (non-canonical)");
            return false;
        }
        if (!field(key)) {
            in.fail("field '" + key + "' is not supported in a payment transaction");
            return false;
        }
        previous = std::move(key);
    }
    return in.ok();
}

void readTxn(MsgpackReader &in, PaymentTransaction &tx)
{
    std::string type;
    const auto nonZeroUint = [&in](std::uint64_t &target) {
        target = in.uint();
        if (in.ok() && target == 0)
            in.fail("a zero integer field is present (non-canonical: it must be omitted)");
    };
    const auto bytes32 = [&in](QByteArray &target) {
        target = in.binary();
        if (in.ok() && target.size() != 32)
            in.fail("an address or hash field is not 32 bytes");
        else if (in.ok() && isZero(target))
            in.fail("an all-zero field is present (non-canonical: it must be omitted)");
    };
    readMap(in, [&](const std::string &key) {
        if (key == "amt")
            nonZeroUint(tx.amount);
        else if (key == "close")
            bytes32(tx.closeRemainderTo);
        else if (key == "fee")
            nonZeroUint(tx.fee);
        else if (key == "fv")
            nonZeroUint(tx.firstValid);
        else if (key == "gen") {
            tx.genesisId = in.string();
            if (in.ok() && tx.genesisId.empty())
                in.fail("an empty genesis id is present (non-canonical)");
        } else if (key == "gh")
            bytes32(tx.genesisHash);
        else if (key == "grp")
            bytes32(tx.group);
        else if (key == "lv")
            nonZeroUint(tx.lastValid);
        else if (key == "lx")
            bytes32(tx.lease);
        else if (key == "note") {
            tx.note = in.binary();
            if (in.ok() && tx.note.isEmpty())
                in.fail("an empty note is present (non-canonical)");
        } else if (key == "rcv")
            bytes32(tx.receiver);
        else if (key == "rekey")
            bytes32(tx.rekeyTo);
        else if (key == "snd")
            bytes32(tx.sender);
        else if (key == "type")
            type = in.string();
        else
            return false;
        return true;
    });
    if (in.ok() && type != "pay")
        in.fail(type.empty() ? std::string("the transaction has no type")
                             : "only payment transactions are supported, not '" + type + "'");
}

} // namespace

Result<void> PaymentTransaction::validate() const
{
    const auto bad = [](std::string message) {
        return Result<void>(makeError(ErrorCode::InvalidInput, "Algorand transaction: " + std::move(message)));
    };
    if (sender.size() != 32 || isZero(sender))
        return bad("the sender must be a 32-byte public key");
    if (!receiver.isEmpty() && receiver.size() != 32)
        return bad("the receiver must be a 32-byte public key");
    if (genesisHash.size() != 32)
        return bad("the genesis hash must be 32 bytes");
    for (const QByteArray *field : {&lease, &group, &closeRemainderTo, &rekeyTo, &authAddress}) {
        if (!field->isEmpty() && field->size() != 32)
            return bad("lease, group, close-to, rekey-to and auth address are empty or 32 bytes");
    }
    if (note.size() > MaxNoteSize)
        return bad("the note has at most 1024 bytes");
    if (lastValid == 0 || lastValid < firstValid)
        return bad("the last valid round must be at or after the first");
    if (!signature.isEmpty() && signature.size() != 64)
        return bad("the signature must be 64 bytes");
    return {};
}

QByteArray PaymentTransaction::encodeTransaction() const
{
    MsgpackWriter out;
    writeTxn(out, *this);
    return out.data();
}

QByteArray PaymentTransaction::bytesToSign() const
{
    return QByteArrayLiteral("TX") + encodeTransaction();
}

QByteArray PaymentTransaction::idHash() const
{
    return crypto::sha512_256(bytesToSign());
}

std::string PaymentTransaction::id() const
{
    return encodeTxId(idHash());
}

void PaymentTransaction::sign(const QByteArray &seed)
{
    signature = crypto::ed25519::sign(seed, bytesToSign());
}

bool PaymentTransaction::hasValidSignature() const
{
    const QByteArray &signer = authAddress.isEmpty() ? sender : authAddress;
    return crypto::ed25519::verify(signer, bytesToSign(), signature);
}

QByteArray PaymentTransaction::encodeSigned() const
{
    MsgpackWriter out;
    out.mapHeader(authAddress.isEmpty() ? 2 : 3);
    if (!authAddress.isEmpty()) {
        out.string("sgnr");
        out.binary(authAddress);
    }
    out.string("sig");
    out.binary(signature);
    out.string("txn");
    writeTxn(out, *this);
    return out.data();
}

Result<PaymentTransaction> PaymentTransaction::decodeSigned(const QByteArray &msgpack)
{
    MsgpackReader in(msgpack);
    PaymentTransaction tx;
    bool sawTxn = false;
    readMap(in, [&](const std::string &key) {
        if (key == "sgnr") {
            tx.authAddress = in.binary();
            if (in.ok() && (tx.authAddress.size() != 32 || isZero(tx.authAddress)))
                in.fail("the auth address must be a non-zero 32-byte key");
        } else if (key == "sig") {
            tx.signature = in.binary();
            if (in.ok() && tx.signature.size() != 64)
                in.fail("the signature must be 64 bytes");
        } else if (key == "txn") {
            readTxn(in, tx);
            sawTxn = true;
        } else {
            return false; // "msig" and "lsig" land here
        }
        return true;
    });
    if (in.ok() && !in.atEnd())
        in.fail("trailing bytes after the signed transaction");
    if (in.ok() && (!sawTxn || tx.signature.isEmpty()))
        in.fail("a signed transaction needs both 'sig' and 'txn'");
    if (!in.ok())
        return failure(in.errorMessage());
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return tx;
}

Result<PaymentTransaction> PaymentTransaction::decodeTransaction(const QByteArray &msgpack)
{
    MsgpackReader in(msgpack);
    PaymentTransaction tx;
    readTxn(in, tx);
    if (in.ok() && !in.atEnd())
        in.fail("trailing bytes after the transaction");
    if (!in.ok())
        return failure(in.errorMessage());
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return tx;
}

} // namespace exchange::algorand
