#pragma once

#include <QString>
#include <optional>

namespace leverage {

// How a contact with the company happened.
enum class Channel
{
    Call,
    Email,
    Letter,
    Chat,
    Visit,
    Note
};

QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(const QString &key);
QString channelLabel(Channel channel);

} // namespace leverage
