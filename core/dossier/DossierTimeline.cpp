#include "core/dossier/DossierTimeline.h"

#include "core/util/Logging.h"

namespace leverage {
namespace {

constexpr int kFailuresQuoted = 3; // the summary quotes the first three

} // namespace

void DossierTimeline::count(const Row &row)
{
    if (m_marks.isEmpty())
        m_firstAt = row.occurredAt;
    m_lastAt = row.occurredAt;
    m_marks.append({row.occurredAt.toDateTime().date(), !row.notes.trimmed().isEmpty()});
    if (row.serviceFailure && m_failures++ < kFailuresQuoted)
        m_firstFailures.append(row);
}

void DossierTimeline::append(const Row &row)
{
    count(row);
    m_rows.append(row);
}

void DossierTimeline::noteStreamed(const Row &row)
{
    count(row);
}

DossierTimeline::Row DossierTimeline::at(int index) const
{
    if (index < 0 || index >= size())
        return {};
    if (!m_source)
        return m_rows.value(index);
    const int first = index - index % kChunkRows;
    if (first != m_chunkFirst) {
        m_chunk.clear();
        m_chunkFirst = first;
        auto read = m_source->read(first, std::min(kChunkRows, size() - first));
        if (read)
            m_chunk = std::move(*read);
        else if (m_status)
            m_status = read.status();
        if (read && m_chunk.size() != std::min(kChunkRows, size() - first) && m_status) {
            // The case changed between counting and printing: the pages would not match.
            m_status = Error{Error::Code::Conflict,
                             QStringLiteral("The case changed while its dossier was being made; "
                                            "make it again.")};
            logging::get("dossier")->warn("timeline chunk at {}: {} rows read, {} expected", first,
                                          m_chunk.size(), kChunkRows);
        }
    }
    return m_chunk.value(index - first);
}

QList<DossierTimeline::Row> DossierTimeline::toList() const
{
    if (!m_source)
        return m_rows;
    QList<Row> rows;
    rows.reserve(size());
    for (int i = 0; i < size(); ++i)
        rows.append(at(i));
    return rows;
}

} // namespace leverage
