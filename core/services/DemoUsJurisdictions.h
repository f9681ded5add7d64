#pragma once

namespace leverage {

class DemoWriter;
class Workspace;

// Clocks (issue 19): the demo's US cases get their jurisdiction and sector, so the clocks that
// apply to them show (waiting for their trigger) beside the UK case's.
void addUsJurisdictions(DemoWriter &d, Workspace &workspace);

} // namespace leverage
