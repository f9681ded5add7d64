#include "ui/models/ledger/TrackRecordModel.h"

#include "core/store/ContactRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/ModelRoles.h"

namespace leverage::models {

TrackRecordModel::TrackRecordModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent), LoadStatus(tr("the track record")), m_workspace(workspace)
{
    for (auto signal : {&Workspace::commitmentAdded, &Workspace::commitmentChanged,
                        &Workspace::commitmentRemoved})
        connect(&workspace, signal, this, &TrackRecordModel::refresh);
    for (auto signal :
         {&Workspace::contactChanged, &Workspace::organizationChanged, &Workspace::caseRemoved})
        connect(&workspace, signal, this, &TrackRecordModel::refresh);
    connect(&workspace, &Workspace::bulkChange, this, &TrackRecordModel::refresh);
}

int TrackRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

QVariant TrackRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = Row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_texts.at(row);
    case IdRole:
        return m_subjects.at(row);
    case ContactIdRole:
        return row == Person ? m_subjects.at(row) : RowId(0);
    case OrganizationIdRole:
        return row == Organization ? m_subjects.at(row) : RowId(0);
    default:
        return {};
    }
}

void TrackRecordModel::setSubjects(RowId contactId, RowId organizationId)
{
    m_subjects = {std::max<RowId>(contactId, 0), std::max<RowId>(organizationId, 0)};
    refresh();
}

void TrackRecordModel::refresh()
{
    m_failure.clear();
    for (int row = 0; row < RowCount; ++row)
        m_texts[row] = read(Row(row));
    if (m_subjects == decltype(m_subjects){})
        markNotLoaded();
    else if (m_failure.isEmpty())
        markLoaded();
    else
        markFailed(m_failure);
    Q_EMIT dataChanged(index(0), index(RowCount - 1));
}

QString TrackRecordModel::read(Row row)
{
    const RowId id = m_subjects.at(row);
    if (id <= 0)
        return {};
    LedgerRepository ledger(m_workspace);
    QString name;
    Result<TrackRecord> record = TrackRecord{};
    Status nameRead;
    if (row == Person) {
        auto contact = m_workspace.contacts().get(id);
        nameRead = contact.status();
        if (contact)
            name = contact->name;
        record = ledger.forContact(id);
    } else {
        auto organization = m_workspace.organizations().get(id);
        nameRead = organization.status();
        if (organization)
            name = organization->name;
        record = ledger.forOrganization(id);
    }
    const Status failed = !record ? record.status() : nameRead;
    if (!failed && failed.code() != Error::Code::NotFound) {
        logging::get("ledger")->warn("track record of {} {} not read (code {})",
                                     row == Person ? "contact" : "organization", id,
                                     int(failed.code()));
        if (m_failure.isEmpty())
            m_failure = failed.message();
        return name.isEmpty() ? tr("The track record could not be read.")
                              : tr("%1: the track record could not be read.").arg(name);
    }
    if (!record)
        return {};
    return name.isEmpty() ? record->summary() : tr("%1 — %2").arg(name, record->summary());
}

} // namespace leverage::models
