#include "core/letters/LetterTemplates.h"

#include "core/store/LetterSettingsRepository.h"

#include <QFile>

namespace leverage {

QStringList LetterTemplates::partNames()
{
    return {QStringLiteral("history"), QStringLiteral("promises"), QStringLiteral("deadline")};
}

QStringList LetterTemplates::names()
{
    QStringList names{frameName()};
    names += partNames();
    for (auto kind : allLetterKinds())
        names << letterKindKey(kind);
    return names;
}

QString LetterTemplates::shipped(const QString &name)
{
    QFile file(QStringLiteral(":/letters/%1.mustache").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Result<LetterTemplates> LetterTemplates::of(Workspace &workspace)
{
    LetterTemplates templates;
    LetterSettingsRepository settings(workspace);
    for (const auto &name : names()) {
        auto copy = settings.userTemplate(name);
        if (!copy)
            return copy.error();
        if (*copy)
            templates.m_user.insert(name, **copy);
    }
    return templates;
}

QString LetterTemplates::text(const QString &name) const
{
    auto user = m_user.constFind(name);
    return user != m_user.cend() ? *user : shipped(name);
}

} // namespace leverage
