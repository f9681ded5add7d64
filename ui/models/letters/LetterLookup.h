#pragma once

#include "core/letters/Letter.h"
#include "core/util/Result.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// What the letters' widgets read (they do not reach the store themselves): a letter as stored
// now (an editor after an undo step), an addressee's name.
class LetterLookup final
{
public:
    static Result<Letter> letter(Workspace &workspace, RowId letterId);
    // Empty when there is none.
    static QString contactName(Workspace &workspace, RowId contactId);
};

} // namespace leverage::models
