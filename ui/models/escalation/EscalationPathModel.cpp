#include "ui/models/escalation/EscalationPathModel.h"

#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"
#include "ui/models/escalation/EscalationDragData.h"
#include "ui/models/escalation/EscalationEditor.h"

#include <QMimeData>
#include <QSet>

namespace leverage::models {
namespace {

Error invalid(const char *text)
{
    return Error{Error::Code::Invalid, tr(text)};
}

} // namespace

EscalationPathModel::EscalationPathModel(Workspace &workspace, QUndoStack &undoStack,
                                         ErrorReporter &reporter, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_service(workspace),
      m_editor(new EscalationEditor(workspace, undoStack, reporter, this))
{
    const auto ofCase = [this](RowId caseId) {
        if (caseId == m_caseId && m_caseId > 0)
            reload();
    };
    connect(&workspace, &Workspace::escalationStepAdded, this, ofCase);
    connect(&workspace, &Workspace::escalationStepChanged, this, ofCase);
    connect(&workspace, &Workspace::escalationStepRemoved, this, ofCase);
    connect(&workspace, &Workspace::escalationPathReordered, this, ofCase);
    // The timeline says which levels were reached (a call with a front-line rep reaches the
    // first one).
    const auto ofCaseEntry = [ofCase](RowId caseId, RowId) { ofCase(caseId); };
    connect(&workspace, &Workspace::entryAdded, this, ofCaseEntry);
    connect(&workspace, &Workspace::entryChanged, this, ofCaseEntry);
    connect(&workspace, &Workspace::entryRemoved, this, ofCaseEntry);
    // Deleting a case or a contact changes steps through the database's cascades, unannounced.
    connect(&workspace, &Workspace::caseRemoved, this, ofCase);
    connect(&workspace, &Workspace::contactChanged, this,
            [this](RowId id) { reloadIfTargets(id, 0); });
    connect(&workspace, &Workspace::contactRemoved, this,
            [this](RowId id) { reloadIfTargets(id, 0); });
    connect(&workspace, &Workspace::organizationChanged, this,
            [this](RowId id) { reloadIfTargets(0, id); });
    connect(&workspace, &Workspace::organizationRemoved, this,
            [this](RowId id) { reloadIfTargets(0, id); });
    connect(&workspace, &Workspace::bulkChange, this, [this] { setCaseId(m_caseId); });
}

EscalationPathModel::~EscalationPathModel() = default;

void EscalationPathModel::setReadiness(std::unique_ptr<EscalationReadiness> readiness)
{
    m_service.setReadiness(readiness.get());
    m_readiness = std::move(readiness);
    m_opensOn.clear();
    // A new clock event or rule moves the date a planned step opens on.
    const auto changed = [this] {
        m_opensOn.clear();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {StatusTextRole});
    };
    connect(&m_workspace, &Workspace::caseChanged, this, [this, changed](RowId caseId) {
        if (caseId == m_caseId)
            changed();
    });
    connect(&m_workspace, &Workspace::bulkChange, this, changed);
}

void EscalationPathModel::setCaseId(RowId caseId)
{
    beginResetModel();
    m_caseId = caseId;
    m_rows = load(&m_next);
    endResetModel();
}

QList<EscalationPathModel::Row> EscalationPathModel::load(int *next) const
{
    QList<Row> rows;
    *next = -1;
    if (m_caseId <= 0)
        return rows;
    auto standing = m_service.standing(m_caseId);
    if (!standing) {
        logging::get("escalation")->warn("case {}: path not loaded", m_caseId);
        return rows;
    }
    for (const auto &level : std::as_const(standing->levels))
        rows.append({level.step, level, m_service.targets().of(level.step), int(rows.size()) + 1});
    *next = standing->next;
    return rows;
}

void EscalationPathModel::reload()
{
    m_opensOn.clear();
    int next = -1;
    auto fresh = load(&next);
    m_next = next;
    replaceRows(std::move(fresh));
}

void EscalationPathModel::reloadIfTargets(RowId contactId, RowId organizationId)
{
    for (const auto &row : std::as_const(m_rows)) {
        // A contact's step also shows the contact's organization.
        if ((contactId > 0 && row.step.contactId == contactId) ||
            (organizationId > 0 &&
             (row.step.organizationId == organizationId || row.step.contactId > 0))) {
            reload();
            return;
        }
    }
}

// Precise changes rather than a reset, so selections and persistent indexes of steps
// follow them: removals, insertions, then one layout change for the new order.
void EscalationPathModel::replaceRows(QList<Row> fresh)
{
    QSet<RowId> freshIds;
    for (const auto &row : fresh)
        freshIds.insert(row.step.meta.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (freshIds.contains(m_rows.at(i).step.meta.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    QSet<RowId> oldIds;
    for (const auto &row : std::as_const(m_rows))
        oldIds.insert(row.step.meta.id);
    for (int i = 0; i < fresh.size(); ++i) {
        if (oldIds.contains(fresh.at(i).step.meta.id))
            continue;
        const int at = std::min(i, int(m_rows.size()));
        beginInsertRows({}, at, at);
        m_rows.insert(at, fresh.at(i));
        endInsertRows();
    }
    bool sameOrder = true;
    for (int i = 0; i < fresh.size() && sameOrder; ++i)
        sameOrder = fresh.at(i).step.meta.id == m_rows.at(i).step.meta.id;
    if (!sameOrder) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<RowId, int> newRow;
        for (int i = 0; i < fresh.size(); ++i)
            newRow.insert(fresh.at(i).step.meta.id, i);
        const auto from = persistentIndexList();
        QModelIndexList to;
        for (const auto &index : from)
            to.append(
                index.isValid()
                    ? createIndex(newRow.value(m_rows.at(index.row()).step.meta.id), index.column())
                    : QModelIndex());
        m_rows = std::move(fresh);
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_rows = std::move(fresh);
    }
    // Numbers, statuses and names may all have changed; a dozen rows repaint cheaply.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int EscalationPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString EscalationPathModel::displayText(int row) const
{
    const auto &r = m_rows.at(row);
    auto text = QStringLiteral("%1. %2").arg(r.number).arg(escalationLevelLabel(r.step.level));
    if (!r.target.name.isEmpty())
        text += QStringLiteral(" — ") + r.target.name;
    if (!r.target.position.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.target.position);
    return text;
}

QVariant EscalationPathModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    const auto &step = row.step;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        auto text = escalationStatusLabel(row.level.status);
        if (!step.note.isEmpty())
            text += QStringLiteral(": ") + step.note;
        return text;
    }
    case IdRole:
        return QVariant::fromValue<qint64>(step.meta.id);
    case LevelRole:
        return int(step.level);
    case LevelTextRole:
        return escalationLevelLabel(step.level);
    case StatusRole:
        return int(row.level.status);
    case StatusTextRole:
        // A planned step to an outside body whose door a clock keeps shut: when it opens.
        if (m_readiness && row.level.status == EscalationStatus::Planned) {
            auto cached = m_opensOn.find(step.meta.id);
            if (cached == m_opensOn.end())
                cached = m_opensOn.insert(step.meta.id,
                                          m_readiness->opensOn(m_caseId, step).value_or(QString()));
            if (!cached->isEmpty())
                return tr("%1 · %2").arg(escalationStatusLabel(row.level.status), *cached);
        }
        return escalationStatusLabel(row.level.status);
    case TargetRole:
        return row.target.name;
    case TargetPositionRole:
        return row.target.position;
    case TargetOrganizationRole:
        return row.target.organization;
    case TargetDateRole:
        return step.targetDate;
    case DoneAtRole:
        return row.level.status == EscalationStatus::Done ? step.doneAt.toLocalTime() : QDateTime();
    case ReachedAtRole:
        return row.level.reachedAt.toLocalTime();
    case ReachedByEntryRole:
        return QVariant::fromValue<qint64>(row.level.reachedByEntry);
    case NoteRole:
        return step.note;
    case IsCurrentRole:
        return row.level.status == EscalationStatus::Current;
    case NumberRole:
        return row.number;
    default:
        return {};
    }
}

QHash<int, QByteArray> EscalationPathModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "stepId"},
                  {LevelRole, "level"},
                  {LevelTextRole, "levelText"},
                  {StatusRole, "status"},
                  {StatusTextRole, "statusText"},
                  {TargetRole, "target"},
                  {TargetPositionRole, "targetPosition"},
                  {TargetOrganizationRole, "targetOrganization"},
                  {TargetDateRole, "targetDate"},
                  {DoneAtRole, "doneAt"},
                  {NoteRole, "note"},
                  {IsCurrentRole, "isCurrent"},
                  {NumberRole, "number"},
                  {ReachedAtRole, "reachedAt"},
                  {ReachedByEntryRole, "reachedByEntry"}});
    return names;
}

