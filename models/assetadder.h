#pragma once
// AssetAdder: an admin adds a token of a chain as an asset from the
// Settings screen. readNode() asks the chain's node (on the core's aside
// thread, never the GUI's) what the token's decimals are, for the dialog to
// show beside what was typed; add() asks for a current two-factor code,
// then on the core thread asks the node again and has AuditedAssets write
// the asset, its audit record and the admin's signed identity together.
// Says what happened, or why not; a refusal changes nothing.

#include "core/money/asset.h"

#include <QObject>
#include <QString>

namespace exchange {
class CoreServices;
}
class OperatorSession;

class AssetAdder final : public QObject
{
    Q_OBJECT
public:
    AssetAdder(exchange::CoreServices &services, OperatorSession &session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AssetAdder)

    // The check of what was typed, before any node or code is asked: the
    // reason it cannot be added, empty when it can be tried.
    static QString problem(const exchange::Asset &typed);

    // Answers with nodeRead or nodeReadFailed; `tag` comes back with it so
    // that a dialog can drop an answer about what is no longer typed.
    void readNode(const exchange::Asset &typed, int tag);
    void add(const exchange::Asset &typed);

signals:
    void nodeRead(int tag, int decimals);
    void nodeReadFailed(int tag, const QString &message);
    void added(const QString &code, const QString &message);
    void failed(const QString &message);

private:
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
};
