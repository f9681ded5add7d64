#pragma once

#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <optional>

namespace leverage::models {

// The backups of one workspace, newest first: when each was taken (local time) and how many
// cases it holds; a backup that cannot be read says so and cannot be chosen.
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupListModel)

public:
    enum Column
    {
        Taken,
        Cases,
        ColumnCount
    };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit BackupListModel(QObject *parent = nullptr);
    ~BackupListModel() override;

    // The backups of the workspace at `workspacePath` in `folder`.
    void load(const QString &folder, const QString &workspacePath);
    QString pathAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static std::optional<int> casesIn(const QString &path);
    // Restores `backup` into the new file `destination` (never over an existing file).
    static Status restore(const QString &backup, const QString &destination);

private:
    struct Row
    {
        QString path;
        QDateTime takenAt;
        std::optional<int> cases;
    };
    QList<Row> m_rows;
};

} // namespace leverage::models
