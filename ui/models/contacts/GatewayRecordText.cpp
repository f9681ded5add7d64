#include "ui/models/contacts/GatewayRecordText.h"

#include <QCoreApplication>

namespace leverage::models {

QString trackRecordDetails(const GatewayRecord &record)
{
    auto text = QCoreApplication::translate("leverage", "(%1) — %2")
                    .arg(trackVerdictExplanation(record.verdict), helpedInCases(record));
    const auto cases = caseByCase(record);
    if (!cases.isEmpty())
        text += QStringLiteral(": ") + cases.join(QStringLiteral("; "));
    return text;
}

QString trackRecordSentence(const GatewayRecord &record)
{
    return trackVerdictLabel(record.verdict) + QLatin1Char(' ') + trackRecordDetails(record);
}

} // namespace leverage::models
