#pragma once

#include <QString>
#include <QStringList>

namespace leverage {

// Finds the reference numbers a company puts in a subject line: "Case #00412345",
// "[Ref: ABC-778812]", "Ticket 88213", "Order No. 112-4417730-55". A number counts when it
// follows such a word or is a code of letters and digits with at least four digits; dates,
// times and amounts do not.
class ReferenceExtractor final
{
public:
    static QStringList extract(const QString &text);
    // The references of `text` as one field ("00412345, ABC-778812").
    static QString joined(const QString &text);
};

} // namespace leverage
