#pragma once
// dutyLinesHtml: the background duties as lines for a label, each marked
// with the colour of its state (models/tone.h): down in the attention
// colour, running in the good one, off muted, so the same watcher looks
// the same on the Dashboard and the Wallets screen.

#include "core/base/dutystatus.h"

#include <QMap>
#include <QString>

QString dutyLinesHtml(const QString &heading, const QMap<QString, exchange::DutyStatus> &lines);
