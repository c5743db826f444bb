#include "article/ArticleLabels.h"

#include <gtest/gtest.h>

using namespace pathak;

TEST(ArticleLabels, BylineInBengaliWithEitherPartAlone)
{
    EXPECT_EQ(ArticleLabels::byline(QStringLiteral("নিজস্ব প্রতিবেদক"), QStringLiteral("2026-12-03")),
              QStringLiteral("নিজস্ব প্রতিবেদক · ৩ ডিসেম্বর ২০২৬"));
    EXPECT_EQ(ArticleLabels::byline(QString(), QStringLiteral("2026-02-14T09:10:00+06:00")),
              QStringLiteral("১৪ ফেব্রুয়ারী ২০২৬"));
    EXPECT_EQ(ArticleLabels::byline(QStringLiteral(" রহিম "), QStringLiteral("not a date")),
              QStringLiteral("রহিম"));
    EXPECT_TRUE(ArticleLabels::byline(QString(), QString()).isEmpty());
}
