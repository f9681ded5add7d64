#pragma once

#include <QStringList>
#include <QTextStream>
#include <vector>

namespace leverage::app {

// What a headless verb gets: its own arguments (after the verb), and where to write.
// A verb returns the process exit status: 0 on success, non-zero with a one-line reason on err.
struct VerbContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

struct Verb
{
    const char *name;
    const char *summary;
    int (*run)(VerbContext &context);
};

// Every verb of `leverage VERB …`, in the order --help lists them.
const std::vector<Verb> &verbs();
const Verb *findVerb(const QString &name);

} // namespace leverage::app
