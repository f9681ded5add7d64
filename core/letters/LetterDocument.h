#pragma once

#include "core/util/Result.h"

#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace leverage {

// A letter as a document: its HTML (as the editor keeps it) laid out in the dossier's font on
// A4/Letter pages, written as PDF (QPdfWriter, like the dossier) or OpenDocument
// (QTextDocumentWriter, for a word processor). Files are written whole or not at all.
class LetterDocument final
{
public:
    static std::unique_ptr<QTextDocument> fromHtml(const QString &html);
    // The letter as plain text (the timeline's note, the e-mail's text part).
    static QString plainText(const QString &html);
    // Lays the letter out on `device` in its page size, with the letter's margins: the one
    // page machinery of the PDF, the printer and the print preview.
    static void print(const QString &html, QPagedPaintDevice &device);
    static Status writePdf(const QString &html, const QString &title, const QString &path);
    static Status writeOdt(const QString &html, const QString &path);
    // The PDF's bytes (an e-mail attachment, a test).
    static Result<QByteArray> pdf(const QString &html, const QString &title);
    static Result<QByteArray> odt(const QString &html);
};

} // namespace leverage
