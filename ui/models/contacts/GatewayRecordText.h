#pragma once

#include "core/contacts/GatewayRecord.h"

#include <QString>

namespace leverage::models {

// The track record in a sentence a person reads without a legend: "Can-do, go-to (helped more
// than once …) — helped in 2 of 2 cases: helped on “DSL install …”, and routed it to someone
// who fixed it; helped on “MRI claim …”". The cases in the order the contact met them.
QString trackRecordSentence(const GatewayRecord &record);
// The same without the label, for a page that sets the label apart: "(Helped more …) — …".
QString trackRecordDetails(const GatewayRecord &record);

} // namespace leverage::models
