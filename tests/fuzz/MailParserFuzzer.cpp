// libFuzzer target for the e-mail readers (MailParser::parseMessage and parseMbox, through
// GMime), the evidence import's way in: any bytes give messages or a refusal, never a crash,
// a leak or an overflow (ASan, UBSan).
//
// Seeds: tests/fuzz/corpus/mail_parser (plain, multipart, encoded, forwarded and mbox samples).
#include "core/evidence/MailParser.h"

#include <QGuiApplication>
#include <cstdint>
#include <cstdlib>

using namespace leverage;

// An HTML-only message is read as text through QTextDocument, which wants a GUI application
// (offscreen: the fuzzer has no display).
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static QGuiApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString source = QStringLiteral("fuzz");
    auto message = MailParser::parseMessage(bytes, source);
    // An accepted message has a sender's address: that is what makes it one.
    if (message && !message->senderAddress.contains(QLatin1Char('@')))
        std::abort();
    if (auto mailbox = MailParser::parseMbox(bytes, source))
        for (const auto &each : *mailbox)
            if (!each.senderAddress.contains(QLatin1Char('@')))
                std::abort();
    return 0;
}
