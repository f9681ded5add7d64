#include "ui/models/common/LocalTimeText.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

// Sets the default locale for one test and puts the previous one back.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

const QDateTime kMoment(QDate(2026, 3, 2), QTime(9, 5, 7));

} // namespace

TEST(LocalTimeTextTest, TheCLocaleShowsMinutesNotSeconds)
{
    LocaleScope scope(QLocale::c());
    EXPECT_EQ(models::shortDateTime(kMoment), QStringLiteral("2 Mar 2026 09:05"));
    EXPECT_EQ(models::shortDate(kMoment.date()), QStringLiteral("2 Mar 2026"));
}

TEST(LocalTimeTextTest, FollowsTheUsersLocale)
{
    LocaleScope scope(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text = models::shortDateTime(kMoment);
    EXPECT_TRUE(text.startsWith(QStringLiteral("3/2/26"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("9:05"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(":07"))) << text.toStdString();
}

TEST(LocalTimeTextTest, AnUnsetMomentIsEmpty)
{
    EXPECT_TRUE(models::shortDateTime(Instant{}).isEmpty());
    EXPECT_TRUE(models::shortDate(Instant{}).isEmpty());
    EXPECT_TRUE(models::shortDate(QDate()).isEmpty());
}
