#include "core/domain/CaseOrganizationRole.h"

#include <QCoreApplication>

namespace leverage {
namespace {

struct Role
{
    const char *key;
    const char *label;
};

constexpr Role kRoles[] = {
    {"seller", QT_TRANSLATE_NOOP("leverage", "Seller")},
    {"installer", QT_TRANSLATE_NOOP("leverage", "Installer")},
    {"insurer", QT_TRANSLATE_NOOP("leverage", "Insurer")},
    {"provider", QT_TRANSLATE_NOOP("leverage", "Provider")},
    {"regulator", QT_TRANSLATE_NOOP("leverage", "Regulator")},
};

} // namespace

QStringList caseOrganizationRoles()
{
    QStringList keys;
    for (const auto &role : kRoles)
        keys << QString::fromLatin1(role.key);
    return keys;
}

QString caseOrganizationRoleLabel(const QString &role)
{
    // A role written as its English label ("Regulator") reads as the known one too.
    const QString key = caseOrganizationRoleKey(role);
    for (const auto &known : kRoles)
        if (key == QLatin1String(known.key))
            return QCoreApplication::translate("leverage", known.label);
    return role;
}

QString caseOrganizationRoleKey(const QString &labelOrText)
{
    const QString text = labelOrText.trimmed();
    for (const auto &known : kRoles)
        if (text.compare(QCoreApplication::translate("leverage", known.label),
                         Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1String(known.key), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(known.key);
    return text;
}

} // namespace leverage
