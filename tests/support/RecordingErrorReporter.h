#pragma once

#include "ui/models/common/ErrorReporter.h"

#include <QStringList>

namespace leverage::testing {

// The window's error path in a test: keeps every message reported, in order.
class RecordingErrorReporter final : public models::ErrorReporter
{
public:
    void reportError(const QString &message) override { messages.append(message); }

    QStringList messages;
};

} // namespace leverage::testing
