#include "ui/models/letters/LetterListModel.h"

#include "core/letters/LetterContext.h"
#include "core/letters/LetterEvents.h"
#include "core/store/ContactRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/common/ModelRoles.h"

namespace leverage::models {

LetterListModel::LetterListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the letters")), m_workspace(workspace)
{
    auto &events = LetterEvents::of(workspace);
    connect(&events, &LetterEvents::letterAdded, this, &LetterListModel::onLetter);
    connect(&events, &LetterEvents::letterChanged, this, &LetterListModel::onLetter);
    connect(&events, &LetterEvents::letterRemoved, this, &LetterListModel::onLetter);
    connect(&workspace, &Workspace::bulkChange, this, &LetterListModel::reload);
    connect(&workspace, &Workspace::contactChanged, this, &LetterListModel::reload);
    connect(&workspace, &Workspace::caseRemoved, this, [this](RowId caseId) {
        if (caseId == m_caseId && caseId != 0)
            setCaseId(0);
    });
}

void LetterListModel::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    reload();
}

Letter LetterListModel::letterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Letter{};
}

int LetterListModel::rowOfLetter(RowId letterId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).meta.id == letterId)
            return row;
    return -1;
}

int LetterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LetterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LetterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &letter = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return letter.subject;
        case KindColumn:
            return letterKindLabel(letter.kind);
        case ToColumn:
            return m_names.value(letter.contactId);
        case ToneColumn:
            return letterToneLabel(letter.tone);
        case StateColumn:
            if (!letter.isSent())
                return tr("Draft");
            return tr("Sent %1 (%2)")
                .arg(letterDate(letter.sentAt.toDateTime().date()),
                     letterChannelLabel(letter.channel).toLower());
        case DeadlineColumn:
            return letterDate(letter.deadline.toDateTime().date());
        }
        return {};
    case IdRole:
        return letter.meta.id;
    case CaseIdRole:
        return letter.caseId;
    case ContactIdRole:
        return letter.contactId;
    case StatusRole:
        return int(letter.state);
    case SortRole:
        switch (index.column()) {
        case SubjectColumn:
            return letter.subject.toLower();
        case DeadlineColumn:
            return letter.deadline.utcMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant LetterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case KindColumn:
        return tr("Kind");
    case ToColumn:
        return tr("To");
    case ToneColumn:
        return tr("Tone");
    case StateColumn:
        return tr("State");
    case DeadlineColumn:
        return tr("Reply by");
    }
    return {};
}

void LetterListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    if (m_caseId <= 0) {
        markNotLoaded();
    } else if (auto rows = LetterRepository(m_workspace).forCase(m_caseId)) {
        m_rows = *rows;
        for (const auto &letter : m_rows)
            if (letter.contactId > 0 && !m_names.contains(letter.contactId))
                if (auto contact = m_workspace.contacts().get(letter.contactId))
                    m_names.insert(letter.contactId, contact->name);
        markLoaded();
    } else {
        markFailed(rows.message());
    }
    endResetModel();
}

void LetterListModel::onLetter(RowId caseId)
{
    if (caseId == m_caseId && m_caseId > 0)
        reload();
}

} // namespace leverage::models
