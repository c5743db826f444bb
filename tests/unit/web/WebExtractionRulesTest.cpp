// The rules of the web extraction one by one: caption credits in each
// printed form, Bengali boilerplate lines, text outside <p>, neighbouring
// inline elements, and what makes a page no article.
#include "web/BoilerplateText.h"
#include "web/CaptionText.h"
#include "web/HtmlExtractor.h"
#include "web/PublicationFacts.h"
#include "web/SiteRule.h"

#include <gtest/gtest.h>

using namespace pathak;

namespace {

const QUrl kPage(QStringLiteral("https://news.example.org/bn/story"));

Caption caption(const char *text)
{
    return CaptionText::split(QString::fromUtf8(text));
}

QString failureOf(const QString &html)
{
    const Result<WebArticle> r = HtmlExtractor::extract(html, kPage);
    return r.ok() ? QString() : r.error();
}

} // namespace

TEST(WebExtractionRules, CreditsInEveryForm)
{
    EXPECT_EQ(caption("নদীর তীরে নৌকা। (ছবি: রয়টার্স)"),
              (Caption{QStringLiteral("নদীর তীরে নৌকা।"), QStringLiteral("রয়টার্স")}));
    EXPECT_EQ(caption("নদীর তীরে নৌকা। ছবি: সাজিদ হোসেন"),
              (Caption{QStringLiteral("নদীর তীরে নৌকা।"), QStringLiteral("সাজিদ হোসেন")}));
    EXPECT_EQ(caption("নদীর তীরে নৌকা | ছবি: ইত্তেফাক"),
              (Caption{QStringLiteral("নদীর তীরে নৌকা"), QStringLiteral("ইত্তেফাক")}));
    EXPECT_EQ(caption("নদীর তীরে নৌকা। ছবি : কালের কণ্ঠ"),
              (Caption{QStringLiteral("নদীর তীরে নৌকা।"), QStringLiteral("কালের কণ্ঠ")}));
    EXPECT_EQ(caption("বইমেলায় ভিড়। রবিবার সল্টলেকে। —নিজস্ব চিত্র।"),
              (Caption{QStringLiteral("বইমেলায় ভিড়। রবিবার সল্টলেকে।"), QStringLiteral("নিজস্ব চিত্র")}));
    EXPECT_EQ(caption("আগুন নেভাতে কাজ করছেন কর্মীরা । ছবি : ঢাকা পোস্ট"),
              (Caption{QStringLiteral("আগুন নেভাতে কাজ করছেন কর্মীরা।"), QStringLiteral("ঢাকা পোস্ট")}));
    // A dash inside the caption is no credit; parentheses that are no credit stay.
    EXPECT_EQ(caption("ঢাকা—চট্টগ্রাম মহাসড়কে যানজট"),
              (Caption{QStringLiteral("ঢাকা—চট্টগ্রাম মহাসড়কে যানজট"), QString()}));
    EXPECT_EQ(caption("মন্ত্রী (বামে) বৈঠকে"), (Caption{QStringLiteral("মন্ত্রী (বামে) বৈঠকে"), QString()}));

    EXPECT_EQ(CaptionText::creditOf(QStringLiteral("ছবির উৎস, Getty Images")),
              QStringLiteral("Getty Images"));
    EXPECT_EQ(CaptionText::creditOf(QStringLiteral(" | ছবি: ঢাকা ট্রিবিউন")), QStringLiteral("ঢাকা ট্রিবিউন"));
    EXPECT_EQ(CaptionText::creditOf(QStringLiteral("(ছবি: দেশ রূপান্তর)")), QStringLiteral("দেশ রূপান্তর"));
    EXPECT_EQ(CaptionText::creditOf(QStringLiteral("Photo: AFP")), QStringLiteral("AFP"));
}

