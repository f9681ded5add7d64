#pragma once

#include "core/domain/RowMeta.h"

namespace leverage {

struct Organization
{
    RowMeta meta;
    QString name;
    QString kind; // "retailer", "insurer", "delivery contractor" …: free text
    QString phone;
    QString website;
    QString notes;

    friend bool operator==(const Organization &, const Organization &) = default;
};

} // namespace leverage
