#include "core/letters/LetterDocument.h"

#include "core/dossier/DossierPageWriter.h"
#include "core/store/DocumentFile.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace leverage {
namespace {

// Letter paper where the locale's country uses it (US, Canada, …), A4 elsewhere.
QPageSize pageSize()
{
    const auto system = QLocale::system().measurementSystem();
    return QPageSize(system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{Error::Code::Io, tr("The letter cannot be saved as \"%1\": %2. Choose another "
                                     "folder or file name.")
                                      .arg(QDir::toNativeSeparators(path), why)};
}

// Whole or not at all: the bytes are made in memory (QTextDocumentWriter closes the device
// it is given, which would end a QSaveFile before its commit), then saved in one go.
Status saveBytes(const QString &path, const Result<QByteArray> &bytes)
{
    if (!bytes)
        return bytes.status();
    return DocumentFile::save(
        path, *bytes, [&](const QString &reason) { return cannotWrite(path, reason).message; });
}

bool printPdf(QIODevice &device, const QString &html, const QString &title)
{
    QPdfWriter writer(&device);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Leverage"));
    writer.setResolution(300);
    writer.setPageSize(pageSize());
    LetterDocument::print(html, writer);
    return true;
}

} // namespace

std::unique_ptr<QTextDocument> LetterDocument::fromHtml(const QString &html)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(DossierPageWriter::font(11));
    document->setHtml(html);
    return document;
}

void LetterDocument::print(const QString &html, QPagedPaintDevice &device)
{
    // QTextDocument::print adds 2 cm of its own around the text (and the page number in
    // it): 5 mm more make a letter's 25 mm.
    device.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    fromHtml(html)->print(&device);
}

QString LetterDocument::plainText(const QString &html)
{
    // Paragraphs apart by an empty line, as a letter reads in an e-mail or a note.
    QString text = fromHtml(html)->toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

Status LetterDocument::writePdf(const QString &html, const QString &title, const QString &path)
{
    return saveBytes(path, pdf(html, title));
}

Result<QByteArray> LetterDocument::pdf(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!printPdf(buffer, html, title))
        return Error{Error::Code::Io, tr("The letter could not be made into a PDF.")};
    return bytes;
}

Status LetterDocument::writeOdt(const QString &html, const QString &path)
{
    return saveBytes(path, odt(html));
}

Result<QByteArray> LetterDocument::odt(const QString &html)
{
    auto document = fromHtml(html);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get())) {
        logging::get("letters")->warn("QTextDocumentWriter refused the letter");
        return Error{Error::Code::Io, tr("The letter could not be made into an OpenDocument "
                                         "file.")};
    }
    return bytes;
}

} // namespace leverage
