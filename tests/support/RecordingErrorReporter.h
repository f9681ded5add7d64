#pragma once

#include "ui/models/common/ErrorReporter.h"

#include <QStringList>

namespace leverage::testing {

// The window's error path in tests: keeps every sentence reported, in order. Declare it
// before the QUndoStack whose commands report to it, so it outlives them.
class RecordingErrorReporter final : public models::ErrorReporter
{
public:
    void reportError(const QString &message) override { m_messages.append(message); }

    const QStringList &messages() const { return m_messages; }
    qsizetype count() const { return m_messages.size(); }
    QString last() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }
    void clear() { m_messages.clear(); }

private:
    QStringList m_messages;
};

} // namespace leverage::testing
