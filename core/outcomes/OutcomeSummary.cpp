#include "core/outcomes/OutcomeSummary.h"

#include "core/domain/Money.h"
#include "core/outcomes/OutcomeFigures.h"

#include <QCoreApplication>

namespace leverage::outcomes {

CurrencyTotals OutcomeSummary::received(const CaseOutcome &record)
{
    CurrencyTotals totals;
    for (const auto &item : record.items)
        totals[item.currency] += item.amountMinor;
    return totals;
}

QString OutcomeSummary::line(const CaseOutcome &record, qint64 soughtMinor, const QString &currency)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    QString text = record.isClosed() ? tr("%1 (closed %2)")
                                           .arg(outcomeLabel(record.outcome),
                                                localDate(record.closedAt).toString(Qt::ISODate))
                                     : tr("Reopened %1 (had been closed: %2)")
                                           .arg(localDate(record.reopenedAt).toString(Qt::ISODate),
                                                outcomeLabel(record.outcome).toLower());
    const auto got = received(record);
    QStringList amounts;
    for (auto it = got.begin(); it != got.end(); ++it)
        amounts << plainMoney(it.value(), it.key());
    const QString received = amounts.isEmpty()
                                 ? tr("nothing received")
                                 : tr("received %1").arg(amounts.join(QStringLiteral(" + ")));
    if (soughtMinor > 0)
        text += tr(": %1 of %2 sought").arg(received, plainMoney(soughtMinor, currency));
    else
        text += QStringLiteral(": ") + received;
    return text;
}

} // namespace leverage::outcomes
