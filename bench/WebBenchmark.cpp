// Figures for saving from the web (README "Saving from the web"): HTML
// extraction throughput on synthetic Bengali news pages, one large page,
// and how parse time grows with element nesting depth.
#include "article/ArticleParser.h"
#include "ArticleGenerator.h"
#include "web/HtmlExtractor.h"
#include "web/WebPageParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <cstdio>

using namespace pathak;

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// A news page around one generated article: head with OpenGraph and
// JSON-LD, navigation, scripts, a figure and the paragraphs, a footer.
QByteArray page(const Article &a, int index)
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\"><title>%1</title>"
            "<meta property=\"og:site_name\" content=\"দৈনিক উদাহরণ\">"
            "<script "
            "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
            "\"NewsArticle\",\"headline\":\"%1\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/"
            "%2.jpg\"}}]}"
            "</script><script>var tracker = {id: %2};</script></head><body>"
            "<header><nav><a href=\"/\">প্রচ্ছদ</a><a href=\"/bn\">বাংলাদেশ</a></nav></header><main><article>"
            "<h1>%1</h1>")
            .arg(escaped(a.title))
            .arg(index);
    if (a.caption)
        html +=
            QStringLiteral("<figure><img src=\"/img/%1.jpg\"><figcaption>%2 (ছবি: %3)</figcaption></figure>")
                .arg(index)
                .arg(escaped(a.caption->text), escaped(a.caption->credit));
    for (const QString &p : a.paragraphs)
        html += QStringLiteral("<p>") + escaped(p) + QStringLiteral("</p>\n");
    html += QStringLiteral(
        "<iframe src=\"https://ads.example/\"></iframe></article><aside><p>আরও পড়ুন</p></aside></main>"
        "<footer><p>© দৈনিক উদাহরণ</p></footer></body></html>");
    return html.toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bench::ArticleGenerator generator(
        20261128, bench::ArticleGenerator::loadVocabulary(bench::ArticleGenerator::defaultCorpusFolder()));
    const QUrl url(QStringLiteral("https://example.com/bn/news/1"));

    const int count = 2000;
    QList<QByteArray> pages;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        Result<Article> a = ArticleParser::parseText(generator.article(std::uint64_t(i)));
        if (!a)
            return 1;
        pages.append(page(a.value(), i));
        bytes += pages.last().size();
    }
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (const QByteArray &p : std::as_const(pages))
        ok += WebPageParser::parse(p, url, "text/html; charset=utf-8").ok() ? 1 : 0;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("extract: %d news pages (%.1f KiB average), %d extracted, %.0f pages/s, %.1f MiB/s\n", count,
                double(bytes) / count / 1024.0, ok, count / seconds,
                double(bytes) / (1024.0 * 1024.0) / seconds);

    // One large page: a long article near the 20 MiB download cap.
    Result<Article> big = ArticleParser::parseText(generator.article(1, 400000));
    if (!big)
        return 1;
    const QByteArray large = page(big.value(), 1);
    timer.restart();
    Result<WebArticle> parsed = WebPageParser::parse(large, url, "text/html");
    std::printf("large page: %.1f MiB, %lld paragraphs, %.0f ms\n", double(large.size()) / (1024.0 * 1024.0),
                parsed ? qint64(parsed->article.paragraphs.size()) : -1LL,
                double(timer.nsecsElapsed()) / 1e6);

    // Nesting depth: the HTML5 tree builder checks the open-element stack
    // for every start tag, so time grows with depth squared; deeper than
    // HtmlExtractor::maxNestingDepth is refused before parsing.
    for (int depth : {1000, 2000, 2900, 100000}) {
        QString deep = QStringLiteral("<article>");
        for (int i = 0; i < depth; ++i)
            deep += QStringLiteral("<div>");
        deep += QStringLiteral("<p>অনুচ্ছেদ</p>");
        timer.restart();
        const bool extracted = HtmlExtractor::extract(deep, url).ok();
        std::printf("nesting depth %d: %.0f ms%s\n", depth, double(timer.nsecsElapsed()) / 1e6,
                    extracted ? "" : " (refused)");
    }
    return 0;
}
