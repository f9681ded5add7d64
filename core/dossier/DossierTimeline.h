#pragma once

#include "core/dossier/DossierTimelineRow.h"
#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <memory>

namespace leverage {

// The timeline a dossier prints. A case read from the workspace is streamed: its rows are read
// again, a chunk at a time, while the pages are drawn, so a case of 10,000 entries is never in
// memory at once; only what the layout needs before the rows (each row's day and whether it has
// notes) and what the summary quotes are kept. Rows built by hand (tests) are held in memory.
class DossierTimeline
{
public:
    using Row = DossierTimelineRow;
    static constexpr int kChunkRows = 200;

    // Reads the rows [first, first + count) in print order; `first` is a multiple of
    // kChunkRows.
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual Result<QList<Row>> read(int first, int count) = 0;
    };

    // What the layout needs of a row before it is drawn: the month headings and notes lines.
    struct Mark
    {
        QDate day;
        bool hasNotes = false;
    };

    // A row kept in memory.
    void append(const Row &row);
    // A row counted now and read again from the source when it is printed.
    void noteStreamed(const Row &row);
    void setSource(std::shared_ptr<Source> source) { m_source = std::move(source); }

    int size() const { return int(m_marks.size()); }
    bool isEmpty() const { return m_marks.isEmpty(); }
    // The row at `index` (0-based). A read failure gives an empty row and is kept in status().
    Row at(int index) const;
    // Every row, read at once: for tests and small cases only.
    QList<Row> toList() const;

    const QList<Mark> &marks() const { return m_marks; }
    Instant firstAt() const { return m_firstAt; }
    Instant lastAt() const { return m_lastAt; }
    // The first few service failures, for the summary, and how many there are.
    const QList<Row> &firstFailures() const { return m_firstFailures; }
    int failures() const { return m_failures; }
    // The first error met reading rows back, if any: the printed pages are then incomplete.
    Status status() const { return m_status; }

private:
    void count(const Row &row);

    QList<Row> m_rows; // held rows; empty when streamed
    std::shared_ptr<Source> m_source;
    QList<Mark> m_marks;
    Instant m_firstAt;
    Instant m_lastAt;
    QList<Row> m_firstFailures;
    int m_failures = 0;

    // The chunk last read from the source.
    mutable int m_chunkFirst = -1;
    mutable QList<Row> m_chunk;
    mutable Status m_status;
};

} // namespace leverage
