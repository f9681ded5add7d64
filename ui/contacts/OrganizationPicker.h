#pragma once

#include "core/domain/Ids.h"

#include <QComboBox>

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// A combo box of the workspace's organizations by name, with "No organization" first. Where
// a new organization may be made with the form (a new case), a name can be typed instead.
class OrganizationPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationPicker)

public:
    explicit OrganizationPicker(Workspace &workspace, QWidget *parent = nullptr);

    // The chosen organization; 0 for none or for a new name.
    RowId organizationId() const;
    void setOrganizationId(RowId organizationId);
    // Lets a name be typed that is not in the list yet (newOrganizationName()).
    void setAcceptsNewName(bool accepts);
    // The typed name when it names no listed organization; empty otherwise.
    QString newOrganizationName() const;
    // Why the organizations could not be read; empty when they were.
    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void organizationChanged(leverage::RowId organizationId);

private:
    // The item the text names (any case), or -1; the current item when not editable.
    int chosenIndex() const;

    QString m_loadError;
};

} // namespace leverage::ui
