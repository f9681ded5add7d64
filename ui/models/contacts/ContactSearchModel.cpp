#include "ui/models/contacts/ContactSearchModel.h"

#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"

#include <QLocale>
#include <QTimer>

namespace leverage::models {

ContactSearchModel::ContactSearchModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the contacts")), m_workspace(workspace)
{
    for (auto signal : {&Workspace::contactAdded, &Workspace::contactChanged,
                        &Workspace::contactRemoved, &Workspace::organizationChanged,
                        &Workspace::organizationRemoved, &Workspace::caseRemoved})
        connect(&workspace, signal, this, &ContactSearchModel::scheduleReload);
    for (auto signal : {&Workspace::entryAdded, &Workspace::entryChanged, &Workspace::entryRemoved})
        connect(&workspace, signal, this, &ContactSearchModel::scheduleReload);
    connect(&workspace, &Workspace::bulkChange, this, &ContactSearchModel::scheduleReload);
}

void ContactSearchModel::ensureLoaded()
{
    if (!isLoaded())
        reload();
}

int ContactSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
    case ContactIdRole:
        return row.id;
    case IsGatewayRole:
        return row.isGateway;
    case LastContactRole:
        return row.lastContact.isNull() ? QDateTime() : row.lastContact.toLocalTime();
    case OrganizationIdRole:
        return row.organizationId;
    case Qt::AccessibleTextRole:
        if (index.column() == Gateway)
            return row.isGateway ? tr("Gateway") : tr("Not a gateway");
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Organization:
            return row.organizationName;
        case Position:
            return row.position;
        case Gateway:
            return row.isGateway ? QStringLiteral("★") : QStringLiteral("☆");
        case LastContact:
            return row.lastContact.isNull() ? tr("Never") : shortDate(row.lastContact);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Gateway)
            return row.isGateway ? tr("A gateway: click to remove the bookmark")
                                 : tr("Click to bookmark as a gateway");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Gateway)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ContactSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Organization:
        return tr("Organization");
    case Position:
        return tr("Position");
    case Gateway:
        return tr("Gateway");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

RowId ContactSearchModel::contactIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ContactSearchModel::rowOf(RowId contactId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == contactId)
            return i;
    return -1;
}

void ContactSearchModel::setFilterText(const QString &text)
{
    if (text == m_search.text)
        return;
    m_search.text = text;
    reload();
}

void ContactSearchModel::setGatewaysOnly(bool only)
{
    if (only == m_search.gatewaysOnly)
        return;
    m_search.gatewaysOnly = only;
    reload();
}

void ContactSearchModel::reload()
{
    m_reloadPending = false;
    auto rows = ContactQueries(m_workspace).search(m_search);
    beginResetModel();
    if (rows) {
        m_rows = *rows;
        markLoaded();
    } else {
        m_rows.clear();
        logging::get("ui")->warn("contact search failed (code {})", int(rows.code()));
        markFailed(rows.message());
    }
    endResetModel();
}

void ContactSearchModel::scheduleReload()
{
    // An import adds hundreds of contacts in one commit: reload once, not per signal. Nothing
    // to refresh before the list was first shown.
    if (m_reloadPending || !wasRead())
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

} // namespace leverage::models
