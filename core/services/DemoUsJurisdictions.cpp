#include "core/services/DemoUsJurisdictions.h"

#include "core/services/DemoWriter.h"
#include "core/store/CaseJurisdictionRepository.h"

namespace leverage {

void addUsJurisdictions(DemoWriter &d, Workspace &workspace)
{
    // Illinois: the demo user's address (Springfield IL, DemoLetters). The sector is the
    // business each case is with (ClockVocabulary's keys).
    const struct
    {
        const char *handle;
        const char *sector;
    } cases[] = {{"hotel", "airline"},
                 {"dishwasher", "retail_goods"},
                 {"dsl", "telecom"},
                 {"mri", "insurance"},
                 {"therapy", "insurance"}};
    CaseJurisdictionRepository jurisdictions(workspace);
    for (const auto &c : cases) {
        if (!d.status())
            return;
        d.keep(jurisdictions.set(d.id(c.handle), {QStringLiteral("US"), QStringLiteral("IL"),
                                                  QString::fromLatin1(c.sector)}));
    }
}

} // namespace leverage
