#pragma once

#include "core/domain/Ids.h"

#include <QComboBox>

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// A combo box of the workspace's organizations by name, with "No organization" first.
class OrganizationPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationPicker)

public:
    explicit OrganizationPicker(Workspace &workspace, QWidget *parent = nullptr);

    RowId organizationId() const;
    void setOrganizationId(RowId organizationId);
    // Why the organizations could not be read; empty when they were.
    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void organizationChanged(leverage::RowId organizationId);

private:
    QString m_loadError;
};

} // namespace leverage::ui
