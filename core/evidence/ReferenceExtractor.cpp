#include "core/evidence/ReferenceExtractor.h"

#include <QRegularExpression>

namespace leverage {

QStringList ReferenceExtractor::extract(const QString &text)
{
    // A keyword, then the code: "Case #123", "Ref: A-12", "ticket no. 55-1".
    static const QRegularExpression keyed(
        QStringLiteral(
            "\\b(?:ref(?:erence)?|case|ticket|order|claim|incident|complaint|"
            "request|booking|confirmation|account|invoice|sr|vorgang|aktenzeichen|auftrag|"
            "bestellung|dossier|r\u00e9f\u00e9rence)\\b\\.?\\s*"
            "(?:(?:no|nr|number|id)\\b\\.?\\s*)?[#:]?\\s*([A-Z0-9][A-Z0-9-]*[0-9][A-Z0-9-]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // A bare code of letters and digits with at least four digits: "ABC-778812", "INC0012345".
    static const QRegularExpression bare(QStringLiteral(
        "\\b(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*[0-9]){4})[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\\b"));
    QStringList found;
    auto add = [&found](QString code) {
        while (code.endsWith(QLatin1Char('-')))
            code.chop(1);
        int digits = 0;
        for (QChar c : code)
            digits += c.isDigit() ? 1 : 0;
        if (digits >= 3 && !found.contains(code))
            found << code;
    };
    for (auto it = keyed.globalMatch(text); it.hasNext();)
        add(it.next().captured(1));
    for (auto it = bare.globalMatch(text); it.hasNext();)
        add(it.next().captured(0));
    return found;
}

QString ReferenceExtractor::joined(const QString &text)
{
    return extract(text).join(QStringLiteral(", "));
}

} // namespace leverage