Qt::ItemFlags EscalationPathModel::flags(const QModelIndex &index) const
{
    // Drops land between steps (on the list), never onto a step: the indicator is a line.
    if (!index.isValid())
        return m_caseId > 0 ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

EscalationStep EscalationPathModel::stepAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).step : EscalationStep{};
}

QModelIndex EscalationPathModel::indexOfStep(RowId stepId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).step.meta.id == stepId)
            return index(i);
    return {};
}

int EscalationPathModel::currentRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).level.status == EscalationStatus::Current)
            return i;
    return -1;
}

Qt::DropActions EscalationPathModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions EscalationPathModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList EscalationPathModel::mimeTypes() const
{
    return {QString::fromLatin1(EscalationDragData::kStepMimeType),
            QString::fromLatin1(EscalationDragData::kContactMimeType)};
}

QMimeData *EscalationPathModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const auto &index : indexes)
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    EscalationDragData drag;
    drag.caseId = m_caseId;
    for (const int row : std::as_const(rows))
        drag.stepIds.append(m_rows.at(row).step.meta.id);
    return drag.toMimeData();
}

bool EscalationPathModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                          int column, const QModelIndex &parent) const
{
    if (!data || m_caseId <= 0 || parent.isValid() || column > 0 || row < -1 || row > rowCount())
        return false;
    if (data->hasFormat(QString::fromLatin1(EscalationDragData::kStepMimeType))) {
        if (action != Qt::MoveAction)
            return false;
        const auto drag = EscalationDragData::fromMimeData(data);
        // Only this case's steps, and only ones still on the path (a drag can outlive a step).
        if (!drag || drag->caseId != m_caseId)
            return false;
        for (const auto id : drag->stepIds)
            if (!indexOfStep(id).isValid())
                return false;
        return true;
    }
    if (data->hasFormat(QString::fromLatin1(EscalationDragData::kContactMimeType))) {
        if (action != Qt::CopyAction && action != Qt::LinkAction)
            return false;
        const auto ids = EscalationDragData::contactIds(data);
        for (const auto id : ids)
            if (!m_workspace.contacts().get(id))
                return false;
        return !ids.isEmpty();
    }
    return false;
}

