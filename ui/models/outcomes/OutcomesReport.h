#pragma once

#include "core/outcomes/OutcomeFacts.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeFilter.h"
#include "core/outcomes/OutcomeGrouper.h"
#include "core/outcomes/OutcomeTable.h"
#include "ui/models/common/LoadStatus.h"
#include "ui/models/outcomes/OutcomeTableModel.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// What the Outcomes window shows: the facts read once from the store (the sums over entries
// and promises are SQL's) and made ready for grouping, the filter, the figures grouped from
// them, and one table model per grouping for the table beside each chart. A filter change
// regroups in memory (only what the tab in view shows); a change in the workspace reads the
// facts again, once per burst of changes.
class OutcomesReport final : public QObject, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomesReport)

public:
    using Grouping = outcomes::OutcomeTable::Grouping;

    explicit OutcomesReport(Workspace &workspace, QObject *parent = nullptr);

    // Reads the facts now (the window calls it when shown).
    void reload();
    void setFilter(const outcomes::OutcomeFilter &filter);
    // The grouping whose tab is in view: only its figures and table are made on a change, the
    // others' when they come into view (on a large workspace the table of every case is most
    // of a re-filter's work); the per-contact figures are read and grouped only while theirs
    // is (they are most of the work of a read). None (the default): everything, always.
    void setInView(std::optional<Grouping> grouping);
    const outcomes::OutcomeFilter &filter() const { return m_filter; }
    const outcomes::OutcomeFigures &figures() const { return *m_figures; }
    // The whole table of a grouping, every row written (the model writes the rows in view).
    outcomes::OutcomeTable table(Grouping grouping) const;
    OutcomeTableModel *model(Grouping grouping) const;

    // The organizations and sectors of all cases, for the filter's choices (id, name).
    QList<QPair<RowId, QString>> organizations() const;
    QStringList sectors() const;

Q_SIGNALS:
    // The figures (and the models) changed: charts redraw.
    void figuresChanged();

private:
    void regroup();
    void scheduleReload();
    // What the figures need for the tab in view, beyond the totals and the organizations.
    outcomes::OutcomeGrouper::Parts partsWanted() const;

    Workspace &m_workspace;
    outcomes::OutcomeGrouper m_grouper;
    outcomes::OutcomeFilter m_filter;
    // Shared with the models, which keep the figures they show until they are given new ones.
    std::shared_ptr<const outcomes::OutcomeFigures> m_figures;
    static constexpr int kGroupingCount = 5;
    OutcomeTableModel *m_models[kGroupingCount];
    QTimer m_reloadTimer;
    bool contactsWanted() const { return !m_inView || *m_inView == Grouping::Contact; }
    void buildTable(Grouping grouping);

    std::optional<Grouping> m_inView;
    bool m_stale[kGroupingCount] = {};
    bool m_contactsRead = false;
    outcomes::OutcomeGrouper::Parts m_grouped; // in m_figures
};

} // namespace leverage::models
