// What a screen reader meets: every control that takes focus, in the main window with every
// pane shown and in every dialog, has an accessible name (from its own text, the label that
// is its buddy, or one set for it), and the window's panes can be told apart by name.
#include "core/services/Clock.h"
#include "tests/gui/EveryDialog.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/window/MainWindow.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

// "EntryDialog › QLineEdit “summaryEdit”": enough to find the control in the code.
QString describe(const QWidget &window, const QWidget &widget)
{
    return QStringLiteral("%1 › %2 “%3”")
        .arg(QString::fromLatin1(window.metaObject()->className()),
             QString::fromLatin1(widget.metaObject()->className()), widget.objectName());
}

// The controls of `window` a Tab can reach that a screen reader would announce without a name.
QStringList unnamedControls(QWidget &window)
{
    QStringList out;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible)
            continue;
        // The viewport of a list or text area is announced through its scroll area.
        const QString name = accessible->text(QAccessible::Name).trimmed();
        const QString description = accessible->text(QAccessible::Description).trimmed();
        if (name.isEmpty() && description.isEmpty())
            out << describe(window, *widget);
    }
    return out;
}

class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("w.leverage")), m_clock, true));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
    leverage::testing::RecordingErrorReporter m_reporter;
};

TEST_F(AccessibilityTest, EveryControlInTheMainWindowHasAName)
{
    ui::MainWindow &window = m_real.window();
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QCoreApplication::processEvents();
    const QStringList unnamed = unnamedControls(window);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.size() << " without a name:\n"
                                   << unnamed.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AccessibilityTest, EveryControlInEveryDialogHasAName)
{
    QStringList unnamed;
    for (auto &dialog : leverage::testing::everyDialog(m_real.window(), m_clock.now(), m_reporter))
        unnamed << unnamedControls(*dialog);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.size() << " without a name:\n"
                                   << unnamed.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AccessibilityTest, EveryPaneHasATitleAScreenReaderReads)
{
    QStringList titles;
    for (QDockWidget *dock : m_real.window().findChildren<QDockWidget *>()) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(dock);
        ASSERT_NE(accessible, nullptr);
        const QString name = accessible->text(QAccessible::Name);
        EXPECT_FALSE(name.isEmpty()) << dock->objectName().toStdString();
        EXPECT_FALSE(titles.contains(name)) << name.toStdString() << " names two panes";
        titles << name;
    }
    EXPECT_GE(titles.size(), 8);
}

} // namespace
