#pragma once

#include "core/letters/Letter.h"
#include "core/util/Result.h"

#include <QList>
#include <optional>

namespace leverage {

class Workspace;

// What letters read besides the letters: the user's details (the `settings` table), a case's
// account / order / policy numbers, and the user's copies of the templates. Each write is
// one transaction.
class LetterSettingsRepository final
{
public:
    explicit LetterSettingsRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<MyDetails> myDetails() const;
    Status setMyDetails(const MyDetails &details);

    Result<QList<CaseNumber>> caseNumbers(RowId caseId) const;
    Status setCaseNumbers(RowId caseId, const QList<CaseNumber> &numbers);

    // The user's copy of a template; nullopt: the shipped one is used.
    Result<std::optional<QString>> userTemplate(const QString &name) const;
    Status saveTemplate(const QString &name, const QString &body);
    // Back to the shipped template.
    Status resetTemplate(const QString &name);

private:
    // The one text column `sql` selects for :key; nullopt when no row has it.
    Result<std::optional<QString>> text(const QString &sql, const QString &key) const;

    Workspace &m_workspace;
};

} // namespace leverage
