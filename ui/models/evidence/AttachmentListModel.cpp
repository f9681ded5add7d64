#include "ui/models/evidence/AttachmentListModel.h"

#include "core/evidence/EvidenceService.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/common/LocalTimeText.h"

#include <QLocale>

namespace leverage::models {

namespace {
constexpr int kThumbnailSide = 48;
}

AttachmentListModel::AttachmentListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the attachments")), m_workspace(workspace)
{
    auto follow = [this](RowId caseId, RowId) {
        if (caseId == m_caseId && m_caseId > 0)
            reload();
    };
    connect(&workspace, &Workspace::attachmentAdded, this, follow);
    connect(&workspace, &Workspace::attachmentChanged, this, follow);
    connect(&workspace, &Workspace::attachmentRemoved, this, follow);
    connect(&workspace, &Workspace::bulkChange, this, [this] {
        if (m_caseId > 0)
            reload();
    });
}

void AttachmentListModel::setCase(RowId caseId)
{
    m_caseId = caseId;
    reload();
}

void AttachmentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_caseId > 0) {
        auto rows = m_workspace.attachments().forCase(m_caseId);
        if (rows) {
            m_rows = *rows;
            markLoaded();
        } else {
            markFailed(rows.message());
        }
    } else {
        markNotLoaded();
    }
    endResetModel();
}

int AttachmentListModel::rowOf(RowId attachmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).meta.id == attachmentId)
            return i;
    return -1;
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttachmentListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Attachment &a = m_rows.at(index.row());
    if (role == AttachmentIdRole)
        return a.meta.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return a.originalName;
        case TypeColumn:
            return a.mimeType;
        case SizeColumn:
            return sizeText(a.size);
        case AddedColumn:
            return shortDateTime(a.addedAt);
        case ExhibitColumn:
            return a.isExhibit ? tr("Exhibit") : QString();
        case Sha256Column:
            return role == Qt::ToolTipRole ? a.sha256 : a.sha256.left(16);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn) {
        const QImage image = thumbnail(a);
        if (!image.isNull())
            return image;
    }
    if (role == Qt::AccessibleTextRole && index.column() == ExhibitColumn)
        return a.isExhibit ? tr("Exhibit") : tr("Not an exhibit");
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QImage AttachmentListModel::thumbnail(const Attachment &a) const
{
    if (!a.mimeType.startsWith(QLatin1String("image/")) || a.size > kThumbnailMaxBytes)
        return {};
    if (auto *cached = m_thumbnails.object(a.sha256))
        return *cached;
    auto data = EvidenceService::readContent(m_workspace, a.sha256, kThumbnailMaxBytes);
    QImage image;
    if (data && image.loadFromData(*data))
        image = image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    m_thumbnails.insert(a.sha256, new QImage(image));
    return image;
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Added");
    case ExhibitColumn:
        return tr("Exhibit");
    case Sha256Column:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace leverage::models