TEST(WebExtractionRules, BengaliBoilerplateLines)
{
    for (const char *line :
         {"বিজ্ঞাপন", "Advertisement", "আরও পড়ুন:", "আরো পড়তে পারেন:", "শেয়ার করুন", "এসএস/এমএইচ", "/এএইচ/",
          "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন", "সব খবর পেতে Google News-এ ফলো করুন আনন্দবাজার অনলাইন",
          "আরও পড়ুন: দিনাজপুরে লিচুর বাগানে ব্যস্ত সময়"})
        EXPECT_TRUE(BoilerplateText::isBoilerplate(QString::fromUtf8(line))) << line;
    for (const char *line : {"বিজ্ঞাপন বাজারে মন্দা চলছে বলে জানিয়েছেন সংস্থাগুলোর কর্তারা।",
                             "তিনি বলেন, আরও পড়ুন বললেই শিক্ষার্থীরা পড়বে না।", "কেন বাড়ছে লবণাক্ততা"})
        EXPECT_FALSE(BoilerplateText::isBoilerplate(QString::fromUtf8(line))) << line;
    // A pull quote repeats a sentence of the body.
    const QStringList body{
        QStringLiteral("জলাশয় ভরাট করে, গাছ কেটে আমরা শহরকে কংক্রিটের বনে পরিণত করেছি। এর দায় আমাদের।"),
        QStringLiteral("জলাশয় ভরাট করে, গাছ কেটে আমরা শহরকে কংক্রিটের বনে পরিণত করেছি।"),
        QStringLiteral("বিজ্ঞাপন")};
    EXPECT_EQ(BoilerplateText::clean(body), QStringList{body.first()});
}

TEST(WebExtractionRules, TextOutsideParagraphsAndNeighbouringElements)
{
    // A body of one <div> with <br><br> between its paragraphs, and a
    // caption whose text and credit are neighbouring <span>s.
    const QString html = QStringLiteral(
        "<html><body><div class='menu'><a href='/'>প্রচ্ছদ</a></div>"
        "<div class='photo'><img src='/a.jpg'><div class='img-caption'><span>হাওরে ধান কাটা।</span>"
        "<span>ছবি: প্রতিনিধি</span></div></div>"
        "<div class='content-details'>হাওরাঞ্চলে বোরো ধান কাটা শুরু হয়েছে, তবে শ্রমিক সংকট রয়েছে।<br><br>"
        "জেলায় এবার ১ লাখ ৮৪ হাজার হেক্টর জমিতে বোরো আবাদ হয়েছে।<br> <br>"
        "কৃষি বিভাগ হাওরে ৬০টি কম্বাইন হারভেস্টার পাঠিয়েছে।</div>"
        "<div class='footer'><p>সম্পাদক: কেউ একজন, ঠিকানা: ঢাকা, সর্বস্বত্ব সংরক্ষিত।</p></div></body></html>");
    const Result<WebArticle> r = HtmlExtractor::extract(html, kPage);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->article.paragraphs,
              (QStringList{QStringLiteral("হাওরাঞ্চলে বোরো ধান কাটা শুরু হয়েছে, তবে শ্রমিক সংকট রয়েছে।"),
                           QStringLiteral("জেলায় এবার ১ লাখ ৮৪ হাজার হেক্টর জমিতে বোরো আবাদ হয়েছে।"),
                           QStringLiteral("কৃষি বিভাগ হাওরে ৬০টি কম্বাইন হারভেস্টার পাঠিয়েছে।")}));
    ASSERT_TRUE(r->article.caption.has_value());
    EXPECT_EQ(*r->article.caption, (Caption{QStringLiteral("হাওরে ধান কাটা।"), QStringLiteral("প্রতিনিধি")}));
    EXPECT_EQ(r->imageUrl, QUrl(QStringLiteral("https://news.example.org/a.jpg")));
}

