#pragma once

#include <QList>
#include <QString>

namespace leverage::models {

// One field that two people saved differently.
struct ConflictField
{
    QString label;
    QString mine;
    QString theirs;
};

// A save that met a newer version of the row (a colleague saved the same item meanwhile):
// what differs between the user's version and the stored one, and who stored it when.
struct Conflict
{
    QString what; // the edit, as the Edit menu names it ("Edit Case")
    QString item; // which item ("Lost bag on flight 212")
    QList<ConflictField> fields;
    QString theirsBy; // the colleague's login; empty on a file
    qint64 theirsAtMs = 0;
};

// Asks the person which version stays. Installed once by the window (a dialog); without one,
// a conflicting save is refused with a sentence, as before. Never a silent overwrite: keeping
// one's own version is always this explicit choice.
class ConflictResolver
{
public:
    enum class Choice
    {
        KeepMine,   // save mine over theirs (theirs is what an undo brings back)
        TakeTheirs, // drop my change; the item stays as the colleague saved it
        Cancel      // neither: nothing saved, the edit refused
    };

    virtual ~ConflictResolver() = default;
    virtual Choice resolve(const Conflict &conflict) = 0;

    // The program's one resolver (the main window's dialog), or none.
    static ConflictResolver *installed();
    static void install(ConflictResolver *resolver);
};

} // namespace leverage::models
