#include "core/dossier/StoredDossierTimeline.h"

namespace leverage {

Result<QList<DossierTimelineRow>> StoredDossierTimeline::read(int first, int count)
{
    const int chunk = first / DossierTimeline::kChunkRows;
    if (first % DossierTimeline::kChunkRows != 0 || chunk >= m_chunkStarts.size())
        return Error{Error::Code::Invalid,
                     QStringLiteral("The dossier asked for timeline rows it never counted.")};
    auto read = m_reader.read(m_chunkStarts.at(chunk), count, first + 1);
    if (!read)
        return read.error();
    return std::move(read->rows);
}

} // namespace leverage
