#include "core/store/SearchFilterSql.h"

#include "core/store/SearchIndexSchema.h"
#include "core/store/SearchPatterns.h"

#include <QDateTime>

namespace leverage {

QStringList searchFilterConditions(const SearchQuery &query, const SearchIndexColumns &c,
                                   const SearchBind &bind)
{
    using namespace searchindex;
    const auto kindOf = QStringLiteral("(%1 & 7)").arg(c.row);
    const auto itemOf = QStringLiteral("(%1 >> 3)").arg(c.row);
    const auto inList = [&bind](const QList<QString> &values) {
        QStringList names;
        for (const auto &value : values)
            names << bind(value);
        return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    };
    const auto contains = [&bind](const QString &text) {
        return bind(searchpatterns::containsPattern(text));
    };
    QStringList conditions;
    if (!query.kinds.isEmpty()) {
        QStringList codes;
        for (auto kind : query.kinds)
            codes << QString::number(int(kind));
        conditions << QStringLiteral("%1 IN (%2)").arg(kindOf, codes.join(QLatin1Char(',')));
    }
    if (!query.channels.isEmpty())
        conditions << QStringLiteral("%1 = %2 AND %3 IN %4")
                          .arg(kindOf)
                          .arg(int(kEntry))
                          .arg(c.tag, inList(query.channels));
    if (!query.statuses.isEmpty())
        conditions << QStringLiteral("%1 IN (%2, %3, %4) AND %5 IN %6")
                          .arg(kindOf)
                          .arg(int(kCase))
                          .arg(int(kCommitment))
                          .arg(int(kFollowUp))
                          .arg(c.tag, inList(query.statuses));
    for (const auto &caseText : query.cases) {
        bool isId = false;
        const auto id = caseText.toLongLong(&isId);
        conditions << (isId ? QStringLiteral("%1 = %2").arg(c.caseId, bind(id))
                            : QStringLiteral("%1 IN (SELECT id FROM cases WHERE title %2 %3 "
                                             "ESCAPE '\\')")
                                  .arg(c.caseId, c.like, contains(caseText)));
    }
    for (const auto &org : query.organizations) {
        const auto named = [&] {
            return QStringLiteral("name %1 %2 ESCAPE '\\'").arg(c.like, contains(org));
        };
        conditions << QStringLiteral("(%1 IN (SELECT co.case_id FROM case_organizations co JOIN "
                                     "organizations o ON o.id = co.organization_id WHERE o.%2) "
                                     "OR (%3 = %4 AND %5 IN (SELECT ct.id FROM contacts ct JOIN "
                                     "organizations o ON o.id = ct.organization_id WHERE o.%6)) "
                                     "OR (%3 = %7 AND %5 IN (SELECT id FROM organizations WHERE "
                                     "%8)))")
                          .arg(c.caseId, named(), kindOf, QString::number(int(kContact)), itemOf,
                               named(), QString::number(int(kOrganization)), named());
    }
    if (query.after)
        conditions << QStringLiteral("%1 >= %2")
                          .arg(c.at, bind(query.after->startOfDay().toMSecsSinceEpoch()));
    if (query.before)
        conditions << QStringLiteral("%1 < %2").arg(
            c.at, bind(query.before->startOfDay().toMSecsSinceEpoch()));
    return conditions;
}

} // namespace leverage
