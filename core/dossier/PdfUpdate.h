#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

namespace leverage {

// What Qt 6.4's QPdfWriter cannot write itself: the document's author and subject in its Info
// dictionary, and an outline (bookmarks). PdfUpdate stands between QPdfWriter and the file,
// keeps the first and last few kilobytes Qt writes (the catalog; the page tree, the trailer),
// and appends an incremental update (PDF 1.4, section 3.4.5) with a new Info dictionary, a new
// catalog pointing to the outline, and the outline's items. The pages Qt wrote stay as they
// are; memory stays bounded whatever the number of pages.
class PdfUpdate final : public QIODevice
{
public:
    struct Info
    {
        QString title;
        QString author;
        QString subject;
        QString creator;
        QString producer;
        QDateTime created;
    };
    struct Bookmark
    {
        QString title;
        int page = 0;  // 1-based
        qreal top = 0; // points from the bottom of the page, as PDF counts
    };

    // Writes through to `target`, which must be open for writing and stay open.
    explicit PdfUpdate(QIODevice &target);

    // Appends the update once QPdfWriter has finished; false (and nothing written) when the
    // file Qt wrote does not have the shape expected.
    bool append(const Info &info, const QList<Bookmark> &bookmarks);
    // "D:20261130091500+01'00'": the date format of a PDF's Info dictionary.
    static QByteArray pdfDate(const QDateTime &moment);
    // The XMP packet that says the same as the Info dictionary (PDF/A requires both to agree),
    // with the PDF/A-1b identification.
    static QByteArray xmp(const Info &info);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    QIODevice &m_target;
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_written = 0;
};

} // namespace leverage