TEST(WebExtractionRules, HiddenLabelsLeaveTheCaption)
{
    const QString html = QStringLiteral(
        "<main><figure><img src='/s.jpg'><p class='credit'><span class='visually-hidden'>ছবির উৎস, </span>"
        "Getty Images</p><figcaption><span class='bbc-visually-hidden'>ছবির ক্যাপশান, </span>সুন্দরবনের একটি খাল"
        "</figcaption></figure><p>সুন্দরবনের লবণাক্ততা গত দুই দশকে অনেক বেড়েছে বলে জানিয়েছেন বিজ্ঞানীরা।</p>"
        "<p>গবেষকেরা দশ বছর ধরে বনের চল্লিশটি স্থানে নমুনা পরীক্ষা করেছেন, তাতে এ তথ্য মিলেছে।</p></main>");
    const Result<WebArticle> r = HtmlExtractor::extract(html, kPage);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_TRUE(r->article.caption.has_value());
    EXPECT_EQ(*r->article.caption,
              (Caption{QStringLiteral("সুন্দরবনের একটি খাল"), QStringLiteral("Getty Images")}));
    EXPECT_EQ(r->article.paragraphs.size(), 2);
}

TEST(WebExtractionRules, ABriefIsAnArticle)
{
    const Result<WebArticle> r = HtmlExtractor::extract(
        QStringLiteral("<body><div class='nav'><a href='/'>প্রচ্ছদ</a></div><h1>কারখানায় আগুন</h1>"
                       "<div class='details'><p>গাজীপুরে একটি পোশাক কারখানায় আগুন লেগেছে। ফায়ার সার্ভিসের চারটি "
                       "ইউনিট কাজ করছে।</p><p>হতাহতের খবর পাওয়া যায়নি।</p></div></body>"),
        kPage);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->article.paragraphs.size(), 2);
}

TEST(WebExtractionRules, PagesThatAreNoArticleSayWhatTheyAre)
{
    QString cards;
    for (int i = 0; i < 6; ++i)
        cards += QStringLiteral("<div class='card'><a href='/n/%1'><h2>শিরোনাম নম্বর %1 এখানে লেখা</h2></a>"
                                "<p>খবরের এক লাইনের সারাংশ, যা পাঠককে খবরটি খুলতে ডাকে।</p></div>")
                     .arg(i);
    EXPECT_TRUE(failureOf(QStringLiteral("<body><main><div class='grid'>") + cards +
                          QStringLiteral("</div></main></body>"))
                    .startsWith(QStringLiteral("not an article: a list of 6 headlines")));
    EXPECT_EQ(failureOf(QStringLiteral("<body><form><input type='search' name='q' value='বাজেট'></form>") +
                        cards + QStringLiteral("</body>")),
              QStringLiteral("not an article: a search page (results for “বাজেট”)"));
    EXPECT_EQ(failureOf(QStringLiteral(
                  "<body><h1>বিশেষ প্রতিবেদন</h1><p class='teaser'>ব্যাংক খাতে খেলাপি ঋণ সরকারি হিসাবের "
                  "চেয়ে অনেক বেশি, বলছেন বিশেষজ্ঞরা।</p><div class='paywall'><form><input "
                  "type='password'></form></div></body>")),
              QStringLiteral("not an article: the page asks to log in before it shows the article"));
}

