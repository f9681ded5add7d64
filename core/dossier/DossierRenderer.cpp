#include "core/dossier/DossierRenderer.h"

#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierHtml.h"
#include "core/util/Logging.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>
#include <cmath>

namespace leverage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

// Fonts that are installed with the app's packages, in fallback order: Latin, Greek and
// Cyrillic from DejaVu; Chinese, Japanese and Korean from Noto CJK; emoji from Symbola, whose
// outlines embed in a PDF (Noto Color Emoji's bitmaps print as blanks), Noto as a last resort.
QFont dossierFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Symbola"), QStringLiteral("Noto Color Emoji")});
    font.setPointSizeF(pointSize);
    return font;
}

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

void drawBands(QPainter &painter, const PageGeometry &page, const DossierData &data, int number,
               int count)
{
    painter.save();
    painter.setPen(Qt::black);
    const QFont font = dossierFont(8);
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

// The page each section heading landed on.
QHash<QString, int> sectionPages(QTextDocument &document, qreal bodyHeight)
{
    QHash<QString, int> pages;
    auto *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2 || pages.contains(block.text()))
            continue;
        // A heading opening a page starts exactly on its boundary: nudge past rounding.
        const qreal top = layout->blockBoundingRect(block).top();
        pages.insert(block.text(), int(std::floor((top + 1.0) / bodyHeight)) + 1);
    }
    return pages;
}

// The empty right-hand cells of the contents on the cover, in document coordinates. The page
// numbers are drawn into them once the layout is known: editing the document instead would
// lay out every page a second time.
QList<QRectF> contentsPageCells(QTextDocument &document)
{
    QList<QRectF> cells;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 3 || block.text() != tr("Contents"))
            continue;
        const QTextTable *table = QTextCursor(block.next()).currentTable();
        if (!table || table->columns() != 2)
            return cells;
        for (int row = 0; row < table->rows(); ++row)
            cells.append(document.documentLayout()->blockBoundingRect(
                table->cellAt(row, 1).firstCursorPosition().block()));
        break;
    }
    return cells;
}

void drawContentsPages(QPainter &painter, const PageGeometry &page, QTextDocument &document,
                       const DossierData &data)
{
    const QStringList titles = DossierHtml::sectionTitles(data);
    const auto pages = sectionPages(document, page.bodyHeight);
    const auto cells = contentsPageCells(document);
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(dossierFont(9.5));
    painter.translate(0, page.headerHeight);
    for (int i = 0; i < std::min(titles.size(), cells.size()); ++i) {
        const int number = pages.value(titles.at(i));
        if (number > 0)
            painter.drawText(cells.at(i), Qt::AlignRight | Qt::AlignTop, tr("page %1").arg(number));
    }
    painter.restore();
}

} // namespace

std::unique_ptr<QTextDocument> DossierRenderer::buildDocument(const DossierData &data,
                                                              QPagedPaintDevice *device)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(dossierFont(9.5));
    // A word longer than a column (a pasted URL, a tracking code) breaks anywhere rather
    // than running off the page.
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(0);
    if (device) {
        document->documentLayout()->setPaintDevice(device);
        const PageGeometry page(*device);
        document->setPageSize(QSizeF(page.width, page.bodyHeight));
    }
    document->setHtml(DossierHtml::build(data));
    return document;
}

int DossierRenderer::pageCount(const DossierData &data, QPagedPaintDevice &device)
{
    return buildDocument(data, &device)->pageCount();
}

Status DossierRenderer::render(const DossierData &data, QPagedPaintDevice &device)
{
    QElapsedTimer timer;
    timer.start();
    auto document = buildDocument(data, &device);
    const PageGeometry page(device);
    if (page.bodyHeight <= 0 || page.width <= 0)
        return Error{Error::Code::Invalid,
                     tr("The page is too small for a dossier. Choose a larger paper size or "
                        "smaller margins.")};
    const int count = document->pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io, tr("The dossier could not be drawn on this printer or "
                                         "file. Check that it is available and try again.")};
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return Error{Error::Code::Io, tr("The printer stopped accepting pages. Check it "
                                             "and print again.")};
        }
        painter.save();
        // A hair short of the next page: a block that starts exactly on the boundary would
        // otherwise be drawn (clipped, invisible, but still in the PDF's text) on both pages.
        const QRectF clip(0, index * page.bodyHeight, page.width, page.bodyHeight - 0.5);
        painter.translate(0, page.headerHeight - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        if (index == 0)
            drawContentsPages(painter, page, *document, data);
        drawBands(painter, page, data, index + 1, count);
    }
    if (!painter.end())
        return Error{Error::Code::Io, tr("The dossier could not be finished. Try again.")};
    logging::get("dossier")->info("rendered {} entries on {} pages in {} ms", data.timeline.size(),
                                  count, timer.elapsed());
    return {};
}

Status DossierRenderer::renderPdf(const DossierData &data, const DossierOptions &options,
                                  const QString &path)
{
    auto log = logging::get("dossier");
    const QString name = QFileInfo(path).fileName();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{Error::Code::Io,
                     tr("The dossier cannot be saved in \"%1\": that folder does not exist. "
                        "Choose another folder.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        log->warn("cannot open the PDF for writing: {}", file.errorString().toStdString());
        return Error{Error::Code::Io,
                     tr("The dossier cannot be saved as \"%1\": %2. Choose another folder or "
                        "file name.")
                         .arg(name, file.errorString())};
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(options.pageLayout());
        writer.setResolution(600);
        writer.setTitle(tr("Dossier: %1").arg(data.cover.caseTitle));
        writer.setCreator(QStringLiteral("Leverage"));
        if (auto status = render(data, writer); !status) {
            file.cancelWriting();
            return status;
        }
    }
    if (!file.commit()) {
        log->warn("cannot finish the PDF: {}", file.errorString().toStdString());
        return Error{Error::Code::Io, tr("The dossier could not be saved as \"%1\": %2. Nothing "
                                         "was written there; check the free space and try again.")
                                          .arg(name, file.errorString())};
    }
    return {};
}

} // namespace leverage
