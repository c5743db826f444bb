// Page-controlled strings in tooltips and labels are shown as text: no
// image is loaded, no table laid out, the markup appears as written.
#include "ui/library/PlainToolTip.h"
#include "TestLibrary.h"

#include "ui/library/LibraryModel.h"
#include "ui/search/SearchResultModel.h"

#include <QTextDocument>

#include <gtest/gtest.h>

using namespace pathak;
using namespace pathak::ui;

namespace {

// What the tooltip shows: Qt takes it as HTML (it starts with a tag), so
// the document built from it is what the reader sees.
QString shown(const QVariant &tip)
{
    QTextDocument doc;
    doc.setHtml(tip.toString());
    return doc.toPlainText();
}

QString nestedTables(int depth)
{
    QString s;
    for (int i = 0; i < depth; ++i)
        s += QStringLiteral("<table><tr><td>");
    return s + QStringLiteral("x");
}

} // namespace

TEST(PlainToolTip, MarkupIsShownAsWritten)
{
    const QString hostile =
        QStringLiteral("<img src=\"file:///etc/passwd\"><b>শিরোনাম</b> & <a href=\"javascript:x\">link</a>");
    EXPECT_EQ(shown(PlainToolTip::of(hostile)), hostile);
    // Each level of nested tables once doubled the tooltip's layout time.
    const QString tables = nestedTables(40);
    EXPECT_EQ(shown(PlainToolTip::of(tables)), tables);
    EXPECT_TRUE(PlainToolTip::of(QString()).isEmpty());
}

TEST(PlainToolTip, ListsShowTitlesSourcesAndSnippetsAsText)
{
    test::TestLibrary lib;
    NewArticle a;
    a.article.title = QStringLiteral("<img src=\"file:///etc/passwd\">শিরোনাম");
    a.article.paragraphs = {QStringLiteral("অনুচ্ছেদ।")};
    a.article.source = Source{QStringLiteral("<b>উৎস</b>"), QStringLiteral("https://example.com/<script>")};
    ASSERT_EQ(test::storeArticles(lib.store(), {a}).size(), 1);
    LibraryModel model(lib.db());
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(shown(model.index(0, LibraryModel::TitleColumn).data(Qt::ToolTipRole)), a.article.title);
    EXPECT_EQ(shown(model.index(0, LibraryModel::SourceColumn).data(Qt::ToolTipRole)),
              QStringLiteral("https://example.com/<script>"));

    SearchResultModel results;
    SearchHit hit;
    hit.id = 1;
    hit.title = a.article.title;
    hit.snippet = nestedTables(30);
    results.setHits({hit});
    EXPECT_EQ(shown(results.index(0, 0).data(Qt::ToolTipRole)), hit.snippet);
}
