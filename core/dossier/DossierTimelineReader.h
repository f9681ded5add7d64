#pragma once

#include "core/domain/Ids.h"
#include "core/domain/TimelineEntry.h"
#include "core/dossier/DossierOptions.h"
#include "core/dossier/DossierTimelineRow.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <functional>
#include <limits>
#include <memory>

namespace leverage {

class DossierNames;
class Workspace;

// Reads a case's timeline as the rows a dossier prints, in print order and a chunk at a time:
// only the entries in the chosen range, private ones only when asked for. Used once to count
// and summarise the case, then again, chunk by chunk, while the pages are drawn.
class DossierTimelineReader
{
public:
    // Where a read starts: after the entry at this time and id (the very start by default).
    struct Position
    {
        qint64 utcMs = std::numeric_limits<qint64>::min();
        RowId id = 0;
    };

    struct Chunk
    {
        QList<DossierTimelineRow> rows;
        Position end;           // after the last row read
        int privateLeftOut = 0; // private entries in range skipped on the way
        bool finished = false;  // no entry after `end`
    };

    // Told of each row read with the entry it came from, and of each person it names.
    using EntryRead = std::function<void(const TimelineEntry &, const DossierTimelineRow &)>;
    using PersonMet =
        std::function<void(RowId contactId, const QString &name, const QString &position)>;

    DossierTimelineReader(Workspace &workspace, RowId caseId, DossierOptions options,
                          std::shared_ptr<DossierNames> names);

    // The line each sent letter's entry prints under its summary, by entry id.
    void setLetterLines(QHash<RowId, QString> lines) { m_letterLines = std::move(lines); }
    // The line each entry with exhibits prints ("See Exhibit 3"), by entry id.
    void setExhibitLines(QHash<RowId, QString> lines) { m_exhibitLines = std::move(lines); }

    // Up to `count` rows after `from`, numbered from `firstNumber`.
    Result<Chunk> read(const Position &from, int count, int firstNumber,
                       const EntryRead &entryRead = {}, const PersonMet &personMet = {}) const;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    DossierOptions m_options;
    std::shared_ptr<DossierNames> m_names;
    QHash<RowId, QString> m_letterLines;
    QHash<RowId, QString> m_exhibitLines;
};

} // namespace leverage
