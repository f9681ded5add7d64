#pragma once

#include "core/domain/SearchQuery.h"

#include <QCoreApplication>
#include <QString>

namespace leverage::search {

// What the user typed, parsed, or where it stops making sense. A failed parse keeps the
// text (the box never loses it) and says where: position is the 0-based index of the first
// character at fault.
struct ParsedQuery
{
    SearchQuery query;
    bool ok = true;
    int errorPosition = -1;
    QString error; // a sentence for the user, naming the position from 1

    explicit operator bool() const { return ok; }
};

// The query language people already know from web and mail search:
//   refund airline      every word must match (any order, any field)
//   "pre-authorised"    an exact phrase
//   refun*              a prefix
//   -voucher            must not match (a word, phrase or prefix)
//   refund OR voucher   either
//   person:Müller org:Atlas channel:call status:broken case:12 case:"lost bag"
//   after:2026-03-01 before:2026-04-01 ref:77-310 kind:promise
// Case, accents and the dashes in reference numbers do not matter.
class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(QueryParser)

public:
    static ParsedQuery parse(const QString &text);
};

} // namespace leverage::search
