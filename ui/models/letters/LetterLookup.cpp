#include "ui/models/letters/LetterLookup.h"

#include "core/store/ContactRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/Workspace.h"

namespace leverage::models {

Result<Letter> LetterLookup::letter(Workspace &workspace, RowId letterId)
{
    return LetterRepository(workspace).get(letterId);
}

QString LetterLookup::contactName(Workspace &workspace, RowId contactId)
{
    if (contactId <= 0)
        return {};
    auto contact = workspace.contacts().get(contactId);
    return contact ? contact->name : QString();
}

} // namespace leverage::models
