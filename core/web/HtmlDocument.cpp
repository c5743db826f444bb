#include "web/HtmlDocument.h"

#include <QByteArrayView>

#include <algorithm>
#include <cctype>

namespace pathak {

namespace {

// Elements that never stay open: void elements, and those the parser
// closes by itself when the next one starts.
bool neverNests(QByteArrayView name)
{
    static const char *const names[] = {
        "area",  "base", "br", "col", "embed", "hr", "img",    "input", "link", "meta", "param",   "source",
        "track", "wbr",  "p",  "li",  "dt",    "dd", "option", "tr",    "td",   "th",   "!doctype"};
    for (const char *n : names) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HtmlDocument::HtmlDocument(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are not reported; no need to keep them
    m_output.reset(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

int HtmlDocument::roughNestingDepth(const QByteArray &utf8)
{
    int depth = 0;
    int deepest = 0;
    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (d[i] != '<')
            continue;
        if (d[i + 1] == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && (std::isalnum(static_cast<unsigned char>(d[j])) || d[j] == '!'))
            ++j;
        if (j == i + 1 || neverNests(QByteArrayView(d + i + 1, j - i - 1)))
            continue;
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace pathak
