#pragma once

#include "core/dossier/DossierData.h"
#include "core/dossier/DossierOptions.h"
#include "core/util/Result.h"

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace leverage {

// Turns DossierData into pages: a QTextDocument laid out for the device, drawn page by page
// with a header (case title, print date) and a footer ("Page X of Y") on every page. Works on
// any paged device: QPdfWriter here, a QPrinter or a print preview from the UI.
class DossierRenderer final
{
public:
    // The rich-text document, laid out for `device` if given (else for the screen).
    static std::unique_ptr<QTextDocument> buildDocument(const DossierData &data,
                                                        QPagedPaintDevice *device = nullptr);
    // Draws every page on a device whose page layout the caller has set.
    static Status render(const DossierData &data, QPagedPaintDevice &device);
    // Writes a PDF through a temporary file renamed into place, so a failure never leaves a
    // half-written file at `path` (an existing file there stays as it was).
    static Status renderPdf(const DossierData &data, const DossierOptions &options,
                            const QString &path);
    // The pages a render would produce, for tests and the preview's title.
    static int pageCount(const DossierData &data, QPagedPaintDevice &device);
};

} // namespace leverage
