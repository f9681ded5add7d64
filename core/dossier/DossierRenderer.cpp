#include "core/dossier/DossierRenderer.h"

#include "core/dossier/DossierContent.h"
#include "core/dossier/DossierExhibitCopy.h"
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierPageWriter.h"
#include "core/dossier/PdfUpdate.h"
#include "core/store/DocumentFile.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <optional>

namespace leverage {
namespace {

// The bands of one page, in device pixels, relative to the device's paintable area.
struct PageGeometry
{
    qreal width = 0;
    qreal headerHeight = 0;
    qreal bodyHeight = 0;
    qreal footerHeight = 0;

    explicit PageGeometry(const QPaintDevice &device)
    {
        const qreal perMm = device.logicalDpiY() / 25.4;
        width = device.width();
        headerHeight = 11 * perMm;
        footerHeight = 9 * perMm;
        bodyHeight = device.height() - headerHeight - footerHeight;
    }
};

// The bands' font: the dossier's, unspaced for a right-to-left title (see DossierPageWriter).
QFont bandFont(const DossierData &data, QPaintDevice *device)
{
    QFont font(DossierPageWriter::font(8), device);
    for (const QChar c : data.cover.caseTitle + data.cover.reference)
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    return font;
}

void drawBands(QPainter &painter, const PageGeometry &page, const DossierData &data, int number,
               int count)
{
    painter.save();
    painter.setPen(Qt::black);
    const QFont font = bandFont(data, painter.device());
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal rule = painter.device()->logicalDpiY() / 72.0 * 0.5; // half a point

    const QString printed = tr("Printed %1").arg(dossierformat::dateTime(data.cover.asOf));
    const qreal printedWidth = metrics.horizontalAdvance(printed);
    const qreal gap = metrics.averageCharWidth() * 3;
    const QString title = metrics.elidedText(data.cover.caseTitle.simplified(), Qt::ElideRight,
                                             page.width - printedWidth - gap);
    const qreal baseline = page.headerHeight * 0.45;
    painter.drawText(QPointF(0, baseline), title);
    painter.drawText(QPointF(page.width - printedWidth, baseline), printed);
    painter.fillRect(QRectF(0, baseline + metrics.descent() * 2, page.width, rule), Qt::black);

    const qreal footerTop = page.headerHeight + page.bodyHeight;
    const qreal footerBaseline = footerTop + page.footerHeight * 0.7;
    painter.fillRect(QRectF(0, footerTop + page.footerHeight * 0.25, page.width, rule), Qt::black);
    const QString pageText = tr("Page %1 of %2").arg(number).arg(count);
    painter.drawText(QPointF(page.width - metrics.horizontalAdvance(pageText), footerBaseline),
                     pageText);
    const QString left = metrics.elidedText(data.cover.reference.isEmpty()
                                                ? tr("Dated dossier")
                                                : tr("Dated dossier, %1").arg(data.cover.reference),
                                            Qt::ElideRight, page.width / 2);
    painter.drawText(QPointF(0, footerBaseline), left);
    painter.restore();
}

// Rows and blocks of one pass, for the progress callback.
int stepsOf(const DossierFlow &flow)
{
    int steps = 0;
    for (const auto &block : flow)
        steps += 1 + (block.table ? block.table->rowCount : 0);
    return steps;
}

// Counts steps over both passes and asks the caller, every few rows, whether to go on.
class StepCounter
{
public:
    StepCounter(const DossierRenderer::Progress &progress, int total)
        : m_progress(progress), m_total(total)
    {
        // "Nothing done yet": a progress dialog starts its clock here.
        if (m_progress)
            m_cancelled = !m_progress(0, m_total);
    }

