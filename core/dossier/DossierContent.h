#pragma once

#include "core/dossier/DossierData.h"
#include "core/dossier/DossierFlow.h"

namespace leverage {

// What the dossier says, as a flow of blocks: the cover with its contents, the summary, the
// escalation path, the timeline, the commitments and the appendix of people. Sections with
// nothing in them are left out. Rows are made on demand from `data`, which must outlive the
// flow.
class DossierContent final
{
public:
    // `sectionPages` holds the page of each section in sectionTitles() order, once known (the
    // first pass lays out with none).
    static DossierFlow build(const DossierData &data, const QList<int> &sectionPages = {});
    // The headings of the sections printed, in order, as the contents list them.
    static QStringList sectionTitles(const DossierData &data);
    // `text` with its spaces made non-breaking: a date, a time or a reference number stays on
    // one line (pdftotext and a viewer's search read the spaces as spaces).
    static QString unbroken(const QString &text);

    // The blocks every section is made of, for the sections kept in files of their own
    // (clocks, letters, exhibits): a heading (level 2 with `section`: an entry of the
    // contents), a table, and a table's shaded header row.
    static DossierBlock heading(const QString &title, int level, int section = -1,
                                bool newPage = false);
    static DossierBlock table(DossierTable &&table);
    static DossierRow headerRow(const QStringList &titles);
};

} // namespace leverage
