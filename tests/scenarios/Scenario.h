#pragma once

#include "core/domain/Ids.h"
#include "core/services/Clock.h"
#include "tests/gui/RealWindow.h"

#include <QKeySequence>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <vector>

class QDialog;

namespace leverage {
class Workspace;
}

namespace leverage::testing {

// Given/When/Then steps over the program's own main window, driven with the keyboard only, so
// that a scenario reads like the field notes: "Given the demo workspace, when I start a call
// on the MRI claim and type …, then the ledger holds a broken promise by Erin Walsh".
class Scenario : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Given
    void givenTheDemoWorkspace();
    void givenAnEmptyWorkspace();

    // When: keys go where the keyboard focus is, as on a real keyboard.
    void whenIPress(const QKeySequence &keys);
    void whenIType(const QString &text);
    // For keys that open a modal dialog: `inIt` runs while the dialog is open and uses the
    // same steps (they reach the dialog's focused field); the dialog must be closed by it.
    void whenIPressAndThenInTheDialog(const QKeySequence &keys, const std::function<void()> &inIt);
    // The same for keys after which several dialogs come one after another.
    void whenIPressAndThenInTheDialogs(const QKeySequence &keys,
                                       std::vector<std::function<void()>> dialogs);
    // Ctrl+F in the cases pane, the title typed, Return: the case is the current one.
    void whenIOpenTheCase(const QString &title);
    void whenTimePasses(qint64 seconds);

    // Then
    Workspace &store() const;
    QWidget *focusWidget() const;
    RowId caseTitled(const QString &title) const;
    RowId contactNamed(const QString &name) const;
    // The case's dossier as a reader sees it: rendered to PDF and read back with pdftotext.
    QString dossierText(RowId caseId) const;

    RealWindow m_real;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600)};

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
};

} // namespace leverage::testing
