// libFuzzer target for the search query language (search::QueryParser::parse): whatever the
// user types or pastes, it returns a query or an error with a position inside the text, never
// crashes, loops or overflows (ASan, UBSan).
//
// Seeds: tests/fuzz/corpus/query_parser (every construct of the language, one per file).
#include "core/search/QueryParser.h"

#include <cstdint>
#include <cstdlib>

using namespace leverage;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = search::QueryParser::parse(text);
    // A refusal points at a character of what was typed and says something.
    if (!parsed &&
        (parsed.errorPosition < 0 || parsed.errorPosition > text.size() || parsed.error.isEmpty()))
        std::abort();
    return 0;
}
