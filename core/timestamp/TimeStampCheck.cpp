#include "core/timestamp/TimeStampCheck.h"

#include "core/util/Translate.h"

namespace leverage {
QString TimeStampCheck::Outcome::sentence() const
{
    const QString when = info.genTime.isValid()
                             ? info.genTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                             : tr("an unknown time");
    const QString who = info.authority.isEmpty()
                            ? stamp.authorityUrl
                            : tr("%1, %2,").arg(info.authority, stamp.authorityUrl);
    QString line = tr("Time-stamp %1 by %2 at %3, serial %4: ")
                       .arg(stamp.id)
                       .arg(who, when, info.serial.isEmpty() ? tr("unknown") : info.serial);
    if (!verdict.valid)
        line += tr("does not verify: %1").arg(verdict.problem);
    else
        line += verdict.chainChecked ? tr("valid, its authority's certificate checked.")
                                     : tr("valid by the certificate it carries.");
    line += QLatin1Char(' ');
    switch (coverage) {
    case Coverage::Current:
        line += tr("It covers the chain's head %1 (seal %2), the current head: nothing was "
                   "written since.")
                    .arg(stamp.head)
                    .arg(stamp.sealId);
        break;
    case Coverage::Earlier:
        line += sealsSince == 1
                    ? tr("It covers the chain up to seal %1 (head %2); the chain has changed "
                         "since: 1 later seal is not covered.")
                          .arg(stamp.sealId)
                          .arg(stamp.head)
                    : tr("It covers the chain up to seal %1 (head %2); the chain has changed "
                         "since: %3 later seals are not covered.")
                          .arg(stamp.sealId)
                          .arg(stamp.head)
                          .arg(sealsSince);
        break;
    case Coverage::Lost:
        line += tr("The stamp no longer covers the chain: seal %1 is not the head %2 it "
                   "stamped; the record was rewritten outside Leverage.")
                    .arg(stamp.sealId)
                    .arg(stamp.head);
        break;
    }
    return line;
}

Result<QList<TimeStampCheck::Outcome>>
TimeStampCheck::check(Workspace &workspace, RowId caseId, RowId firstBadSeal, const QString &caFile)
{
    TimeStampRepository repository(workspace);
    auto stamps = repository.list(caseId);
    if (!stamps)
        return stamps.error();
    auto head = repository.head();
    if (!head)
        return head.error();
    QList<Outcome> outcomes;
    for (const auto &stamp : *stamps) {
        Outcome outcome;
        outcome.stamp = stamp;
        if (auto info = TimeStampToken::read(stamp.token))
            outcome.info = *info;
        outcome.verdict = TimeStampToken::verify(stamp.token, stamp.head, caFile);
        auto sealed = repository.sealAt(stamp.sealId);
        if (!sealed)
            return sealed.error();
        const bool held =
            *sealed == stamp.head && (firstBadSeal == 0 || firstBadSeal > stamp.sealId);
        if (!held) {
            outcome.coverage = Coverage::Lost;
        } else if (head->sealId == stamp.sealId) {
            outcome.coverage = Coverage::Current;
        } else {
            outcome.coverage = Coverage::Earlier;
            auto since = repository.sealsAfter(stamp.sealId);
            if (!since)
                return since.error();
            outcome.sealsSince = *since;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace leverage
