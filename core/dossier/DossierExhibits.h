#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/dossier/DossierFlow.h"
#include "core/dossier/DossierOptions.h"
#include "core/timestamp/TimeStampCheck.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

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
        QString mimeType;
        qint64 size = 0;
        RowId entryId = 0; // 0: on the case
        int pages = 0;     // printed after the index (with exhibits); 0: listed only
    };
    // The content of an exhibit by its SHA-256, read again while its pages are drawn.
    using Content = std::function<Result<QByteArray>(const QString &sha256)>;

    QList<Row> rows;
    QString chainHead; // empty when nothing is sealed
    qint64 seals = 0;
    // The RFC 3161 time-stamps of the chain's head kept with the case (or the workspace),
    // each checked offline as it is printed.
    QList<TimeStampCheck::Outcome> stamps;
    bool withCopies = false; // the exhibits' pages follow the index
    Content content;

    // The exhibits of the entries the dossier prints (in its range; private ones only when
    // asked for) and of the case. With options.withExhibits, each one's pages are counted.
    static Result<DossierExhibits> read(Workspace &workspace, RowId caseId,
                                        const DossierOptions &options);
    static QString title();
    // The line under a timeline entry that has exhibits ("See Exhibit 3", "See Exhibits 3
    // and 4"), by entry id.
    QHash<RowId, QString> timelineLines() const;
    // The pages the copies take after the last page of the rest (0 without copies).
    int copyPages() const;
    // The heading over each page of a copy: "Exhibit 3: receipt.pdf, page 2 of 4".
    static QString copyCaption(const Row &row, int page);
    // No exhibits and no time-stamps: no section (the chain's head alone changes with every
    // write, and would make every dossier differ from the one printed a minute before).
    bool isEmpty() const { return rows.isEmpty() && stamps.isEmpty(); }
    // The section: the exhibit index and the record's seal. `section` indexes the contents.
    void appendTo(DossierFlow &flow, int section) const;

private:
    void appendStamps(DossierFlow &flow) const;
};

} // namespace leverage
