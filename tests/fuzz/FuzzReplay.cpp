// Runs a libFuzzer target's LLVMFuzzerTestOneInput over every file of the folders given, in the
// ordinary build (and under the asan preset's sanitizers): the hand-made seeds and every input
// the fuzzers found stay checked on each test run, without clang or minutes of fuzzing. A
// reader that crashes, or whose fuzzer target finds a broken promise (std::abort), fails it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Not every target has one: a weak reference is null where it is absent.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir folder(QString::fromLocal8Bit(argv[i]));
        if (!folder.exists()) {
            std::fprintf(stderr, "%s: no such folder\n", argv[i]);
            return 2;
        }
        const auto files = folder.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            QFile input(file.filePath());
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read\n", qPrintable(file.filePath()));
                return 2;
            }
            const QByteArray bytes = input.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                   std::size_t(bytes.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    // A replay that read nothing checked nothing.
    return replayed > 0 ? 0 : 1;
}
