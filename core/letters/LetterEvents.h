#pragma once

#include "core/domain/Ids.h"

#include <QObject>

namespace leverage {

class Workspace;

// The letters' change signals, one object per open workspace (a child of it), so the letters
// need nothing of the Workspace class itself. Like the workspace's own signals they are
// emitted only after the write that made the change has committed.
class LetterEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterEvents)

public:
    static LetterEvents &of(Workspace &workspace);

Q_SIGNALS:
    void letterAdded(leverage::RowId caseId, leverage::RowId letterId);
    void letterChanged(leverage::RowId caseId, leverage::RowId letterId);
    void letterRemoved(leverage::RowId caseId, leverage::RowId letterId);
    void templatesChanged();

private:
    explicit LetterEvents(QObject *parent) : QObject(parent) {}
};

} // namespace leverage
