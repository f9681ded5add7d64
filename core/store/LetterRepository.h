#pragma once

#include "core/letters/Letter.h"
#include "core/store/Repository.h"

namespace leverage {

// The letters of the cases (issue 18). Its change signals are LetterEvents::of(workspace).
class LetterRepository final : public Repository<Letter>
{
public:
    explicit LetterRepository(Workspace &workspace);

    // The case's letters, newest first.
    Result<QList<Letter>> forCase(RowId caseId) const;
    Result<qint64> count(RowId caseId) const;
    // Saves a draft's text as the user types: not an edit of its own on the undo stack (the
    // editor's undo covers typing), and the row's version is left alone so the undo commands
    // that hold it stay valid.
    Status saveDraftText(RowId letterId, const QString &subject, const QString &body);

    // A letter's words without its HTML (the body_text column, which search indexes).
    static QString plainText(const QString &html);
    // Fills body_text for letters written before it existed (schema 8).
    static Status fillPlainText(Workspace &workspace);

protected:
    Status afterWrite(const Letter &letter) override;
};

} // namespace leverage
