#pragma once

#include "core/domain/Instant.h"

#include <QString>
#include <QStringList>

namespace leverage {

// One printed timeline entry: plain values, as the dossier shows them.
struct DossierTimelineRow
{
    int number = 0; // 1-based, in print order, for "see entry 14"
    Instant occurredAt;
    QString channel;
    QString personName;
    QString personPosition;
    QStringList others; // everyone else who took part
    QStringList copied; // who was sent a copy (cc)
    QString reference;
    QString summary;
    QString notes;
    QString letter;   // a sent letter's entry: "Letter 2: Complaint to …" (see Letters sent)
    QString exhibits; // "See Exhibit 3": the entry's files in the exhibit index (issue 21)
    QString edited;   // "Edited after it was recorded, on …": its earlier versions are sealed
    int durationSeconds = 0;
    int holdSeconds = 0;
    bool serviceFailure = false;
    bool isPrivate = false;
};

} // namespace leverage
