#pragma once

#include "base/Result.h"
#include "export/ExportOptions.h"

#include <QList>
#include <QString>

namespace pathak {

// Plain Markdown export: title, caption and credit, body, source link,
// optionally the comments. Highlights become <mark> runs in their colour
// (style="background: #rrggbb", class="pathak-green"), the underline style
// <u> with its line colour, and notes become footnotes ([^1]), numbered
// through the whole document.
class MarkdownExporter
{
public:
    static QString toMarkdown(const QList<ExportArticle> &articles, bool includeComments);
    // Writes the file only when the whole export succeeded.
    static Status writeFile(const QList<ExportArticle> &articles, bool includeComments, const QString &path);

    // Backslash-escapes what Markdown would read as markup; atBlockStart
    // also guards a leading #, -, + or "1." that would start a heading or list.
    static QString escape(const QString &text, bool atBlockStart = true);
};

} // namespace pathak
