#pragma once

#include "core/outcomes/OutcomeFacts.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeFilter.h"
#include "core/outcomes/OutcomeTable.h"
#include "ui/models/common/LoadStatus.h"
#include "ui/models/common/TextTableModel.h"

#include <QObject>
#include <QTimer>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// What the Outcomes window shows: the facts read once from the store (the sums over entries
// and promises are SQL's), the filter, the figures grouped from them, and one table model per
// grouping for the table beside each chart. A filter change regroups in memory; a change in
// the workspace reads the facts again, once per burst of changes.
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
    // Whether the per-contact figures are wanted (their tab is in view): they are read and
    // grouped only then, since on a large workspace they are most of the work.
    void setContactsWanted(bool wanted);
    const outcomes::OutcomeFilter &filter() const { return m_filter; }
    const outcomes::OutcomeFigures &figures() const { return m_figures; }
    const outcomes::OutcomeTable &table(Grouping grouping) const;
    TextTableModel *model(Grouping grouping) const;

    // The organizations and sectors of all cases, for the filter's choices (id, name).
    QList<QPair<RowId, QString>> organizations() const;
    QStringList sectors() const;

Q_SIGNALS:
    // The figures (and the models) changed: charts redraw.
    void figuresChanged();

private:
    void regroup();
    void scheduleReload();

    Workspace &m_workspace;
    outcomes::OutcomeFacts m_facts;
    outcomes::OutcomeFilter m_filter;
    outcomes::OutcomeFigures m_figures;
    static constexpr int kGroupingCount = 5;
    outcomes::OutcomeTable m_tables[kGroupingCount];
    TextTableModel *m_models[kGroupingCount];
    QTimer m_reloadTimer;
    bool m_contactsWanted = true;
    bool m_contactsRead = false;
};

} // namespace leverage::models
