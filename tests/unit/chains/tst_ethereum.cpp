// Ethereum: EIP-55 addresses, EIP-191 personal_sign (web3.js documentation
// example), EIP-155 (the EIP's own example), EIP-1559 (Trust Wallet Core's
// published vector) and RLP strictness.

#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/ethereum/rlp.h"
#include "core/chains/ethereum/transaction.h"
#include "core/crypto/hex.h"

#include <QTest>

using namespace exchange;
using namespace exchange::ethereum;

class TestEthereum final : public QObject
{
    Q_OBJECT

private slots:
    // EIP-55 "Test Cases".
    void eip55()
    {
        for (const char *address : {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                                    "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
                                    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                                    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
            auto bytes = parseAddress(address);
            QVERIFY2(bytes.ok(), address);
            const std::string text(address);
            const bool mixed = text != QString::fromStdString(text).toLower().toStdString()
                && text.substr(2) != QString::fromStdString(text.substr(2)).toUpper().toStdString();
            if (mixed)
                QCOMPARE(checksumAddress(bytes.value()), text);
        }
        // One flipped letter case breaks the checksum.
        QVERIFY(!parseAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").ok());
        QVERIFY(!parseAddress("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").ok());
        QVERIFY(!parseAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe").ok());
        QVERIFY(!parseAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg").ok());
    }

    // web3.js documentation, eth.accounts.sign('Some data', 0x4c08…).
    void personalSignKnownAnswer()
    {
        const QByteArray key = QByteArray::fromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        const QByteArray message = QByteArrayLiteral("Some data");
        QCOMPARE(personalMessageHash(message).toHex(), QByteArray("1da44b586eb0729ff70a73c326926f6ed5a25f5b056e7f47fbc6e58d86871655"));
        const QByteArray expected = QByteArray::fromHex("b91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c");
        QCOMPARE(signPersonalMessage(key, message).value(), expected);
        QCOMPARE(checksumAddress(addressFromSecretKey(key).value()), std::string("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"));
        QVERIFY(verifyPersonalMessage("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", message, expected).ok());
        QVERIFY(verifyPersonalMessage("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23", message, expected).ok());

        QByteArray zeroOne = expected;
        zeroOne[64] = 1; // v as 0/1 instead of 27/28
        QVERIFY(verifyPersonalMessage("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", message, zeroOne).ok());

        QVERIFY(!verifyPersonalMessage("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "Some datA", expected).ok());
        QByteArray badV = expected;
        badV[64] = 29;
        QVERIFY(!verifyPersonalMessage("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", message, badV).ok());
        QVERIFY(!verifyPersonalMessage("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", message, expected.left(64)).ok());
        // High s: s' = n - s with the other recovery id recovers the same key
        // in plain ECDSA; it must be refused.
        QByteArray highS = expected;
        const QByteArray s = QByteArray::fromHex("6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a029");
        const QByteArray order = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int d = static_cast<unsigned char>(order[i]) - static_cast<unsigned char>(s[i]) - borrow;
            borrow = d < 0 ? 1 : 0;
            highS[32 + i] = static_cast<char>(d < 0 ? d + 256 : d);
        }
        highS[64] = 27;
        auto refused = verifyPersonalMessage("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", message, highS);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("high s") != std::string::npos);
    }

    // EIP-155 "Example": nonce 9, 20 gwei, 21000 gas, 1 ether to 0x3535…,
    // chain id 1, key 0x4646…46.
    void eip155Example()
    {
        Transaction tx;
        tx.type = Transaction::Type::Legacy;
        tx.chainId = 1;
        tx.nonce = 9;
        tx.gasPrice = UInt256(20000000000ull);
        tx.gasLimit = 21000;
        tx.to = QByteArray(20, '\x35');
        tx.value = UInt256::fromDecimal("1000000000000000000").value();
        QCOMPARE(tx.signingHash().toHex(), QByteArray("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        QVERIFY(tx.sign(QByteArray(32, '\x46')).ok());
        QCOMPARE(tx.signature->r.toDecimal(), std::string("18515461264373351373200002665853028612451056578545711640558177340181847433846"));
        QCOMPARE(tx.signature->s.toDecimal(), std::string("46948507304638947509940763649030358759909902576025900602547168820602576006531"));
        const QByteArray raw = QByteArray::fromHex("f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
        QCOMPARE(tx.serialise(), raw);
        QCOMPARE(tx.hashHex(), std::string("0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788"));

        auto parsed = Transaction::parse(raw);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == tx);
        QCOMPARE(parsed.value().sender().value(), addressFromSecretKey(QByteArray(32, '\x46')).value());
    }

    // Trust Wallet Core, TWAnySignerEthereum SignERC20Transfer_1559: DAI
    // transfer of 2e18 to 0x5322…, chain 1, nonce 0, tip 2 gwei, max 3 gwei.
    void eip1559TrustWalletVector()
    {
        Transaction tx;
        tx.type = Transaction::Type::Eip1559;
        tx.chainId = 1;
        tx.nonce = 0;
        tx.maxPriorityFeePerGas = UInt256(2000000000ull);
        tx.maxFeePerGas = UInt256(3000000000ull);
        tx.gasLimit = 78009;
        tx.to = parseAddress("0x6b175474e89094c44da98b954eedeac495271d0f").value();
        tx.data = QByteArray::fromHex("a9059cbb0000000000000000000000005322b34c88ed0691971bf52a7047448f0f4efc840000000000000000000000000000000000000000000000001bc16d674ec80000");
        QVERIFY(tx.sign(QByteArray::fromHex("608dcb1742bb3fb7aec002074e3420e4fab7d00cced79ccdac53ed5b27138151")).ok());
        const QByteArray raw = QByteArray::fromHex("02f8b00180847735940084b2d05e00830130b9946b175474e89094c44da98b954eedeac495271d0f80b844a9059cbb0000000000000000000000005322b34c88ed0691971bf52a7047448f0f4efc840000000000000000000000000000000000000000000000001bc16d674ec80000c080a0adfcfdf98d4ed35a8967a0c1d78b42adb7c5d831cf5a3272654ec8f8bcd7be2ea011641e065684f6aa476f4fd250aa46cd0b44eccdb0a6e1650d658d1998684cdf");
        QCOMPARE(tx.serialise().toHex(), raw.toHex());
        auto parsed = Transaction::parse(raw);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == tx);
    }

    // The unsigned form offline signers exchange: ethers 6.16
    // Transaction.from(<the Trust Wallet vector>).unsignedSerialized and
    // .unsignedHash.
    void eip1559UnsignedPayload()
    {
        const QByteArray raw = QByteArray::fromHex("02f8b00180847735940084b2d05e00830130b9946b175474e89094c44da98b954eedeac495271d0f80b844a9059cbb0000000000000000000000005322b34c88ed0691971bf52a7047448f0f4efc840000000000000000000000000000000000000000000000001bc16d674ec80000c080a0adfcfdf98d4ed35a8967a0c1d78b42adb7c5d831cf5a3272654ec8f8bcd7be2ea011641e065684f6aa476f4fd250aa46cd0b44eccdb0a6e1650d658d1998684cdf");
        const QByteArray unsignedTx = QByteArray::fromHex("02f86d0180847735940084b2d05e00830130b9946b175474e89094c44da98b954eedeac495271d0f80b844a9059cbb0000000000000000000000005322b34c88ed0691971bf52a7047448f0f4efc840000000000000000000000000000000000000000000000001bc16d674ec80000c0");
        auto signedTx = Transaction::parse(raw);
        QVERIFY(signedTx.ok());
        QCOMPARE(signedTx.value().signingPayload().toHex(), unsignedTx.toHex());
        QCOMPARE(signedTx.value().signingHash().toHex(), QByteArray("aa0ec30afa12acb48a080aa7157254193eeb2a4d248538b0747535baab98141f"));
        auto parsed = Transaction::parseUnsigned(unsignedTx);
        QVERIFY(parsed.ok());
        Transaction expected = signedTx.value();
        expected.signature.reset();
        QVERIFY(parsed.value() == expected);
        // Signed, truncated, trailing bytes, legacy, non-canonical: refused.
        QVERIFY(!Transaction::parseUnsigned(raw).ok());
        QVERIFY(!Transaction::parseUnsigned(unsignedTx.left(unsignedTx.size() - 1)).ok());
        QVERIFY(!Transaction::parseUnsigned(unsignedTx + '\0').ok());
        QVERIFY(!Transaction::parseUnsigned(unsignedTx.mid(1)).ok());
        QByteArray nonCanonical = unsignedTx;
        nonCanonical.replace(QByteArray::fromHex("0180"), QByteArray::fromHex("018100")); // nonce 0 as 0x8100
        nonCanonical[2] = static_cast<char>(0x6e);
        QVERIFY(!Transaction::parseUnsigned(nonCanonical).ok());
    }

    void parseRefusesMalformedTransactions()
    {
        const QByteArray raw = QByteArray::fromHex("f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
        QVERIFY(!Transaction::parse(raw + '\0').ok());
        QVERIFY(!Transaction::parse(raw.left(raw.size() - 1)).ok());
        QVERIFY(!Transaction::parse(QByteArray::fromHex("01c0")).ok()); // EIP-2930 not supported
        QVERIFY(!Transaction::parse({}).ok());
        // nonce 9 written as 0x8109 (non-canonical single byte).
        QByteArray nonCanonical = QByteArray::fromHex("f86d81098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
        QVERIFY(!Transaction::parse(nonCanonical).ok());
    }

    void rlpIsCanonical()
    {
        // Ethereum wiki RLP examples.
        QCOMPARE(rlp::encodeBytes("dog").toHex(), QByteArray("83646f67"));
        QCOMPARE(rlp::encodeList({rlp::encodeBytes("cat"), rlp::encodeBytes("dog")}).toHex(), QByteArray("c88363617483646f67"));
        QCOMPARE(rlp::encodeBytes({}).toHex(), QByteArray("80"));
        QCOMPARE(rlp::encodeUint(std::uint64_t{0}).toHex(), QByteArray("80"));
        QCOMPARE(rlp::encodeUint(std::uint64_t{15}).toHex(), QByteArray("0f"));
        QCOMPARE(rlp::encodeUint(std::uint64_t{1024}).toHex(), QByteArray("820400"));
        QCOMPARE(rlp::encodeBytes(QByteArray("Lorem ipsum dolor sit amet, consectetur adipisicing elit")).left(2).toHex(), QByteArray("b838"));

        QVERIFY(rlp::decode(QByteArray::fromHex("c88363617483646f67")).ok());
        QVERIFY(!rlp::decode(QByteArray::fromHex("8100")).ok());       // 0x00 must be itself
        QVERIFY(!rlp::decode(QByteArray::fromHex("b80100")).ok());     // long form for short
        QVERIFY(!rlp::decode(QByteArray::fromHex("b90001")).ok());     // leading zero length
        QVERIFY(!rlp::decode(QByteArray::fromHex("83646f")).ok());     // truncated
        QVERIFY(!rlp::decode(QByteArray::fromHex("c3836361")).ok());   // child overruns list
        QVERIFY(!rlp::decode(QByteArray::fromHex("8000")).ok());       // trailing
        QVERIFY(!rlp::decode(QByteArray(40, '\xc1') + QByteArray(1, '\xc0')).ok()); // too deep
        QVERIFY(!rlp::toUint256(rlp::decode(QByteArray::fromHex("820001")).value(), "x").ok());
    }

    void mnemonicDerivation()
    {
        // BIP-39 "abandon … about" with m/44'/60'/0'/0/0 gives this widely
        // published account (e.g. ethers' and MetaMask's first account).
        auto key = secretKeyFromMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "", 0);
        QVERIFY(key.ok());
        QCOMPARE(checksumAddress(addressFromSecretKey(key.value()).value()), std::string("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
    }
};

QTEST_APPLESS_MAIN(TestEthereum)
#include "tst_ethereum.moc"
