#pragma once

#include "core/domain/Attachment.h"
#include "core/store/AttachmentRepository.h"
#include "ui/models/undo/EntityTraits.h"

namespace leverage::models {

// Attachments in the generic edit command (marking an exhibit, its description).
template <> struct EntityTraits<Attachment>
{
    static Repository<Attachment> &repository(Workspace &ws) { return ws.attachments(); }
    static void keepDerived(Attachment &, const Attachment &) {}
    static quint64 changedFields(const Attachment &a, const Attachment &b)
    {
        return differingFields(a, b, &Attachment::isExhibit, &Attachment::description,
                               &Attachment::entryId);
    }
    static QString editText()
    {
        return QCoreApplication::translate("leverage::models", "Edit Attachment");
    }
};

} // namespace leverage::models
