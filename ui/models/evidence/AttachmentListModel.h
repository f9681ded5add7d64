#pragma once

#include "core/domain/Attachment.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QImage>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// A case's attachments: name (with a thumbnail for an image), type, size, when added, whether
// it is an exhibit, and its SHA-256. Follows the workspace's attachment signals; the exhibit
// column is checkable and pushes an edit through the given undo path (no writes here).
class AttachmentListModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        SizeColumn,
        AddedColumn,
        ExhibitColumn,
        Sha256Column,
        ColumnCount
    };
    enum Role
    {
        AttachmentIdRole = Qt::UserRole + 1,
    };

    explicit AttachmentListModel(Workspace &workspace, QObject *parent = nullptr);

    void setCase(RowId caseId);
    RowId caseId() const { return m_caseId; }
    const Attachment &attachmentAt(int row) const { return m_rows.at(row); }
    int rowOf(RowId attachmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The largest image read for a thumbnail; bigger ones show their type's icon only.
    static constexpr qint64 kThumbnailMaxBytes = 20 * 1024 * 1024;
    static QString sizeText(qint64 bytes);

private:
    void reload();
    QImage thumbnail(const Attachment &attachment) const;

    Workspace &m_workspace;
    RowId m_caseId = 0;
    QList<Attachment> m_rows;
    mutable QCache<QString, QImage> m_thumbnails{64};
};

} // namespace leverage::models