TEST(WebExtractionRules, PublishedDateAndAuthor)
{
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("প্রকাশ: ১২ ফেব্রুয়ারি ২০২৬, ১০:৩০"), true),
              QStringLiteral("2026-02-12T10:30"));
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("প্রকাশিত: ১২ ফেব্রুয়ারি ২০২৬, ০৩:১৫ পিএম"), true),
              QStringLiteral("2026-02-12T15:15"));
    EXPECT_EQ(
        PublicationFacts::dateFromText(QStringLiteral("বৃহস্পতিবার ১২ ফেব্রুয়ারি ২০২৬ ০৯:৪৫ পূর্বাহ্ন"), false),
        QStringLiteral("2026-02-12T09:45"));
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("Published : 12 Feb 2026, 10:30 AM"), true),
              QStringLiteral("2026-02-12T10:30"));
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("তারিখ: ১২/০২/২০২৬"), true),
              QStringLiteral("2026-02-12"));
    // Without its label a date in running text is not the article's.
    EXPECT_TRUE(
        PublicationFacts::dateFromText(QStringLiteral("১২ ফেব্রুয়ারি ২০২৬ তারিখে বৈঠক হবে"), true).isEmpty());
    EXPECT_TRUE(PublicationFacts::dateFromText(QStringLiteral("প্রকাশ: ৩১ ফেব্রুয়ারি ২০২৬"), true).isEmpty());
    // Month first, as English-style templates and some Kolkata sites print it.
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("প্রকাশ: ফেব্রুয়ারি ১২, ২০২৬"), true),
              QStringLiteral("2026-02-12"));
    EXPECT_EQ(
        PublicationFacts::dateFromText(QStringLiteral("Published: February 12, 2026 at 3:15 p.m."), true),
        QStringLiteral("2026-02-12T15:15"));
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("Thursday, Feb 5th, 2026"), false),
              QStringLiteral("2026-02-05"));
    EXPECT_EQ(
        PublicationFacts::dateFromText(QStringLiteral("শেষ আপডেট: ডিসেম্বর ৩, ২০২৬ ০৯:১০ পূর্বাহ্ন"), false),
        QStringLiteral("2026-12-03T09:10"));
    // Whichever order comes first is the date stated; a year is not a day.
    EXPECT_EQ(PublicationFacts::dateFromText(QStringLiteral("১২ মার্চ ২০২৬, এপ্রিল ২, ২০২৬ পর্যন্ত"), false),
              QStringLiteral("2026-03-12"));
    EXPECT_TRUE(PublicationFacts::dateFromText(QStringLiteral("মার্চ ২০২৬"), false).isEmpty());

    const Result<WebArticle> r = HtmlExtractor::extract(
        QStringLiteral(
            "<html><head><meta name='author' content='মেটা লেখক'></head><body>"
            "<div class='site-header'><span class='date'>শনিবার, ১৪ ফেব্রুয়ারি ২০২৬</span></div>"
            "<h1>শিরোনাম</h1><div class='author-name'>লিখেছেন নিজস্ব প্রতিবেদক</div>"
            "<div class='news-time'>প্রকাশ: ১২ ফেব্রুয়ারি ২০২৬, ১০:৩০</div><div class='content'>"
            "<p>প্রথম অনুচ্ছেদটি যথেষ্ট লম্বা, যাতে এটি নিবন্ধের লেখা বলে গণ্য হয় এবং বাদ না পড়ে।</p></div>"
            "</body></html>"),
        kPage);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->published, QStringLiteral("2026-02-12T10:30")); // not the header's today
    EXPECT_EQ(r->authors, QStringList{QStringLiteral("মেটা লেখক")});

    const Result<WebArticle> ld = HtmlExtractor::extract(
        QStringLiteral(
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"শিরোনাম\","
            "\"datePublished\":\"2026-02-14T10:30:00+06:00\",\"author\":[{\"@type\":\"Person\",\"name\":"
            "\"রহিম\"},{\"@type\":\"Person\",\"name\":\"করিম\"}],\"articleBody\":\"এক।\\n\\nদুই।\"}</script>"),
        kPage);
    ASSERT_TRUE(ld.ok()) << ld.error().toStdString();
    EXPECT_EQ(ld->published, QStringLiteral("2026-02-14T10:30:00+06:00"));
    EXPECT_EQ(ld->authors, (QStringList{QStringLiteral("রহিম"), QStringLiteral("করিম")}));
}

