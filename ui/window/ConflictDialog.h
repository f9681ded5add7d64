#pragma once

#include "ui/models/undo/ConflictResolver.h"

#include <QDialog>

namespace leverage::ui {

// A colleague saved the same item while the person was editing it: both versions side by
// side (only the fields that differ), who saved theirs and when, and the choice: Keep Mine
// (saved over theirs, undoable), Take Theirs (mine dropped) or Cancel (nothing saved).
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const models::Conflict &conflict, QWidget *parent);

    models::ConflictResolver::Choice choice() const { return m_choice; }

private:
    models::ConflictResolver::Choice m_choice = models::ConflictResolver::Choice::Cancel;
};

// The window's resolver: asks through a ConflictDialog over `parent`.
class DialogConflictResolver final : public models::ConflictResolver
{
public:
    explicit DialogConflictResolver(QWidget *parent) : m_parent(parent) {}
    Choice resolve(const models::Conflict &conflict) override;

private:
    QWidget *m_parent;
};

} // namespace leverage::ui
