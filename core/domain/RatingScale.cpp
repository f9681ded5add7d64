#include "core/domain/RatingScale.h"

#include <QCoreApplication>

namespace leverage {

QStringList ratingWords(RatingScale scale)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    if (scale == RatingScale::Effort)
        return {tr("Easy"), tr("Fairly easy"), tr("Some effort"), tr("Difficult"),
                tr("Very difficult")};
    return {tr("Unhelpful"), tr("Not very helpful"), tr("Somewhat helpful"), tr("Helpful"),
            tr("Very helpful, went out of their way")};
}

QString ratingLabel(RatingScale scale, int value)
{
    const auto words = ratingWords(scale);
    if (value < 1 || value > words.size())
        return {};
    return QCoreApplication::translate("leverage", "%1 – %2").arg(value).arg(words.at(value - 1));
}

} // namespace leverage
