#pragma once

#include <QString>

namespace leverage {

// What removing a case, organization or contact would take with it, for a question such as
// "This will also remove 12 entries and 3 commitments. Remove?".
struct RemovalImpact
{
    int entries = 0;
    int commitments = 0;
    int followUps = 0;
    int escalationSteps = 0;
    int contacts = 0;   // an organization's people
    int references = 0; // rows elsewhere that keep existing but lose their link

    bool isEmpty() const;
    // A sentence in the user's language, empty when nothing else is affected.
    QString describe() const;
    friend bool operator==(const RemovalImpact &, const RemovalImpact &) = default;
};

} // namespace leverage
