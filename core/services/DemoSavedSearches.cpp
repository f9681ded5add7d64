#include "core/services/DemoSavedSearches.h"

#include "core/store/SavedSearches.h"

#include <QCoreApplication>

namespace leverage {

Status addDemoSavedSearches(Workspace &workspace)
{
    const struct
    {
        const char *name;
        const char *query;
    } searches[] = {
        {QT_TRANSLATE_NOOP("DemoSavedSearches", "Every broken promise at Atlas Airways"),
         "status:broken org:Atlas"},
        {QT_TRANSLATE_NOOP("DemoSavedSearches", "Promises still pending"),
         "kind:promise status:pending"},
        {QT_TRANSLATE_NOOP("DemoSavedSearches", "Calls where I asked for the reference number"),
         "channel:call \"reference number\""},
    };
    for (const auto &[name, query] : searches) {
        SavedSearch search;
        search.name = QCoreApplication::translate("DemoSavedSearches", name);
        search.query = QString::fromUtf8(query);
        if (auto added = SavedSearches::of(workspace).add(search); !added)
            return added.error();
    }
    return {};
}

} // namespace leverage
