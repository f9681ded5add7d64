#include "ui/models/clocks/ClockRuleListModel.h"

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/clocks/ClockVocabulary.h"
#include "core/store/Workspace.h"

namespace leverage::models {

using clocks::ClockRule;
using clocks::ClockRuleSet;

ClockRuleListModel::ClockRuleListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the clock rules")), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::bulkChange, this, &ClockRuleListModel::reload);
    reload();
}

void ClockRuleListModel::reload()
{
    beginResetModel();
    auto entries = clocks::ClockService(m_workspace).ruleEntries();
    if (entries) {
        m_entries = *entries;
        markLoaded();
    } else {
        m_entries.clear();
        markFailed(entries.message());
    }
    endResetModel();
}

int ClockRuleListModel::rowOf(const QString &ruleId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).rule.id == ruleId)
            return row;
    return -1;
}

int ClockRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ClockRuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClockRuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = m_entries.at(index.row());
    const ClockRule &rule = entry.rule;
    if (role == RuleIdRole)
        return rule.id;
    if (role == OriginRole)
        return int(entry.origin);
    if (role == Qt::ToolTipRole)
        return QStringList{rule.legalBasis, rule.effect, rule.note, rule.sourceUrl}.join(
            QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return rule.title;
    case WhereColumn: {
        QStringList sectors;
        for (const auto &sector : rule.sectors)
            sectors << clocks::ClockVocabulary::sectorLabel(sector);
        const QString where = rule.countries.join(QStringLiteral(", ")) +
                              (rule.region.isEmpty() ? QString() : QLatin1Char('-') + rule.region);
        return sectors.isEmpty() ? tr("%1 · every sector").arg(where)
                                 : tr("%1 · %2").arg(where, sectors.join(QStringLiteral(", ")));
    }
    case PeriodColumn: {
        QString text = rule.offset.text();
        if (rule.effectiveFrom.isValid())
            text += tr(" (from %1)").arg(rule.effectiveFrom.toString(Qt::ISODate));
        if (rule.effectiveTo.isValid())
            text += tr(" (until %1)").arg(rule.effectiveTo.toString(Qt::ISODate));
        return text;
    }
    case BodyColumn:
        return rule.body;
    case ConfidenceColumn:
        return clocks::ClockText::confidence(rule);
    case OriginColumn:
        switch (entry.origin) {
        case ClockRuleSet::Origin::Shipped:
            return tr("shipped");
        case ClockRuleSet::Origin::Edited:
            return tr("edited");
        case ClockRuleSet::Origin::Own:
            return tr("yours");
        case ClockRuleSet::Origin::Hidden:
            return tr("switched off");
        }
        return {};
    default:
        return {};
    }
}

QVariant ClockRuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Rule");
    case WhereColumn:
        return tr("Where");
    case PeriodColumn:
        return tr("Period");
    case BodyColumn:
        return tr("Body");
    case ConfidenceColumn:
        return tr("Confidence");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

} // namespace leverage::models
