#include "core/dossier/DossierExhibitCopy.h"

#include "core/util/Logging.h"

#include <QBuffer>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>
#include <QRectF>
#include <poppler-qt6.h>

namespace leverage {
namespace {

constexpr qreal kDotsPerInch = 150;

bool isPdf(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf");
}

// PDF/A-1 has no transparency: an image with alpha is laid on white paper first.
QImage flattened(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

} // namespace

DossierExhibitCopy::DossierExhibitCopy(const QString &mimeType, const QByteArray &content)
{
    if (!printableType(mimeType) || content.size() > kMaxPrintedBytes)
        return;
    if (isPdf(mimeType)) {
        m_pdf = Poppler::Document::loadFromData(content);
        if (!m_pdf || m_pdf->isLocked()) {
            logging::get("dossier")->info("an exhibit's PDF cannot be opened; listed only");
            m_pdf.reset();
            return;
        }
        m_pdf->setRenderHint(Poppler::Document::Antialiasing);
        m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        m_pages = m_pdf->numPages();
        return;
    }
    QByteArray bytes = content;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // a phone's photo stands as it was taken
    m_image = reader.read();
    if (m_image.isNull()) {
        logging::get("dossier")->info("an exhibit's image cannot be read: {}",
                                      reader.errorString().toStdString());
        return;
    }
    m_pages = 1;
}

DossierExhibitCopy::~DossierExhibitCopy() = default;

bool DossierExhibitCopy::printableType(const QString &mimeType)
{
    return isPdf(mimeType) || mimeType.startsWith(QLatin1String("image/"));
}

QImage DossierExhibitCopy::pageImage(int index, const QRectF &area, qreal deviceDpi) const
{
    if (!m_pdf) {
        // Never more dots than the paper shows at kDotsPerInch.
        const QSize most(int(area.width() / deviceDpi * kDotsPerInch),
                         int(area.height() / deviceDpi * kDotsPerInch));
        if (m_image.width() <= most.width() && m_image.height() <= most.height())
            return flattened(m_image);
        return flattened(m_image.scaled(most, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    const std::unique_ptr<Poppler::Page> page = m_pdf->page(index);
    if (!page)
        return {};
    const QSizeF points = page->pageSizeF(); // 1/72 inch
    if (points.isEmpty())
        return {};
    // The scale the page is drawn at, so its pixels are kDotsPerInch on paper.
    const qreal scale = std::min(area.width() / deviceDpi / (points.width() / 72),
                                 area.height() / deviceDpi / (points.height() / 72));
    const qreal dpi = kDotsPerInch * scale;
    return flattened(page->renderToImage(dpi, dpi));
}

void DossierExhibitCopy::draw(QPainter &painter, const QRectF &area, int index) const
{
    if (index < 0 || index >= m_pages)
        return;
    const qreal deviceDpi = painter.device()->logicalDpiX();
    const QImage image = pageImage(index, area, deviceDpi);
    if (image.isNull())
        return;
    QSizeF size = image.size();
    size.scale(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(),
                        size.height());
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image);
    // A thin frame: where the exhibit's own page ends on the dossier's.
    painter.setPen(QPen(Qt::gray, deviceDpi / 72.0 * 0.5));
    painter.drawRect(target);
    painter.restore();
}

} // namespace leverage
