#include "ui/models/backup/BackupListModel.h"

#include "core/store/WorkspaceBackup.h"

#include <QFileInfo>
#include <QLocale>

namespace leverage::models {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) {}

BackupListModel::~BackupListModel() = default;

void BackupListModel::load(const QString &folder, const QString &workspacePath)
{
    beginResetModel();
    m_rows.clear();
    const auto entries = WorkspaceBackup::list(folder, QFileInfo(workspacePath).completeBaseName());
    for (const auto &entry : entries)
        m_rows.append({entry.path, entry.takenAt, WorkspaceBackup::caseCount(entry.path)});
    endResetModel();
}

QString BackupListModel::pathAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].cases ? m_rows[row].path : QString();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == PathRole)
        return row.path;
    if (role == Qt::TextAlignmentRole && index.column() == Cases)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    if (index.column() == Taken)
        return locale.toString(row.takenAt.toLocalTime(), QLocale::LongFormat);
    return row.cases ? locale.toString(*row.cases) : tr("cannot be read");
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Taken ? tr("Taken") : section == Cases ? tr("Cases") : QVariant();
}

Qt::ItemFlags BackupListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_rows[index.row()].cases ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

std::optional<int> BackupListModel::casesIn(const QString &path)
{
    return WorkspaceBackup::caseCount(path);
}

Status BackupListModel::restore(const QString &backup, const QString &destination)
{
    return WorkspaceBackup::restore(backup, destination);
}

} // namespace leverage::models
