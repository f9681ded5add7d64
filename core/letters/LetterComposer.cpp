#include "core/letters/LetterComposer.h"

#include "core/letters/LetterContext.h"
#include "core/letters/LetterTemplateCheck.h"
#include "core/util/Logging.h"

namespace leverage {
namespace {

// The parts a template may include: the frame includes the body, the bodies the shared parts.
QStringList partialsFor(const QString &name)
{
    if (name == LetterTemplates::frameName())
        return {QStringLiteral("body")};
    if (LetterTemplates::partNames().contains(name))
        return {};
    return LetterTemplates::partNames();
}

} // namespace

Status LetterComposer::check(const QString &name, const QString &text)
{
    static const mstch::map fields = letterContext(LetterFacts::sample());
    return LetterTemplateCheck::check(name, text, fields, partialsFor(name));
}

QString LetterComposer::subjectFor(const LetterFacts &facts)
{
    QString subject =
        facts.kind == LetterKind::ThankYou
            ? QStringLiteral("Thank you: %1").arg(facts.caseTitle)
            : QStringLiteral("%1: %2").arg(letterKindLabel(facts.kind), facts.caseTitle);
    // The case's own reference reads as it is ("Claim 77-310-4482"); a number the user
    // added for letters with its label ("Policy MMH-5521-09").
    if (!facts.references.isEmpty()) {
        const auto &first = facts.references.constFirst();
        subject += first.kind == QLatin1String("Reference")
                       ? QStringLiteral(" (%1)").arg(first.number)
                       : QStringLiteral(" (%1 %2)").arg(first.kind, first.number);
    }
    return subject;
}

Result<LetterDraft> LetterComposer::compose(const LetterFacts &facts) const
{
    const QString bodyName = letterKindKey(facts.kind);
    QStringList used{LetterTemplates::frameName(), bodyName};
    used += LetterTemplates::partNames();
    std::map<std::string, std::string> partials;
    for (const auto &name : used) {
        const QString text = m_templates.text(name);
        if (auto status = check(name, text); !status) {
            logging::get("letters")->warn("template {} refused", name.toStdString());
            return status.error();
        }
        partials[name == bodyName ? "body" : name.toStdString()] = text.toStdString();
    }
    const auto context = letterContext(facts);
    const std::string frame = partials[LetterTemplates::frameName().toStdString()];
    LetterDraft draft;
    draft.subject = subjectFor(facts);
    draft.html = QString::fromStdString(mstch::render(frame, context, partials));
    return draft;
}

} // namespace leverage
