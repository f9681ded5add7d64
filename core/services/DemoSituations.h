#pragma once

#include "core/util/Result.h"

namespace leverage {

class DemoWriter;
class Workspace;

// The demo's situations, each drawn from the field notes; DemoWorkspaceBuilder runs them in
// this order (later ones use the people and cases of earlier ones by handle).
void addOrganizationsAndPeople(DemoWriter &d);
void addReimbursementCase(DemoWriter &d);
void addApplianceCase(DemoWriter &d);
void addInstallerToApplianceCase(DemoWriter &d);
void addDslCase(DemoWriter &d);
void addInsurerCase(DemoWriter &d);
void addTherapyCase(DemoWriter &d);
void addUkBankCase(DemoWriter &d, Workspace &workspace);
Status addLetters(DemoWriter &d, Workspace &workspace);

} // namespace leverage
