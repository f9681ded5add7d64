#include "ui/window/DockedPanes.h"

#include <QDockWidget>
#include <QMainWindow>

namespace leverage::ui {

DockedPanes::DockedPanes(QMainWindow &window, models::ErrorReporter &reporter)
    : m_window(window), m_reporter(reporter)
{
}

QDockWidget *DockedPanes::add(Spec spec, Workspace &workspace, QUndoStack &undoStack)
{
    auto *dock = new QDockWidget(spec.title, &m_window);
    dock->setObjectName(spec.objectName);
    // A dock created after the layout was restored takes its saved place; adding it first
    // would drop the place Qt kept for it.
    if (!m_window.restoreDockWidget(dock))
        m_window.addDockWidget(spec.area, dock);
    m_entries.push_back({std::move(spec), dock, nullptr});
    buildOne(m_entries.back(), workspace, undoStack);
    return dock;
}

void DockedPanes::buildOne(Entry &entry, Workspace &workspace, QUndoStack &undoStack)
{
    entry.pane = entry.spec.create(workspace, undoStack, m_reporter, entry.dock);
    entry.dock->setWidget(entry.pane);
    if (entry.spec.setCaseId && entry.pane)
        entry.spec.setCaseId(entry.pane, m_caseId);
}

void DockedPanes::build(Workspace &workspace, QUndoStack &undoStack)
{
    m_caseId = 0;
    for (auto &entry : m_entries)
        buildOne(entry, workspace, undoStack);
}

void DockedPanes::tearDown()
{
    for (auto &entry : m_entries) {
        delete entry.pane;
        entry.pane = nullptr;
    }
}

void DockedPanes::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    for (auto &entry : m_entries)
        if (entry.spec.setCaseId && entry.pane)
            entry.spec.setCaseId(entry.pane, caseId);
}

} // namespace leverage::ui
