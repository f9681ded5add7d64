#include "core/services/DemoWorkspaceBuilder.h"

#include "core/services/DemoOutcomes.h"
#include "core/services/DemoSavedSearches.h"
#include "core/services/DemoSituations.h"
#include "core/services/DemoUsJurisdictions.h"
#include "core/services/DemoWriter.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>

namespace leverage {

Status DemoWorkspaceBuilder::build()
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    DemoWriter demo(m_workspace);
    addOrganizationsAndPeople(demo);
    addReimbursementCase(demo);
    addApplianceCase(demo);
    addInstallerToApplianceCase(demo);
    addDslCase(demo);
    addInsurerCase(demo);
    addTherapyCase(demo);
    addUsJurisdictions(demo, m_workspace);
    addUkBankCase(demo, m_workspace);
    if (!demo.status())
        return demo.status();
    if (auto status = addLetters(demo, m_workspace); !status)
        return status;
    if (auto status = addDemoOutcomes(m_workspace, [&demo](const char *h) { return demo.id(h); });
        !status)
        return status;
    if (auto status = addDemoSavedSearches(m_workspace); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    Q_EMIT m_workspace.bulkChange();
    logging::get("store")->info("demo workspace built: {} entries in {} ms", demo.entryCount(),
                                timer.elapsed());
    return {};
}

} // namespace leverage