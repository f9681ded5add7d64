#pragma once

#include "core/dossier/DossierData.h"
#include "core/dossier/DossierOptions.h"
#include "core/util/Result.h"

#include <functional>

class QPagedPaintDevice;

namespace leverage {

// Turns DossierData into pages, with a header (case title, print date) and a footer ("Page X
// of Y") on every page. Works on any paged device: QPdfWriter here, a QPrinter or a print
// preview from the UI. The case is laid out a row at a time, twice: once to count the pages
// and find each section's page (for the contents and the footer), once to draw; memory does
// not grow with the number of entries.
class DossierRenderer final
{
public:
    // Told how far the rendering is (`done` of `total` steps, rows of both passes); returns
    // false to cancel. Called on the rendering thread, every few rows.
    using Progress = std::function<bool(int done, int total)>;

    // Draws every page on a device whose page layout the caller has set.
    static Status render(const DossierData &data, QPagedPaintDevice &device,
                         const Progress &progress = {});
    // Writes a PDF through a temporary file renamed into place, so a failure or a cancel never
    // leaves a half-written file at `path` (an existing file there stays as it was).
    static Status renderPdf(const DossierData &data, const DossierOptions &options,
                            const QString &path, const Progress &progress = {});
    // The pages a render would produce, for tests and the preview's title.
    static int pageCount(const DossierData &data, QPagedPaintDevice &device);
    // The message of the Status a cancelled render returns (the UI says nothing then).
    static QString cancelledMessage();
};

} // namespace leverage
