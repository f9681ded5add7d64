// libFuzzer target for clock rule files (ClockRuleJson::parse), which a user imports: any
// bytes give rules or an error, never a crash, a leak or an overflow (ASan, UBSan); accepted
// rules survive a write and a second read unchanged.
//
// Seeds: tests/fuzz/corpus/clock_rules (the shipped rule set and small variants).
#include "core/clocks/ClockRuleJson.h"

#include <cstdint>
#include <cstdlib>

using namespace leverage;
using leverage::clocks::ClockRuleJson;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rules = ClockRuleJson::parse(bytes);
    if (!rules)
        return 0;
    auto again = ClockRuleJson::parse(ClockRuleJson::write(*rules));
    if (!again || again->size() != rules->size())
        std::abort();
    return 0;
}
