#pragma once

#include <QString>
#include <optional>

namespace leverage {

enum class CommitmentStatus
{
    Pending,
    Kept,
    Broken,
    Withdrawn
};

QString commitmentStatusKey(CommitmentStatus status);
std::optional<CommitmentStatus> commitmentStatusFromKey(const QString &key);
QString commitmentStatusLabel(CommitmentStatus status);

} // namespace leverage
