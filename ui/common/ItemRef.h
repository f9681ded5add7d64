#pragma once

#include "core/domain/Ids.h"

#include <QMetaType>

namespace leverage::ui {

// Which stored thing an action or a form is about: the panes report their current item as one,
// the edit controller opens the matching form or removes it.
struct ItemRef
{
    enum class Kind
    {
        None,
        Case,
        Organization,
        Contact,
        Entry,
        Commitment
    };
    Kind kind = Kind::None;
    RowId id = 0;

    bool isValid() const { return kind != Kind::None && id > 0; }
    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

} // namespace leverage::ui

Q_DECLARE_METATYPE(leverage::ui::ItemRef)
