#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <memory>

class QPainter;
class QRectF;

namespace Poppler {
class Document;
}

namespace leverage {

// An exhibit's content as the dossier prints it after the exhibit index (issue 21, "with
// exhibits"): an image on a page of its own, a PDF page by page (rendered by poppler-qt6,
// Debian's libpoppler-qt6-dev), each scaled to the page and kept in proportion. Anything
// else prints no pages: the index lists it with its name, size and SHA-256.
class DossierExhibitCopy final
{
public:
    // Contents above this are listed, not printed: a dossier is not the place for a 300 MB scan.
    static constexpr qint64 kMaxPrintedBytes = 64 * 1024 * 1024;

    DossierExhibitCopy(const QString &mimeType, const QByteArray &content);
    ~DossierExhibitCopy();
    DossierExhibitCopy(const DossierExhibitCopy &) = delete;
    DossierExhibitCopy &operator=(const DossierExhibitCopy &) = delete;

    // True for the types that can be printed at all (images, PDFs), whatever the content.
    static bool printableType(const QString &mimeType);
    // The pages it prints as: 1 for an image, a PDF's pages, 0 when it cannot be printed (not
    // an image or a PDF, damaged, or locked by a password).
    int pageCount() const { return m_pages; }
    // Draws page `index` (0-based) inside `area` of the painter's device, as large as fits,
    // centred across and at the top; at most about 150 dots per inch of paper, so a photo of
    // 20 megapixels does not make a PDF of 60 MB.
    void draw(QPainter &painter, const QRectF &area, int index) const;

private:
    QImage pageImage(int index, const QRectF &area, qreal deviceDpi) const;

    QImage m_image;
    std::unique_ptr<Poppler::Document> m_pdf;
    int m_pages = 0;
};

} // namespace leverage