    bool operator()()
    {
        if (m_cancelled)
            return false;
        ++m_done;
        if (!m_progress || (m_done % 64 != 0 && m_done != m_total))
            return true;
        m_cancelled = !m_progress(m_done, m_total);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    DossierRenderer::Progress m_progress;
    int m_total;
    int m_done = 0;
    bool m_cancelled = false;
};

struct Layout
{
    int pages = 0;
    QList<int> sectionPages;
    QList<qreal> sectionTops; // device pixels below the top of the body
};

// The first pass: lays everything out without drawing.
std::optional<Layout> measure(const DossierData &data, QPaintDevice &device,
                              const DossierPageWriter::Frame &frame, StepCounter &steps)
{
    DossierPageWriter writer(
        device, nullptr, frame, [] { return true; }, std::ref(steps));
    const DossierFlow flow = DossierContent::build(data);
    for (qsizetype i = 0; i < flow.size(); ++i)
        if (!writer.write(flow.at(i), i + 1 < flow.size() ? &flow.at(i + 1) : nullptr))
            return std::nullopt;
    return Layout{writer.page() + data.exhibits.copyPages(), writer.sectionPages(),
                  writer.sectionTops()};
}

Error cancelled()
{
    return Error{Error::Code::Io, DossierRenderer::cancelledMessage()};
}

Error printerStopped()
{
    return Error{Error::Code::Io, tr("The printer stopped accepting pages. Check it and print "
                                     "again.")};
}

// The exhibits' own pages after the last page of the rest (issue 21): each headed with its
// exhibit's number and name, the image or the PDF's page below it, scaled to fit.
Status drawExhibitCopies(QPainter &painter, QPagedPaintDevice &device, const PageGeometry &page,
                         const DossierData &data, int pageNumber, int pages, StepCounter &steps)
{
    const DossierExhibits &exhibits = data.exhibits;
    if (exhibits.copyPages() == 0)
        return {};
    QFont font(DossierPageWriter::font(9), painter.device());
    font.setBold(true);
    const QFontMetricsF metrics(font, painter.device());
    const qreal top = page.headerHeight + metrics.height() * 1.6;
    const QRectF area(0, top, page.width, page.headerHeight + page.bodyHeight - top);
    for (const auto &row : exhibits.rows) {
        if (row.pages == 0)
            continue;
        auto content = exhibits.content(row.sha256);
        if (!content)
            return Error{content.code(), tr("Exhibit %1 could not be read from the workspace: %2")
                                             .arg(row.number)
                                             .arg(content.message())};
        const DossierExhibitCopy copy(row.mimeType, *content);
        for (int i = 0; i < row.pages; ++i) {
            if (!device.newPage())
                return printerStopped();
            ++pageNumber;
            painter.save();
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(0, page.headerHeight + metrics.ascent()),
                             metrics.elidedText(DossierExhibits::copyCaption(row, i + 1),
                                                Qt::ElideMiddle, page.width));
            painter.restore();
            copy.draw(painter, area, i);
            drawBands(painter, page, data, pageNumber, pages);
            if (!steps())
                return cancelled();
        }
    }
    return {};
}

Status renderPages(const DossierData &data, QPagedPaintDevice &device,
                   const DossierRenderer::Progress &progress, Layout *laidOut)
{
    QElapsedTimer timer;
    timer.start();
    const PageGeometry page(device);
    if (page.bodyHeight <= 0 || page.width <= 0)
        return Error{Error::Code::Invalid,
                     tr("The page is too small for a dossier. Choose a larger paper size or "
                        "smaller margins.")};
    const DossierPageWriter::Frame frame{page.headerHeight, page.width, page.bodyHeight};
    StepCounter steps(progress,
                      2 * stepsOf(DossierContent::build(data)) + data.exhibits.copyPages());
    const auto layout = measure(data, device, frame, steps);
    if (!layout)
        return cancelled();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io, tr("The dossier could not be drawn on this printer or "
                                         "file. Check that it is available and try again.")};
    bool stopped = false;
    DossierPageWriter writer(
        device, &painter, frame,
        [&] {
            drawBands(painter, page, data, writer.page(), layout->pages);
            stopped = !device.newPage();
            return !stopped;
        },
        std::ref(steps));
    const DossierFlow flow = DossierContent::build(data, layout->sectionPages);
    for (qsizetype i = 0; i < flow.size(); ++i) {
        if (!writer.write(flow.at(i), i + 1 < flow.size() ? &flow.at(i + 1) : nullptr)) {
            painter.end();
            if (stopped)
                return printerStopped();
            return cancelled();
        }
    }
    drawBands(painter, page, data, writer.page(), layout->pages);
    if (auto copies =
            drawExhibitCopies(painter, device, page, data, writer.page(), layout->pages, steps);
        !copies) {
        painter.end();
        return copies;
    }
    if (!painter.end())
        return Error{Error::Code::Io, tr("The dossier could not be finished. Try again.")};
    // A timeline row that could not be read back left a gap: never hand out such pages.
    if (const Status read = data.timeline.status(); !read)
        return read;
    if (laidOut)
        *laidOut = *layout;
    if (writer.page() + data.exhibits.copyPages() != layout->pages)
        logging::get("dossier")->warn("drew {} pages, measured {}", writer.page(), layout->pages);
    logging::get("dossier")->info("rendered {} entries on {} pages in {} ms", data.timeline.size(),
                                  layout->pages, timer.elapsed());
    return {};
}

constexpr int kPdfResolution = 600;

PdfUpdate::Info pdfInfo(const DossierData &data)
{
    const auto &c = data.cover;
    PdfUpdate::Info info;
    info.title = tr("Dossier: %1").arg(c.caseTitle);
    info.author = c.preparedBy;
    QString subject = tr("Dated dossier of the case \"%1\"").arg(c.caseTitle);
    if (!c.reference.isEmpty())
        subject += tr(", reference %1").arg(c.reference);
    info.subject = subject + tr(", as of %1").arg(dossierformat::dateTime(c.asOf));
    info.creator = QStringLiteral("Leverage");
    info.producer = QStringLiteral("Qt " QT_VERSION_STR);
    info.created = c.asOf;
    return info;
}

// One bookmark per section, at its heading.
QList<PdfUpdate::Bookmark> bookmarks(const DossierData &data, const Layout &layout,
                                     const QPageLayout &pageLayout)
{
    const QStringList titles = DossierContent::sectionTitles(data);
    const qreal height = pageLayout.fullRectPoints().height();
    const qreal margin = pageLayout.paintRectPoints().top();
    const qreal headerPt = 11 / 25.4 * 72; // PageGeometry's header band
    QList<PdfUpdate::Bookmark> marks{{tr("Cover and contents"), 1, height}};
    for (int i = 0; i < titles.size() && i < layout.sectionPages.size(); ++i) {
        const qreal top = layout.sectionTops.value(i) * 72.0 / kPdfResolution;
        marks.append({titles.at(i), layout.sectionPages.at(i), height - margin - headerPt - top});
    }
    // Each exhibit's copy, at its first page.
    int copyPage = layout.pages - data.exhibits.copyPages() + 1;
    for (const auto &row : data.exhibits.rows) {
        if (!data.exhibits.withCopies || row.pages == 0)
            continue;
        marks.append({tr("Exhibit %1: %2").arg(row.number).arg(row.originalName), copyPage,
                      height - margin - headerPt});
        copyPage += row.pages;
    }
    return marks;
}

} // namespace

