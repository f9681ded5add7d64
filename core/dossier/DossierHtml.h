#pragma once

#include "core/dossier/DossierData.h"

namespace leverage {

// The dossier as Qt rich text (the HTML subset QTextDocument reads). Every string that came
// from the user goes through one escaping function, so a note with "<b>" or "&amp;" prints
// exactly as typed; only the markup written here is markup.
class DossierHtml final
{
public:
    static QString build(const DossierData &data);
    // The section headings in print order, as the contents on the cover list them.
    static QStringList sectionTitles(const DossierData &data);
    // User text as rich text: escaped, line breaks kept.
    static QString text(const QString &userText);
};

} // namespace leverage