bool EscalationPathModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int insertAt = row < 0 ? rowCount() : row;
    if (data->hasFormat(QString::fromLatin1(EscalationDragData::kContactMimeType))) {
        auto status = addContacts(EscalationDragData::contactIds(data), insertAt);
        if (!status)
            Q_EMIT errorOccurred(status.message());
        return status.isOk();
    }
    const auto drag = EscalationDragData::fromMimeData(data);
    QList<RowId> order;
    for (const auto &r : std::as_const(m_rows))
        order.append(r.step.meta.id);
    QList<RowId> dragged;
    for (const auto id : std::as_const(order))
        if (drag->stepIds.contains(id))
            dragged.append(id);
    const auto wanted = EscalationDragData::reordered(order, dragged, insertAt);
    if (wanted == order)
        return false; // onto itself or its own neighbour: nothing to do, nothing to undo
    if (dragged.size() == 1)
        return moveStep(dragged.first(), int(wanted.indexOf(dragged.first()))).isOk();
    // Several steps: place each row in turn, as one undoable change.
    m_editor->beginGroup(tr("Move escalation steps"));
    for (int i = 0; i < wanted.size(); ++i) {
        if (order.at(i) == wanted.at(i))
            continue;
        const auto id = wanted.at(i);
        auto status = moveStep(id, i);
        if (!status) {
            m_editor->endGroup();
            Q_EMIT errorOccurred(status.message());
            return false;
        }
        order.removeOne(id);
        order.insert(i, id);
    }
    m_editor->endGroup();
    return true;
}

Status EscalationPathModel::moveStep(RowId stepId, int toRow)
{
    const auto from = indexOfStep(stepId);
    if (!from.isValid())
        return invalid("That step is no longer on this path.");
    const int to = std::clamp(toRow, 0, rowCount() - 1);
    if (to == from.row())
        return {};
    return m_editor->moveStep(stepId, from.row(), to);
}

Status EscalationPathModel::addSteps(const QList<EscalationStep> &steps, int row)
{
    if (m_caseId <= 0)
        return invalid("Choose a case first.");
    auto own = steps;
    for (auto &step : own)
        step.caseId = m_caseId;
    return m_editor->addSteps(own, row >= rowCount() ? -1 : row);
}

Status EscalationPathModel::addContacts(const QList<RowId> &contactIds, int row)
{
    if (m_caseId <= 0)
        return invalid("Choose a case first.");
    return m_editor->addContacts(m_caseId, contactIds, row >= rowCount() ? -1 : row);
}

Status EscalationPathModel::removeStep(RowId stepId)
{
    if (!indexOfStep(stepId).isValid())
        return invalid("That step is no longer on this path.");
    return m_editor->removeStep(stepId);
}

Status EscalationPathModel::editStep(const EscalationStep &edited)
{
    if (!indexOfStep(edited.meta.id).isValid())
        return invalid("That step is no longer on this path.");
    return m_editor->editStep(edited);
}

Status EscalationPathModel::makeCurrent(RowId stepId)
{
    if (!indexOfStep(stepId).isValid())
        return invalid("That step is no longer on this path.");
    return m_editor->makeCurrent(stepId);
}

Status EscalationPathModel::escalate(const EscalationService::Attempt &attempt)
{
    if (m_caseId <= 0)
        return invalid("Choose a case first.");
    return m_editor->escalate(m_caseId, attempt);
}

Status EscalationPathModel::applyTemplate(EscalationTemplate which)
{
    if (m_caseId <= 0)
        return invalid("Choose a case first.");
    if (which == EscalationTemplate::Empty && m_rows.isEmpty())
        return {}; // an empty path is already empty: nothing to undo
    return m_editor->applyTemplate(m_caseId, which);
}

} // namespace leverage::models