QString DossierRenderer::cancelledMessage()
{
    return tr("The dossier was not finished: printing was cancelled.");
}

int DossierRenderer::pageCount(const DossierData &data, QPagedPaintDevice &device)
{
    const PageGeometry page(device);
    StepCounter steps({}, 0);
    const auto layout =
        measure(data, device, {page.headerHeight, page.width, page.bodyHeight}, steps);
    return layout ? layout->pages : 0;
}

Status DossierRenderer::render(const DossierData &data, QPagedPaintDevice &device,
                               const Progress &progress)
{
    return renderPages(data, device, progress, nullptr);
}

Status DossierRenderer::renderPdf(const DossierData &data, const DossierOptions &options,
                                  const QString &path, const Progress &progress)
{
    auto log = logging::get("dossier");
    const QString name = QFileInfo(path).fileName();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{Error::Code::Io,
                     tr("The dossier cannot be saved in \"%1\": that folder does not exist. "
                        "Choose another folder.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    if (auto refused = DocumentFile::refusal(path); !refused)
        return refused;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        log->warn("cannot open the PDF for writing: {}", file.errorString().toStdString());
        return Error{Error::Code::Io,
                     tr("The dossier cannot be saved as \"%1\": %2. Choose another folder or "
                        "file name.")
                         .arg(name, file.errorString())};
    }
    const PdfUpdate::Info info = pdfInfo(data);
    PdfUpdate pdf(file);
    Layout layout;
    {
        QPdfWriter writer(&pdf);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setDocumentXmpMetadata(PdfUpdate::xmp(info));
        writer.setPageLayout(options.pageLayout());
        writer.setResolution(kPdfResolution);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        if (auto status = renderPages(data, writer, progress, &layout); !status) {
            file.cancelWriting();
            return status;
        }
    }
    // What Qt 6.4 cannot write: author, subject and the outline, as an incremental update.
    if (!pdf.append(info, bookmarks(data, layout, options.pageLayout())))
        log->warn("the PDF has no outline: its trailer was not as expected");
    if (!file.commit()) {
        log->warn("cannot finish the PDF: {}", file.errorString().toStdString());
        return Error{Error::Code::Io, tr("The dossier could not be saved as \"%1\": %2. Nothing "
                                         "was written there; check the free space and try again.")
                                          .arg(name, file.errorString())};
    }
    return {};
}

} // namespace leverage
