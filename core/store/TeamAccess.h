#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace leverage {

class Workspace;

// Who may see and change what on a team workspace, enforced by PostgreSQL itself (roles,
// privileges and row-level security), not only by the program: a volunteer with a SQL client
// and their own login is held to the same rules.
//
// Three group roles; a clinic's logins are members of one of them:
// - leverage_advocate: reads and writes the cases they may see;
// - leverage_supervisor: the same for every case, and assigns advocates to cases;
// - leverage_volunteer: reads the cases that are not private, writes nothing.
// A case marked private is seen only by its assigned advocates (case_advocates) and by
// supervisors, and so are its entries, promises, follow-ups, letters, files and seals.
// Schema changes stay with the role that owns the tables (the one that ran setUp).
class TeamAccess final
{
public:
    static constexpr auto kAdvocate = "leverage_advocate";
    static constexpr auto kSupervisor = "leverage_supervisor";
    static constexpr auto kVolunteer = "leverage_volunteer";

    // Creates the group roles when missing (needs CREATEROLE), grants them what they may do
    // and turns row-level security on. Run by the owner of the workspace's tables; runs
    // again safely (after an upgrade added tables). One transaction.
    static Status setUp(Workspace &workspace);

    // The statements setUp runs, for the README and for review.
    static QStringList statements();
};

} // namespace leverage
