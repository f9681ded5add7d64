#pragma once

#include "core/domain/Ids.h"

#include <QString>
#include <Qt>
#include <functional>
#include <type_traits>
#include <vector>

class QDockWidget;
class QMainWindow;
class QUndoStack;
class QWidget;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ErrorReporter;
}

namespace leverage::ui {

// Panes that later features add to the window (escalation path, follow-ups …). Each lives in
// a dock, is built anew for every workspace (panes take Workspace& and QUndoStack&) and, when
// it shows one case, follows the case selected in the cases pane.
class DockedPanes final
{
public:
    using Factory = std::function<QWidget *(Workspace &, QUndoStack &, models::ErrorReporter &,
                                            QWidget *parent)>;
    using CaseSetter = std::function<void(QWidget *pane, RowId caseId)>;
    struct Spec
    {
        QString title;
        QString objectName; // names the dock in the saved layout: keep it stable
        Qt::DockWidgetArea area = Qt::BottomDockWidgetArea;
        Factory create;
        CaseSetter setCaseId; // empty for panes about the whole workspace
    };

    // Whether a pane shows the case selected in the cases pane or the whole workspace.
    enum class Shows
    {
        SelectedCase, // the pane has setCaseId(RowId)
        Workspace
    };

    // The spec of a pane built as Pane(Workspace&, QUndoStack&, models::ErrorReporter&,
    // QWidget *parent), or Pane(Workspace&, QUndoStack&, QWidget*) with setErrorReporter(): either
    // way it reports to the window's one error path. `made`
    // sees each pane built (one per workspace opened) so the caller can connect it.
    template <typename Pane>
    static Spec specFor(const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                        Shows shows, std::function<void(Pane *)> made = {})
    {
        Spec spec{title, objectName, area, {}, {}};
        spec.create = [made](Workspace &workspace, QUndoStack &undoStack,
                             models::ErrorReporter &reporter, QWidget *parent) {
            Pane *pane = nullptr;
            if constexpr (std::is_constructible_v<Pane, Workspace &, QUndoStack &,
                                                  models::ErrorReporter &, QWidget *>) {
                pane = new Pane(workspace, undoStack, reporter, parent);
            } else {
                pane = new Pane(workspace, undoStack, parent);
                if constexpr (requires(Pane * p, models::ErrorReporter * r) {
                                  p->setErrorReporter(r);
                              })
                    pane->setErrorReporter(&reporter);
            }
            if (made)
                made(pane);
            return static_cast<QWidget *>(pane);
        };
        if constexpr (requires(Pane * pane) { pane->setCaseId(RowId{}); }) {
            if (shows == Shows::SelectedCase)
                spec.setCaseId = [](QWidget *pane, RowId caseId) {
                    static_cast<Pane *>(pane)->setCaseId(caseId);
                };
        }
        return spec;
    }

    // `reporter` is where every pane built here reports its errors (the window).
    DockedPanes(QMainWindow &window, models::ErrorReporter &reporter);

    // Creates the dock and builds its pane for the open workspace.
    QDockWidget *add(Spec spec, Workspace &workspace, QUndoStack &undoStack);
    void build(Workspace &workspace, QUndoStack &undoStack);
    void tearDown();
    void setCaseId(RowId caseId);

private:
    struct Entry
    {
        Spec spec;
        QDockWidget *dock = nullptr;
        QWidget *pane = nullptr;
    };
    void buildOne(Entry &entry, Workspace &workspace, QUndoStack &undoStack);

    QMainWindow &m_window;
    models::ErrorReporter &m_reporter;
    std::vector<Entry> m_entries;
    RowId m_caseId = 0;
};

} // namespace leverage::ui
