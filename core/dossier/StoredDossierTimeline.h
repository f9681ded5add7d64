#pragma once

#include "core/dossier/DossierTimeline.h"
#include "core/dossier/DossierTimelineReader.h"

namespace leverage {

// The rows of a case's printed timeline read back from the workspace, chunk by chunk, from the
// positions where each chunk started when the case was counted (no OFFSET scans).
class StoredDossierTimeline final : public DossierTimeline::Source
{
public:
    StoredDossierTimeline(DossierTimelineReader reader,
                          QList<DossierTimelineReader::Position> chunkStarts)
        : m_reader(std::move(reader)), m_chunkStarts(std::move(chunkStarts))
    {
    }

    Result<QList<DossierTimelineRow>> read(int first, int count) override;

private:
    DossierTimelineReader m_reader;
    QList<DossierTimelineReader::Position> m_chunkStarts;
};

} // namespace leverage
