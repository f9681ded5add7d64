#include "ui/models/contacts/GatewayRecordText.h"

#include <QCoreApplication>
#include <QLocale>

namespace leverage::models {

QString averageHelpfulnessText(const GatewayRecord &record)
{
    if (!record.averageHelpfulness)
        return {};
    return QCoreApplication::translate("leverage", "helpfulness %1 of 5 on average")
        .arg(QLocale().toString(*record.averageHelpfulness, 'f', 1));
}

} // namespace leverage::models
