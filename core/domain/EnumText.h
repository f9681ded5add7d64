#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace leverage::detail {

// One row per enum value: the stable key stored in the database, and the English label
// (translated at display time). Keys never change once released; labels may.
template <typename Enum> struct EnumText
{
    Enum value;
    const char *key;
    const char *label;
};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<EnumText<Enum>, N> &table, Enum value)
{
    for (const auto &row : table)
        if (row.value == value)
            return QString::fromLatin1(row.key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<EnumText<Enum>, N> &table, const QString &key)
{
    for (const auto &row : table)
        if (key == QLatin1String(row.key))
            return row.value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString labelOf(const std::array<EnumText<Enum>, N> &table, Enum value)
{
    for (const auto &row : table)
        if (row.value == value)
            return QCoreApplication::translate("leverage", row.label);
    return {};
}

} // namespace leverage::detail
