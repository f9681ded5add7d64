#pragma once

#include "core/letters/LetterFacts.h"
#include "core/letters/LetterTemplates.h"
#include "core/util/Result.h"

namespace leverage {

// A letter written out: its subject and its HTML (the rich text the editor opens).
struct LetterDraft
{
    QString subject;
    QString html;
};

// Writes a letter from its facts through the Mustache templates (mstch). Every template is
// checked first (LetterTemplateCheck): a template that does not parse or names an unknown
// field gives a sentence naming it and its line, never half a letter.
class LetterComposer final
{
public:
    explicit LetterComposer(LetterTemplates templates) : m_templates(std::move(templates)) {}

    Result<LetterDraft> compose(const LetterFacts &facts) const;
    // Checks one template as compose() would (the templates dialog, before saving).
    static Status check(const QString &name, const QString &text);
    static QString subjectFor(const LetterFacts &facts);

private:
    LetterTemplates m_templates;
};

} // namespace leverage
