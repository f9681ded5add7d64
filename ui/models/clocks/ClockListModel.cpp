#include "ui/models/clocks/ClockListModel.h"

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/clocks/ClockVocabulary.h"
#include "core/store/Workspace.h"

namespace leverage::models {

using clocks::CaseClock;
using clocks::ClockRule;
using clocks::ClockText;
using clocks::ClockVocabulary;

ClockListModel::ClockListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the clocks")), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::caseChanged, this, [this](RowId caseId) {
        if (caseId == m_caseId)
            reload();
    });
    connect(&m_workspace, &Workspace::bulkChange, this, &ClockListModel::reload);
}

void ClockListModel::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    reload();
}

void ClockListModel::reload()
{
    beginResetModel();
    m_clocks.clear();
    if (m_caseId <= 0) {
        markNotLoaded();
    } else {
        clocks::ClockService service(m_workspace);
        m_today = service.today();
        auto computed = service.forCase(m_caseId);
        if (computed) {
            m_clocks = *computed;
            markLoaded();
        } else {
            markFailed(computed.message());
        }
    }
    endResetModel();
}

int ClockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clocks.size());
}

int ClockListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClockListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseClock &clock = m_clocks.at(index.row());
    const ClockRule &rule = clock.rule;
    switch (role) {
    case RuleIdRole:
        return rule.id;
    case StateRole:
        return int(clock.state);
    case SourceUrlRole:
        return rule.sourceUrl;
    case TriggerIdRole:
        return clock.triggerId;
    case DueDateRole:
        return clock.dueDate;
    case Qt::ToolTipRole: {
        QStringList lines{rule.title, rule.effect};
        lines += clock.notes;
        if (!rule.note.isEmpty())
            lines << rule.note;
        lines << rule.sourceUrl;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RuleColumn:
        return rule.title;
    case RouteColumn:
        return ClockVocabulary::routeLabel(rule.route);
    case TriggerColumn:
        return ClockText::trigger(clock);
    case DueColumn:
        return ClockText::date(clock.dueDate);
    case CountdownColumn:
        return ClockText::countdown(clock, m_today);
    case EffectColumn:
        return rule.effect;
    case BasisColumn:
        return rule.legalBasis;
    case ConfidenceColumn:
        return ClockText::confidence(rule);
    default:
        return {};
    }
}

QVariant ClockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case RouteColumn:
        return tr("Route");
    case TriggerColumn:
        return tr("Counted from");
    case DueColumn:
        return tr("Date");
    case CountdownColumn:
        return tr("When");
    case EffectColumn:
        return tr("Then");
    case BasisColumn:
        return tr("Legal basis");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

} // namespace leverage::models
