#pragma once

#include "core/domain/Ids.h"
#include "core/dossier/DossierData.h"
#include "core/dossier/DossierOptions.h"
#include "core/dossier/DossierRenderer.h"
#include "core/util/Result.h"

#include <QObject>
#include <functional>
#include <optional>

class QWidget;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class ErrorReporter;
}

namespace leverage::ui {

// File → Print Preview, Print… and Export PDF… for one case: asks for the dossier's options,
// assembles the case and renders it on a printer, a preview or a PDF file. Failures are shown
// to the user as a sentence and logged; nothing is written on a cancel.
class DossierPrintController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierPrintController)

public:
    // Shows the options dialog; returns the chosen options, or nothing when cancelled. Tests
    // replace it to run without a modal dialog.
    using OptionsPrompt = std::function<std::optional<DossierOptions>(
        const DossierOptions &proposed, const QDate &first, const QDate &last)>;

    // Failures go to `reporter` (the window's one error path), never a modal box.
    DossierPrintController(Workspace &workspace, models::ErrorReporter &reporter, QWidget *parent);

    void setOptionsPrompt(OptionsPrompt prompt) { m_prompt = std::move(prompt); }
    // How long a render runs before its progress dialog shows (tests show it at once).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    // The options used last (the next dialog starts from them).
    const DossierOptions &lastOptions() const { return m_options; }

    // "<case title> dossier <date>.pdf", with characters file systems refuse replaced.
    static QString defaultFileName(const QString &caseTitle, const QDate &date);
    // Renders the case to `path` without asking anything (the Export PDF… slot's last step),
    // showing a progress dialog with Cancel while a long case is written.
    Status exportPdfTo(RowId caseId, const DossierOptions &options, const QString &path);

public Q_SLOTS:
    void printPreview(leverage::RowId caseId);
    void print(leverage::RowId caseId);
    void exportPdf(leverage::RowId caseId);

Q_SIGNALS:
    // After a PDF was written, e.g. for the status bar.
    void pdfExported(const QString &path);

private:
    bool askOptions(RowId caseId);
    std::optional<DossierData> prepare(RowId caseId);
    void showError(const QString &message);
    // Runs `render` behind a progress dialog whose Cancel stops it; a cancelled render is
    // not an error worth a message, so it comes back as success.
    Status withProgress(const std::function<Status(const DossierRenderer::Progress &)> &render);

    Workspace &m_workspace;
    models::ErrorReporter &m_reporter;
    QWidget *m_parent;
    DossierOptions m_options;
    OptionsPrompt m_prompt;
    int m_progressDelay = 500; // a short case never flashes a dialog
};

} // namespace leverage::ui
