// libFuzzer target for the command line: `leverage VERB ARGS…` as the verbs receive it. The
// input is the argument list, one per line, the verb first. Whatever the arguments, a verb
// returns a status, never crashes, never leaves a failure without a reason on stderr, and
// never loses the workspace it was given (whatever it writes, w.leverage is still a database).
//
// The verbs write files, so the arguments are kept to one throw-away folder: each run starts
// in a fresh copy of it (a demo workspace w.leverage, a vCard, an e-mail, a passphrase file),
// and an argument that could reach further is not run: one with a '/' (every path stays a
// name in that folder), or one naming a PostgreSQL server (a team workspace's verbs would
// connect to whatever server runs here). Nor is one with a NUL: a process's arguments are C
// strings and cannot hold one.
//
// Seeds: tests/fuzz/corpus/command_line, one command per verb.
#include "app/verbs/Verb.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <unistd.h>

using namespace leverage;

namespace {

struct Sandbox
{
    QTemporaryDir root;
    QString seed;
    QString work;
};

Sandbox &sandbox()
{
    static Sandbox box;
    return box;
}

int runVerb(const QString &name, const QStringList &arguments, QString *err = nullptr)
{
    const app::Verb *verb = app::findVerb(name);
    if (!verb)
        return -1;
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream errStream(&errText);
    app::VerbContext context{arguments, out, errStream};
    const int status = verb->run(context);
    errStream.flush();
    if (err)
        *err = errText;
    return status;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::abort();
}

// The folder's starting content, made once: what the seeds' commands name.
void makeSeed(const QString &seed)
{
    QDir().mkpath(seed);
    if (runVerb(QStringLiteral("demo"), {QDir(seed).filePath(QStringLiteral("w.leverage"))}) != 0)
        std::abort();
    writeFile(QDir(seed).filePath(QStringLiteral("c.vcf")),
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Ruiz\r\nORG:Atlas Airways\r\n"
              "TEL;TYPE=work:+1 555 0100 ext. 12\r\nEND:VCARD\r\n");
    writeFile(QDir(seed).filePath(QStringLiteral("m.eml")),
              "From: Dana Ruiz <dana@atlas.example>\r\nTo: me@example.org\r\n"
              "Subject: Your refund, ref 77-310\r\nDate: Mon, 2 Mar 2026 09:00:00 -0500\r\n"
              "Message-ID: <1@atlas.example>\r\n\r\nWe will refund you within 5 days.\r\n");
    writeFile(QDir(seed).filePath(QStringLiteral("p.txt")), "correct horse battery staple\n");
}

// The workspace file is still there and still an SQLite database (its 16-byte header).
bool stillAWorkspace(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A fresh copy of the seed folder, made the working folder: the folder is a new one each time,
// and a process left in the removed one would find no file by its name (every command then
// failed at "no workspace").
void resetWork()
{
    Sandbox &box = sandbox();
    QDir work(box.work);
    work.removeRecursively();
    QDir().mkpath(box.work);
    const QDir seed(box.seed);
    for (const QString &name : seed.entryList(QDir::Files))
        if (!QFile::copy(seed.filePath(name), work.filePath(name)))
            std::abort();
    if (::chdir(QFile::encodeName(box.work).constData()) != 0)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static QGuiApplication application(*argc, *argv);
    Sandbox &box = sandbox();
    if (!box.root.isValid())
        std::abort();
    box.seed = box.root.filePath(QStringLiteral("seed"));
    box.work = box.root.filePath(QStringLiteral("work"));
    makeSeed(box.seed);
    resetWork();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 2000)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments = text.split(QLatin1Char('\n'));
    if (arguments.size() < 2 || arguments.size() > 16)
        return 0;
    for (const QString &argument : arguments)
        if (argument.contains(QLatin1Char('/')) || argument.contains(QChar(0)) ||
            argument.contains(QLatin1String("postgres"), Qt::CaseInsensitive))
            return 0;
    const QString name = arguments.takeFirst();
    if (!app::findVerb(name))
        return 0;
    resetWork();
    QString err;
    const int status = runVerb(name, arguments, &err);
    // A failure always says why, in a line a person reads.
    if (status != 0 && err.trimmed().isEmpty())
        std::abort();
    if (!stillAWorkspace(QStringLiteral("w.leverage")))
        std::abort();
    return 0;
}
