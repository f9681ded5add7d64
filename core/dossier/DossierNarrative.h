#pragma once

#include "core/dossier/DossierData.h"

namespace leverage {

// The few lines of "what happened" on the summary page, drawn only from the recorded facts:
// when and with whom, what was asked for, how much effort it took, which promises were
// broken, which service failures stand out, how high the case went and how it ended.
class DossierNarrative final
{
public:
    static QStringList whatHappened(const DossierData &data);
};

} // namespace leverage
