#include "ui/dossier/DossierPrintController.h"

#include "ui/common/DocumentsFolder.h"
#include "ui/models/common/ErrorReporter.h"

#include "core/dossier/DossierAssembler.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/dossier/DossierOptionsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QWidget>

namespace leverage::ui {

DossierPrintController::DossierPrintController(Workspace &workspace,
                                               models::ErrorReporter &reporter, QWidget *parent)
    : QObject(parent), m_workspace(workspace), m_reporter(reporter), m_parent(parent)
{
    m_prompt = [this](const DossierOptions &proposed, const QDate &first,
                      const QDate &last) -> std::optional<DossierOptions> {
        DossierOptionsDialog dialog(m_parent);
        dialog.setOptions(proposed, first, last);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.options();
    };
}

QString DossierPrintController::defaultFileName(const QString &caseTitle, const QDate &date)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString title = caseTitle;
    title.replace(refused, QStringLiteral(" "));
    title = title.simplified().left(80).trimmed();
    // Never a hidden file, never an empty name.
    if (title.isEmpty() || title.startsWith(QLatin1Char('.')))
        title = QString(tr("Case") + QLatin1Char(' ') + title).trimmed();
    return tr("%1 dossier %2.pdf").arg(title, date.toString(Qt::ISODate));
}

void DossierPrintController::showError(const QString &message)
{
    m_reporter.reportError(tr("The dossier could not be made: %1").arg(message));
}

Status DossierPrintController::withProgress(
    const std::function<Status(const DossierRenderer::Progress &)> &render)
{
    QProgressDialog dialog(tr("Preparing the dossier\u2026"), tr("Cancel"), 0, 0, m_parent);
    dialog.setWindowTitle(tr("Dossier"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(m_progressDelay);
    const auto progress = [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(std::min(done, total)); // a modal dialog keeps the window responsive
        return !dialog.wasCanceled();
    };
    Status status = render(progress);
    if (!status && dialog.wasCanceled()) {
        logging::get("dossier")->info("rendering cancelled by the user");
        return {};
    }
    return status;
}

bool DossierPrintController::askOptions(RowId caseId)
{
    // The date fields start at the case's first and last entries when a range is switched on.
    QDate first;
    QDate last;
    const auto &timeline = m_workspace.timeline();
    if (auto oldest = timeline.page(caseId, false, 0, 1); oldest && !oldest->isEmpty())
        first = oldest->first().occurredAt.toDateTime().date();
    if (auto newest = timeline.page(caseId, true, 0, 1); newest && !newest->isEmpty())
        last = newest->first().occurredAt.toDateTime().date();
    const auto chosen = m_prompt(m_options, first, last);
    if (!chosen)
        return false;
    m_options = *chosen;
    return true;
}

std::optional<DossierData> DossierPrintController::prepare(RowId caseId)
{
    if (!askOptions(caseId))
        return std::nullopt;
    auto data = DossierAssembler(m_workspace).assemble(caseId, m_options);
    if (!data) {
        showError(data.message());
        return std::nullopt;
    }
    return std::move(*data);
}

void DossierPrintController::printPreview(RowId caseId)
{
    auto data = prepare(caseId);
    if (!data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_options.pageLayout());
    printer.setDocName(data->cover.caseTitle);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Dossier: %1").arg(data->cover.caseTitle));
    Status failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        // Cancel leaves the preview with the pages drawn so far.
        const auto status = withProgress([&](const DossierRenderer::Progress &progress) {
            return DossierRenderer::render(*data, *target, progress);
        });
        if (!status && failure)
            failure = status; // said once, after the dialog, not on every repaint
    });
    dialog.exec();
    if (!failure)
        showError(failure.message());
}

void DossierPrintController::print(RowId caseId)
{
    auto data = prepare(caseId);
    if (!data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_options.pageLayout());
    printer.setDocName(data->cover.caseTitle);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Dossier"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto status = withProgress([&](const DossierRenderer::Progress &progress) {
        return DossierRenderer::render(*data, printer, progress);
    });
    if (!status)
        showError(status.message());
}

Status DossierPrintController::exportPdfTo(RowId caseId, const DossierOptions &options,
                                           const QString &path)
{
    auto data = DossierAssembler(m_workspace).assemble(caseId, options);
    if (!data)
        return data.status();
    bool cancelled = false;
    const auto status = withProgress([&](const DossierRenderer::Progress &progress) {
        return DossierRenderer::renderPdf(*data, options, path, [&](int done, int total) {
            cancelled = !progress(done, total);
            return !cancelled;
        });
    });
    if (!status)
        return status;
    if (cancelled)
        return {}; // nothing was written, and the user knows why
    logging::get("dossier")->info("case {} exported to PDF", caseId);
    Q_EMIT pdfExported(path);
    return {};
}

void DossierPrintController::exportPdf(RowId caseId)
{
    auto found = m_workspace.cases().get(caseId);
    if (!found) {
        showError(found.message());
        return;
    }
    const QString folder = documentsFolder();
    const QString proposed =
        QDir(folder).filePath(defaultFileName(found->title, m_workspace.clock().now().date()));
    if (!askOptions(caseId))
        return;
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Dossier as PDF"), proposed,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (auto status = exportPdfTo(caseId, m_options, path); !status)
        showError(status.message());
}

} // namespace leverage::ui
