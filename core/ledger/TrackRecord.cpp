#include "core/ledger/TrackRecord.h"

#include <QCoreApplication>
#include <cmath>

namespace leverage {

QString TrackRecord::summary() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    QString text = tr("Promises: %1 made, %2 kept, %3 broken, %4 pending")
                       .arg(made)
                       .arg(kept)
                       .arg(broken)
                       .arg(pending);
    if (withdrawn > 0)
        text += tr(", %1 withdrawn").arg(withdrawn);
    if (const auto share = shareKept())
        text += tr(" — %1 % kept").arg(std::lround(*share * 100.0));
    return text;
}

} // namespace leverage
