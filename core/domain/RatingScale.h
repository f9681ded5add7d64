#pragma once

#include <QString>
#include <QStringList>

namespace leverage {

// The two 1–5 scales a contact is rated on, worded once for every dialog, page and document.
enum class RatingScale
{
    Effort,     // how hard the contact was: 1 easy … 5 very difficult
    Helpfulness // how helpful the person was: 1 unhelpful … 5 went out of their way
};

// The five words, for 1 to 5.
QStringList ratingWords(RatingScale scale);
// "4 – Helpful"; empty outside 1–5.
QString ratingLabel(RatingScale scale, int value);

} // namespace leverage
