#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace leverage {

// One content line of a vCard after unfolding and decoding: `group.NAME;params:value`.
// The value is decoded text (quoted-printable and character sets resolved) but still
// escaped, because structured values (N, ORG) are split on unescaped semicolons first.
struct VCardProperty
{
    QString group;                             // "item1" in "item1.TEL", else empty
    QString name;                              // upper case
    QList<QPair<QString, QString>> parameters; // names upper case, values as written
    QString value;
    int line = 0;

    // Every value of a parameter, split on commas ("TYPE=work,voice" and "TYPE=work;TYPE=voice"
    // both give {"work", "voice"}), lower case.
    QStringList parameterValues(const QString &parameterName) const
    {
        QStringList values;
        for (const auto &parameter : parameters)
            if (parameter.first == parameterName)
                for (const auto &part : parameter.second.split(QLatin1Char(',')))
                    if (!part.trimmed().isEmpty())
                        values.append(part.trimmed().toLower());
        return values;
    }
};

} // namespace leverage
