#include "ui/models/contacts/GatewayRecordText.h"

#include <QCoreApplication>

namespace leverage::models {

QString trackRecordSentence(const GatewayRecord &record)
{
    auto text = QCoreApplication::translate("leverage", "%1 (%2) — %3")
                    .arg(trackVerdictLabel(record.verdict), trackVerdictExplanation(record.verdict),
                         helpedInCases(record));
    const auto cases = caseByCase(record);
    if (!cases.isEmpty())
        text += QStringLiteral(": ") + cases.join(QStringLiteral("; "));
    return text;
}

} // namespace leverage::models
