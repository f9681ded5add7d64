#pragma once

#include "core/letters/Letter.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {

// The demo workspace at the tests' "now", with the user's details filled in: the fixed cases
// the letters' golden texts are written from.
class LetterFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    RowId caseTitled(const QString &start);
    RowId contactNamed(const QString &name);
    // Runs a command line tool; its standard output (and the exit code in `exitCode`).
    static QString run(const QString &program, const QStringList &arguments,
                       int *exitCode = nullptr, const QByteArray &input = {});
    static MyDetails me();

    TestWorkspace m_workspace;
};

} // namespace leverage::testing