TEST(WebExtractionRules, SiteRulesAreDataFiles)
{
    // One rule for each outlet, each of its selectors readable.
    EXPECT_EQ(SiteRule::all().size(), 10);
    for (const char *url : {"https://www.prothomalo.com/bangladesh/x", "https://bangla.bdnews24.com/x",
                            "https://www.bbc.com/bengali/articles/x", "https://www.anandabazar.com/x",
                            "https://www.jugantor.com/x", "https://www.kalerkantho.com/x",
                            "https://samakal.com/x", "https://www.ittefaq.com.bd/x",
                            "https://bangla.thedailystar.net/x", "https://bangla.dhakatribune.com/x"})
        EXPECT_TRUE(SiteRule::forUrl(QUrl(QString::fromLatin1(url))).has_value()) << url;
    EXPECT_FALSE(SiteRule::forUrl(QUrl(QStringLiteral("https://www.bbc.com/news/x"))).has_value());
    EXPECT_FALSE(SiteRule::forUrl(QUrl(QStringLiteral("https://example.org/x"))).has_value());
    EXPECT_FALSE(SiteRule::fromJson(R"({"hosts": ["a.test"], "body": ["div > p"]})").has_value());

    // On its site a rule's body wins over the scoring: a promotion box
    // among the story elements is no story element of text.
    const QString html = QStringLiteral(
        "<html><body><h1 class='headline'>মেট্রোরেলের নতুন স্টেশন</h1><div class='story-card'>"
        "<div class='story-element story-element-text'><p>কমলাপুর স্টেশন আজ যাত্রীদের জন্য খুলে দেওয়া হয়েছে, প্রথম "
        "দিনে ১৮ হাজার যাত্রী চলাচল করেছেন।</p></div>"
        "<div class='story-element story-element-jsembed'><p>আমাদের নতুন অ্যাপ নামিয়ে নিন, সব খবর পাবেন এক "
        "জায়গায়, "
        "বিজ্ঞাপন ছাড়াই, দিনে একবার সেরা খবরের সংক্ষেপও।</p></div>"
        "<div class='story-element story-element-text'><p>কোম্পানির ব্যবস্থাপনা পরিচালক বলেন, যাত্রীরা এখন "
        "সরাসরি "
        "শহরের উত্তর প্রান্তে যেতে পারবেন।</p></div></div>"
        "<div class='author-name'>নিজস্ব প্রতিবেদক</div></body></html>");
    const Result<WebArticle> onSite =
        HtmlExtractor::extract(html, QUrl(QStringLiteral("https://www.prothomalo.com/x")));
    ASSERT_TRUE(onSite.ok()) << onSite.error().toStdString();
    EXPECT_EQ(onSite->article.paragraphs.size(), 2);
    EXPECT_EQ(onSite->article.title, QStringLiteral("মেট্রোরেলের নতুন স্টেশন"));
    const Result<WebArticle> elsewhere = HtmlExtractor::extract(html, kPage);
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_EQ(elsewhere->article.paragraphs.size(), 3);
}

TEST(WebExtractionRules, LiveBlogPostsMergeButStoryCardsDoNot)
{
    const QString post = QStringLiteral("<article class='%1'><h3>%2</h3><p>%2: ভোটকেন্দ্রে সকাল থেকেই ভোটারদের "
                                        "দীর্ঘ সারি দেখা গেছে, জানিয়েছেন কর্মকর্তারা।</p>"
                                        "</article>");
    const QString live = QStringLiteral("<body><div class='feed'>") +
                         post.arg(QStringLiteral("live-post"), QStringLiteral("সকাল আটটা")) +
                         post.arg(QStringLiteral("live-post"), QStringLiteral("সকাল নয়টা")) +
                         post.arg(QStringLiteral("live-post"), QStringLiteral("সকাল দশটা")) +
                         QStringLiteral("</div></body>");
    const Result<WebArticle> blog = HtmlExtractor::extract(live, kPage);
    ASSERT_TRUE(blog.ok()) << blog.error().toStdString();
    EXPECT_EQ(blog->article.paragraphs.size(), 6);

    const QString story = QStringLiteral("<body><div class='feed'>") +
                          post.arg(QStringLiteral("story"), QStringLiteral("মূল খবর")) +
                          post.arg(QStringLiteral("card"), QStringLiteral("অন্য খবর এক")) +
                          post.arg(QStringLiteral("card"), QStringLiteral("অন্য খবর দুই")) +
                          QStringLiteral("</div></body>");
    const Result<WebArticle> one = HtmlExtractor::extract(story, kPage);
    ASSERT_TRUE(one.ok()) << one.error().toStdString();
    EXPECT_TRUE(one->article.paragraphs.last().startsWith(QStringLiteral("মূল খবর")))
        << one->article.paragraphs.join(QLatin1Char('\n')).toStdString();
}
