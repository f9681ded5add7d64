#pragma once

#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactQueries.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <gtest/gtest.h>

namespace leverage::testing {

// The demo workspace (its gateways, contacts and cases), for the contacts suites.
class DemoContactsFixture : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoWorkspaceBuilder(*ws).build().isOk()); }

    // The demo contact of that name, 0 when there is none.
    RowId contactNamed(const char *name)
    {
        ContactSearch search;
        search.text = QString::fromUtf8(name);
        auto rows = ContactQueries(*ws).search(search);
        return rows && !rows->isEmpty() ? rows->first().id : 0;
    }

    // One column's texts, top to bottom.
    static QStringList column(const QAbstractItemModel &model, int column = 0)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, column).data().toString();
        return out;
    }

    TestWorkspace ws;
    // Declared before any undo stack of a test, so it outlives the commands that report to it.
    RecordingErrorReporter reporter;
};

} // namespace leverage::testing
