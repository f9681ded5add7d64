#pragma once

#include "core/letters/Letter.h"
#include "core/letters/LetterFactsReader.h"
#include "core/letters/LetterMail.h"

namespace leverage {

class Workspace;

// The letters' use cases over a workspace: a new draft written from the case (not stored:
// the caller adds it through its undo command), and a letter written out as PDF, ODT or
// e-mail by the file's suffix.
class LetterDrafter final
{
public:
    explicit LetterDrafter(Workspace &workspace) : m_workspace(workspace) {}

    // `writtenAt`: the letter's date (a letter recorded after it went out); invalid: now.
    Result<Letter> draft(const LetterFactsReader::Request &request,
                         const QDateTime &writtenAt = {}) const;
    // The letter as an e-mail to its addressee, copied to the letter's cc; `attachment` is
    // the dossier PDF when asked for (empty: none).
    Result<LetterMail> mail(const Letter &letter, const QString &attachmentName = {},
                            const QByteArray &attachment = {}) const;
    // The case's dossier as a PDF (default options), the enclosure a letter promises.
    Status writeDossierPdf(RowId caseId, const QString &path) const;
    // By suffix: .pdf, .odt or .eml.
    Status write(const Letter &letter, const QString &path) const;
    // The workspace clock's now (when a letter is marked sent).
    QDateTime now() const;

private:
    Workspace &m_workspace;
};

} // namespace leverage
