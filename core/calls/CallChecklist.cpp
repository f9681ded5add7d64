#include "core/calls/CallChecklist.h"

#include <QCoreApplication>
#include <algorithm>

namespace leverage {

QString CallChecklist::label(Item item)
{
    switch (item) {
    case Item::PersonName:
        return QCoreApplication::translate("leverage", "Their name");
    case Item::Position:
        return QCoreApplication::translate("leverage", "Their position");
    case Item::ReferenceNumber:
        return QCoreApplication::translate("leverage", "Reference number");
    case Item::SupervisorName:
        return QCoreApplication::translate("leverage", "Supervisor's name");
    case Item::PolicyRationale:
        return QCoreApplication::translate("leverage", "Rationale of the policy");
    case Item::Alternatives:
        return QCoreApplication::translate("leverage", "Alternatives asked for");
    case Item::CallbackTime:
        return QCoreApplication::translate("leverage", "Callback time, if not in");
    case Item::ReConfirmed:
        return QCoreApplication::translate("leverage", "Key points re-confirmed");
    }
    return {};
}

QList<CallChecklist::Entry> CallChecklist::evaluate(const CallState &state)
{
    const auto &people = state.participants;
    const bool named = !people.isEmpty() && std::all_of(people.begin(), people.end(), [](auto &p) {
        return !p.name.trimmed().isEmpty();
    });
    const bool positioned =
        !people.isEmpty() && std::all_of(people.begin(), people.end(),
                                         [](auto &p) { return !p.position.trimmed().isEmpty(); });
    // A callback the company promised counts as much as one the user keeps as a follow-up.
    const bool callback = std::any_of(state.followUps.begin(), state.followUps.end(),
                                      [](auto &f) { return !f.due.isNull(); }) ||
                          std::any_of(state.promises.begin(), state.promises.end(),
                                      [](auto &p) { return p.expected && !p.due.isNull(); });
    const auto confirmed = std::count_if(state.promises.begin(), state.promises.end(),
                                         [](auto &p) { return p.confirmed; });

    QList<Entry> entries;
    auto add = [&entries](Item item, bool done, QString detail = {}) {
        entries.append({item, label(item), std::move(detail), done});
    };
    add(Item::PersonName, named);
    add(Item::Position, positioned);
    add(Item::ReferenceNumber, !state.referenceNumber.trimmed().isEmpty());
    add(Item::SupervisorName, !state.supervisorName.trimmed().isEmpty());
    add(Item::PolicyRationale, state.rationaleCaptured);
    add(Item::Alternatives, state.alternativesCaptured);
    add(Item::CallbackTime, callback);
    add(Item::ReConfirmed, !state.promises.isEmpty() && confirmed == state.promises.size(),
        state.promises.isEmpty() ? QString()
                                 : QCoreApplication::translate("leverage", "%1 of %2")
                                       .arg(confirmed)
                                       .arg(state.promises.size()));
    return entries;
}

} // namespace leverage
