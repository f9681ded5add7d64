// Every command of the real main window has an icon (from the bundled fallbacks when the
// desktop has no theme, as here) and keys, or a reason in the list below; Help → Keyboard
// Shortcuts lists them from the actions; Settings → Shortcuts refuses keys already taken and
// keeps the ones chosen for the next start.
#include "app/HelpWiring.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/TestWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/WindowActions.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

// Commands without keys of their own, and why. A command that gets keys leaves this list.
const QHash<QString, QString> kWithoutKeys{
    {QStringLiteral("newOrganization"),
     QStringLiteral("rare: a case or contact names its organization, which is made then")},
    {QStringLiteral("printPreview"), QStringLiteral("Ctrl+P prints; the preview is one step "
                                                    "away in the print dialog's flow")},
    {QStringLiteral("importContacts"), QStringLiteral("once per address book")},
    {QStringLiteral("exportContacts"), QStringLiteral("once per address book")},
    {QStringLiteral("restoreFromBackup"), QStringLiteral("rare, and never by a slip of the keys")},
    {QStringLiteral("backupSettings"), QStringLiteral("set once")},
    {QStringLiteral("exportWorkspaceArchive"), QStringLiteral("rare: moving to a new computer")},
    {QStringLiteral("importWorkspaceArchive"), QStringLiteral("rare: moving to a new computer")},
    {QStringLiteral("myDetails"), QStringLiteral("set once")},
    {QStringLiteral("letterTemplates"), QStringLiteral("rare; letters start with Ctrl+Shift+W")},
    {QStringLiteral("openLogFolder"), QStringLiteral("only for a bug report")},
    {QStringLiteral("takeTheTour"), QStringLiteral("once; F1 opens the guide")},
    {QStringLiteral("about"), QStringLiteral("rare")},
    {QStringLiteral("openTeamWorkspace"),
     QStringLiteral("once per server; then from File → Open Recent")},
    {QStringLiteral("reopenCase"), QStringLiteral("rare, and never by a slip of the keys")},
    {QStringLiteral("goTo_clocksDock"), QStringLiteral("Ctrl+1…9 go to the first nine panes")},
    {QStringLiteral("goTo_lettersDock"), QStringLiteral("Ctrl+1…9 go to the first nine panes")},
    {QStringLiteral("goTo_attachmentsDock"),
     QStringLiteral("Ctrl+1…9 go to the first nine panes; Ctrl+Shift+A attaches a file")},
};

QString nameOf(const QAction *action)
{
    return action->objectName().isEmpty() ? ui::plainText(action) : action->objectName();
}

class ActionIconsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        ASSERT_TRUE(m_real.open(path(), m_clock, true));
    }
    QString path() const { return m_dir.filePath(QStringLiteral("w.leverage")); }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
};

TEST_F(ActionIconsTest, EveryCommandHasAnIconAndKeysOrAReason)
{
    const auto actions = ui::windowActions(m_real.window());
    ASSERT_GT(actions.size(), 50u) << "the menus, the toolbar and the window's own keys";
    QStringList withoutKeys;
    for (const auto &[action, where] : actions) {
        const std::string name = nameOf(action).toStdString() + " (" + where.toStdString() + ")";
        // A pane's show/hide and the gateway star are check boxes: the check is their picture.
        if (!action->isCheckable()) {
            EXPECT_FALSE(action->icon().isNull()) << name << " has no icon";
            EXPECT_TRUE(
                QFile::exists(QStringLiteral(":/icons/fallback/%1.svg").arg(action->icon().name())))
                << name << ": icon “" << action->icon().name().toStdString()
                << "” is not among the bundled fallbacks";
        }
        if (action->shortcut().isEmpty() && !action->isCheckable()) {
            withoutKeys << nameOf(action);
            EXPECT_TRUE(kWithoutKeys.contains(nameOf(action))) << name << " has no keys";
        }
    }
    for (auto it = kWithoutKeys.cbegin(); it != kWithoutKeys.cend(); ++it)
        EXPECT_TRUE(withoutKeys.contains(it.key()))
            << it.key().toStdString() << " is in the list but has keys, or is gone";
}

TEST_F(ActionIconsTest, NoTwoCommandsShareKeys)
{
    QHash<QKeySequence, QString> seen;
    for (const auto &[action, where] : ui::windowActions(m_real.window())) {
        if (action->shortcut().isEmpty())
            continue;
        EXPECT_FALSE(seen.contains(action->shortcut()))
            << action->shortcut().toString().toStdString() << ": " << nameOf(action).toStdString()
            << " and " << seen.value(action->shortcut()).toStdString();
        seen.insert(action->shortcut(), nameOf(action));
    }
}

TEST_F(ActionIconsTest, KeyboardShortcutsListsEveryCommandWithItsKeys)
{
    const auto actions = ui::windowActions(m_real.window());
    ui::ShortcutsDialog dialog(actions, ui::ShortcutsDialog::Mode::Show, &m_real.window());
    ASSERT_EQ(dialog.list()->topLevelItemCount(), int(actions.size()));
    for (int row = 0; row < int(actions.size()); ++row) {
        const auto *item = dialog.list()->topLevelItem(row);
        EXPECT_EQ(item->text(0), ui::plainText(actions[std::size_t(row)].action));
        EXPECT_EQ(item->text(1),
                  actions[std::size_t(row)].action->shortcut().toString(QKeySequence::NativeText));
    }
}

TEST_F(ActionIconsTest, ChangedKeysAreKeptAndConflictsRefused)
{
    const auto actions = ui::windowActions(m_real.window());
    int entryRow = -1;
    for (int row = 0; row < int(actions.size()); ++row)
        if (actions[std::size_t(row)].action->objectName() == QLatin1String("newEntry"))
            entryRow = row;
    ASSERT_GE(entryRow, 0);
    QAction *newEntry = actions[std::size_t(entryRow)].action;
    {
        ui::ShortcutsDialog dialog(actions, ui::ShortcutsDialog::Mode::Change, &m_real.window());
        EXPECT_FALSE(dialog.assign(entryRow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)))
            << "New Case has them";
        EXPECT_TRUE(dialog.message().contains(QStringLiteral("New Case")))
            << dialog.message().toStdString();
        EXPECT_EQ(newEntry->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        ASSERT_TRUE(dialog.assign(entryRow, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)));
        dialog.accept();
    }
    EXPECT_EQ(newEntry->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));

    m_real.close();
    ASSERT_TRUE(m_real.open(path(), m_clock));
    QAction *again = m_real.window().findChild<QAction *>(QStringLiteral("newEntry"));
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)) << "kept";
}

} // namespace
