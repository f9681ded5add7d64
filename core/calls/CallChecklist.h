#pragma once

#include "core/calls/CallState.h"

#include <QList>
#include <QString>

namespace leverage {

// What the field notes say to capture during a call, each item done or not for one call.
class CallChecklist final
{
public:
    enum class Item
    {
        PersonName,
        Position,
        ReferenceNumber,
        SupervisorName,
        PolicyRationale,
        Alternatives,
        CallbackTime,
        ReConfirmed
    };

    struct Entry
    {
        Item item;
        QString label;
        QString detail; // e.g. "1 of 3 promises", or empty
        bool done = false;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static QList<Entry> evaluate(const CallState &state);
    static QString label(Item item);
    static constexpr int kItemCount = 8;
};

} // namespace leverage
