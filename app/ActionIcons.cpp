#include "app/ActionIcons.h"

#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QMenu>
#include <QPalette>

namespace leverage::app {
namespace {

// Action object name → icon name from the freedesktop Icon Naming Specification where it has
// one (else a name the common themes, Adwaita and Breeze, share).
const QHash<QString, QString> &iconNames()
{
    static const QHash<QString, QString> names{
        // File
        {QStringLiteral("newWorkspace"), QStringLiteral("document-new")},
        {QStringLiteral("openWorkspace"), QStringLiteral("document-open")},
        {QStringLiteral("openTeamWorkspace"), QStringLiteral("network-server")},
        {QStringLiteral("attachFiles"), QStringLiteral("mail-attachment")},
        {QStringLiteral("timeStampRecord"), QStringLiteral("application-certificate")},
        {QStringLiteral("printPreview"), QStringLiteral("document-print-preview")},
        {QStringLiteral("printDossier"), QStringLiteral("document-print")},
        {QStringLiteral("exportDossier"), QStringLiteral("document-save-as")},
        {QStringLiteral("importContacts"), QStringLiteral("document-import")},
        {QStringLiteral("exportContacts"), QStringLiteral("document-export")},
        {QStringLiteral("restoreFromBackup"), QStringLiteral("document-revert")},
        {QStringLiteral("backupSettings"), QStringLiteral("document-properties")},
        {QStringLiteral("exportWorkspaceArchive"), QStringLiteral("document-export")},
        {QStringLiteral("importWorkspaceArchive"), QStringLiteral("document-import")},
        {QStringLiteral("myDetails"), QStringLiteral("avatar-default")},
        {QStringLiteral("letterTemplates"), QStringLiteral("folder-templates")},
        {QStringLiteral("quit"), QStringLiteral("application-exit")},
        // Edit
        {QStringLiteral("undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("redo"), QStringLiteral("edit-redo")},
        {QStringLiteral("newCase"), QStringLiteral("folder-new")},
        {QStringLiteral("newEntry"), QStringLiteral("list-add")},
        {QStringLiteral("newCommitment"), QStringLiteral("appointment-new")},
        {QStringLiteral("newLetter"), QStringLiteral("mail-message-new")},
        {QStringLiteral("escalateCase"), QStringLiteral("go-up")},
        {QStringLiteral("newContact"), QStringLiteral("contact-new")},
        {QStringLiteral("newOrganization"), QStringLiteral("address-book-new")},
        {QStringLiteral("findCases"), QStringLiteral("edit-find")},
        {QStringLiteral("editItem"), QStringLiteral("document-edit")},
        {QStringLiteral("deleteItem"), QStringLiteral("edit-delete")},
        {QStringLiteral("searchEverything"), QStringLiteral("system-search")},
        {QStringLiteral("addClockEventAction"), QStringLiteral("appointment-soon")},
        {QStringLiteral("clockRulesAction"), QStringLiteral("alarm")},
        {QStringLiteral("startCallOnCase"), QStringLiteral("call-start")},
        {QStringLiteral("markClockTriggerAction"), QStringLiteral("task-due")},
        {QStringLiteral("closeCaseWithOutcome"), QStringLiteral("object-select")},
        {QStringLiteral("reopenCase"), QStringLiteral("view-refresh")},
        {QStringLiteral("regulatorForm"), QStringLiteral("document-export")},
        {QStringLiteral("troubleCosts"), QStringLiteral("document-properties")},
        // View: go to a pane (named after its dock), layouts
        {QStringLiteral("goTo_casesDock"), QStringLiteral("folder")},
        {QStringLiteral("goTo_timeline"), QStringLiteral("view-list")},
        {QStringLiteral("goTo_contactsDock"), QStringLiteral("x-office-address-book")},
        {QStringLiteral("goTo_escalationDock"), QStringLiteral("go-up")},
        {QStringLiteral("goTo_callNotesDock"), QStringLiteral("call-start")},
        {QStringLiteral("goTo_ledgerDock"), QStringLiteral("view-list-bullet")},
        {QStringLiteral("goTo_agendaDock"), QStringLiteral("x-office-calendar")},
        {QStringLiteral("goTo_gatewayDock"), QStringLiteral("user-bookmarks")},
        {QStringLiteral("goTo_contactPageDock"), QStringLiteral("avatar-default")},
        {QStringLiteral("goTo_clocksDock"), QStringLiteral("alarm")},
        {QStringLiteral("goTo_lettersDock"), QStringLiteral("text-x-generic")},
        {QStringLiteral("goTo_attachmentsDock"), QStringLiteral("mail-attachment")},
        {QStringLiteral("showOutcomes"), QStringLiteral("x-office-spreadsheet")},
        {QStringLiteral("layoutCalm"), QStringLiteral("view-restore")},
        {QStringLiteral("layoutOnACall"), QStringLiteral("call-start")},
        {QStringLiteral("layoutReviewing"), QStringLiteral("view-paged")},
        {QStringLiteral("layoutPlanning"), QStringLiteral("view-list-ordered")},
        // Settings, Help
        {QStringLiteral("configureShortcuts"),
         QStringLiteral("preferences-desktop-keyboard-shortcuts")},
        {QStringLiteral("keyboardShortcuts"), QStringLiteral("input-keyboard")},
        {QStringLiteral("userGuide"), QStringLiteral("help-contents")},
        {QStringLiteral("takeTheTour"), QStringLiteral("help-contents")},
        {QStringLiteral("openLogFolder"), QStringLiteral("folder-open")},
        {QStringLiteral("about"), QStringLiteral("help-about")},
    };
    return names;
}

} // namespace

void installFallbackIcons()
{
    // Qt 6.4 looks at the fallbacks only after a theme: with none (offscreen, a bare window
    // manager) the base theme every desktop has, hicolor, which has no action icons.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    // Drawn in a light grey on a dark palette (the desktop's dark mode), the usual dark grey
    // elsewhere; chosen once, at start.
    const auto light = QStringLiteral(":/icons/fallback");
    const auto dark = QStringLiteral(":/icons/fallback-dark");
    const bool darkPalette = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    QStringList paths = QIcon::fallbackSearchPaths();
    paths.removeAll(light);
    paths.removeAll(dark);
    paths << (darkPalette ? dark : light);
    QIcon::setFallbackSearchPaths(paths);
    // The installed icon where there is one (the desktop may theme it), else the bundled one.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.leverage.Leverage"),
                         QIcon(QStringLiteral(":/icons/io.github.leverage.Leverage.svg"))));
}

void applyActionIcons(ui::MainWindow &window)
{
    const auto &names = iconNames();
    for (auto *action : window.findChildren<QAction *>()) {
        const auto found = names.constFind(action->objectName());
        if (found != names.constEnd())
            action->setIcon(QIcon::fromTheme(*found));
    }
    if (auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu")))
        recent->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
}

} // namespace leverage::app
