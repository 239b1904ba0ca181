#pragma once
// One notation, for people, for a reference to an object: "Withdrawal #1",
// wherever it is shown. The stored keys stay as they are: the ledger's
// reference of a withdrawal's holds is "withdrawal:1" (and its transfer ids
// are built on it), the audit log names the object as type "withdrawal", id
// "1"; both are the same withdrawal and read the same on every screen.

#include <QCoreApplication>
#include <QString>

#include <string>

class ReferenceText final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceText)
public:
    // An audit record's object: "Withdrawal #1", "Customer #2", "Deposit #5";
    // other types as "type id" ("operator olga", "asset XLM").
    static QString object(const std::string &type, const std::string &id);
    // A ledger transfer's reference: "withdrawal:1" and "withdrawal:1:fee"
    // read "Withdrawal #1"; anything else (a deposit's chain key, a TxId,
    // an operator's ticket) as stored.
    static QString ledgerReference(const std::string &reference);
};
