// libFuzzer target for the vCard reader (VCardReader::read), the contacts import's way in:
// whatever the bytes, it returns cards or one error naming a line, never crashes, leaks or
// overflows (ASan, UBSan), and what it returns is clean of control characters.
//
// Seeds: tests/fuzz/corpus/vcard_reader (cards of every version, from the importer's tests).
#include "core/vcard/VCardReader.h"

#include <cstdint>
#include <cstdlib>

using namespace leverage;

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    VCardReader reader;
    auto cards = reader.read(bytes);
    if (!cards)
        return 0;
    // An accepted file never smuggles a terminal escape into a name.
    for (const auto &card : *cards)
        if (hasControlCharacters(card.contact.name) ||
            hasControlCharacters(card.contact.position) ||
            hasControlCharacters(card.organizationName))
            std::abort();
    return 0;
}
