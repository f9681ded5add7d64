#include "ui/models/contacts/GatewayListModel.h"

#include "core/contacts/ContactHistory.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/contacts/GatewayRecordText.h"

namespace leverage::models {

GatewayListModel::GatewayListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the gateways")), m_workspace(workspace)
{
    connect(&workspace, &Workspace::contactAdded, this, &GatewayListModel::contactAdded);
    connect(&workspace, &Workspace::contactChanged, this, &GatewayListModel::contactChanged);
    connect(&workspace, &Workspace::contactRemoved, this, &GatewayListModel::contactRemoved);
    connect(&workspace, &Workspace::organizationChanged, this,
            &GatewayListModel::organizationChanged);
    connect(&workspace, &Workspace::organizationRemoved, this, &GatewayListModel::reloadIfLoaded);
    connect(&workspace, &Workspace::entryAdded, this, &GatewayListModel::timelineChanged);
    connect(&workspace, &Workspace::entryChanged, this, &GatewayListModel::timelineChanged);
    connect(&workspace, &Workspace::entryRemoved, this, &GatewayListModel::timelineChanged);
    connect(&workspace, &Workspace::caseRemoved, this, &GatewayListModel::timelineChanged);
    connect(&workspace, &Workspace::bulkChange, this, &GatewayListModel::reloadIfLoaded);
}

void GatewayListModel::ensureLoaded()
{
    if (!isLoaded())
        reload();
}

void GatewayListModel::reloadIfLoaded()
{
    if (wasRead())
        reload();
}

int GatewayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GatewayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto &record = row.record;
    switch (role) {
    case IdRole:
    case ContactIdRole:
        return row.contact.meta.id;
    case IsGatewayRole:
        return true;
    case VerdictRole:
        return trackVerdictKey(record.verdict);
    case LastContactRole:
        return record.lastContact.isNull() ? QDateTime() : record.lastContact.toLocalTime();
    case OrganizationIdRole:
        return row.contact.organizationId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.contact.name;
        case Position:
            return row.contact.position;
        case Organization:
            return row.organizationName;
        case Rules:
            return row.contact.rulesOfEngagement.simplified();
        case TrackRecord:
            return trackVerdictLabel(record.verdict);
        case Involved:
            return helpedInCases(record);
        case LastContact:
            return record.lastContact.isNull() ? tr("Never") : shortDate(record.lastContact);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Rules)
            return row.contact.rulesOfEngagement;
        if (index.column() == TrackRecord) {
            return trackRecordSentence(record);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant GatewayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Position:
        return tr("Position");
    case Organization:
        return tr("Organization");
    case Rules:
        return tr("Rules of engagement");
    case TrackRecord:
        return tr("Track record");
    case Involved:
        return tr("Helped in");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

RowId GatewayListModel::contactIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).contact.meta.id : 0;
}

int GatewayListModel::rowOf(RowId contactId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).contact.meta.id == contactId)
            return i;
    return -1;
}

void GatewayListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Status status;
    if (auto gateways = m_workspace.contacts().gateways(); !gateways) {
        status = gateways.status();
    } else {
        for (const auto &contact : *gateways) {
            auto row = load(contact.meta.id);
            if (!row) {
                status = row.status();
                break;
            }
            if (*row)
                m_rows.append(**row);
        }
    }
    if (status) {
        markLoaded();
    } else {
        m_rows.clear(); // a partial list would look whole
        logging::get("ui")->warn("gateway list not loaded (code {})", int(status.code()));
        markFailed(status.message());
    }
    endResetModel();
}

Result<std::optional<GatewayListModel::Row>> GatewayListModel::load(RowId contactId) const
{
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact && contact.code() != Error::Code::NotFound)
        return contact.error();
    if (!contact || !contact->isGateway)
        return std::optional<Row>();
    Row row;
    row.contact = *contact;
    if (contact->organizationId > 0) {
        auto organization = m_workspace.organizations().get(contact->organizationId);
        if (!organization)
            return organization.error();
        row.organizationName = organization->name;
    }
    auto record = ContactHistory(m_workspace).record(contactId);
    if (!record)
        return record.error();
    row.record = *record;
    return std::optional<Row>(row);
}

std::optional<GatewayListModel::Row> GatewayListModel::loadOrLog(RowId contactId) const
{
    auto row = load(contactId);
    if (row)
        return *row;
    logging::get("ui")->warn("gateway {} not read (code {})", contactId, int(row.code()));
    return std::nullopt;
}

int GatewayListModel::insertionRow(const Row &row) const
{
    // The store's order: by name ignoring case, then id.
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto &other = m_rows.at(i).contact;
        const int byName = other.name.compare(row.contact.name, Qt::CaseInsensitive);
        if (byName > 0 || (byName == 0 && other.meta.id > row.contact.meta.id))
            return i;
    }
    return int(m_rows.size());
}

void GatewayListModel::contactAdded(RowId contactId)
{
    if (!isLoaded())
        return;
    auto row = loadOrLog(contactId);
    if (!row || rowOf(contactId) >= 0)
        return;
    const int at = insertionRow(*row);
    beginInsertRows({}, at, at);
    m_rows.insert(at, *row);
    endInsertRows();
}

void GatewayListModel::contactChanged(RowId contactId)
{
    if (!isLoaded())
        return;
    const int existing = rowOf(contactId);
    auto row = loadOrLog(contactId);
    if (existing < 0) {
        if (row) // bookmarked just now
            contactAdded(contactId);
        return;
    }
    if (!row) { // the bookmark was removed
        contactRemoved(contactId);
        return;
    }
    // In place unless a rename moves it past a neighbour.
    auto before = [](const Contact &a, const Contact &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName < 0 || (byName == 0 && a.meta.id < b.meta.id);
    };
    const bool inOrder =
        (existing == 0 || before(m_rows.at(existing - 1).contact, row->contact)) &&
        (existing + 1 == m_rows.size() || before(row->contact, m_rows.at(existing + 1).contact));
    if (inOrder) {
        m_rows[existing] = *row;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    contactRemoved(contactId);
    const int at = insertionRow(*row);
    beginInsertRows({}, at, at);
    m_rows.insert(at, *row);
    endInsertRows();
}

void GatewayListModel::contactRemoved(RowId contactId)
{
    const int at = rowOf(contactId);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

void GatewayListModel::organizationChanged(RowId organizationId)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).contact.organizationId != organizationId)
            continue;
        if (auto organization = m_workspace.organizations().get(organizationId))
            m_rows[i].organizationName = organization->name;
        Q_EMIT dataChanged(index(i, Organization), index(i, Organization));
    }
}

void GatewayListModel::timelineChanged()
{
    // A gateway's track record may have moved; there are few gateways, so recount them all.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (auto record = ContactHistory(m_workspace).record(m_rows.at(i).contact.meta.id))
            m_rows[i].record = *record;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TrackRecord), index(int(m_rows.size()) - 1, LastContact));
}

} // namespace leverage::models
