#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/dossier/DossierFlow.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace leverage {

class Workspace;

// The dossier's exhibits (issue 21): the files the user marked as exhibits, numbered in the
// order of the timeline, with the SHA-256 that lets a reader check each copy, and the head of
// the workspace's hash chain, so the printed record can be checked against the file later.
struct DossierExhibits
{
    struct Row
    {
        int number = 0;
        QString description; // the user's, else the file's name
        Instant date;        // of the entry it belongs to, else when it was added
        QString entry;       // "E-mail: Refund confirmation", empty when on the case
        QString originalName;
        QString sha256;
    };

    QList<Row> rows;
    QString chainHead; // empty when nothing is sealed
    qint64 seals = 0;

    static Result<DossierExhibits> read(Workspace &workspace, RowId caseId);
    static QString title();
    // No exhibits: no section (the chain's head alone changes with every write, and would
    // make every dossier differ from the one printed a minute before).
    bool isEmpty() const { return rows.isEmpty(); }
    // The section: the exhibit index and the record's seal. `section` indexes the contents.
    void appendTo(DossierFlow &flow, int section) const;
};

} // namespace leverage
