#pragma once

#include "annotation/AnnotatedArticle.h"

#include <QString>

namespace pathak {

// How one annotation is written in the Markdown export, from a template
// the user may give (`--template FILE`). Placeholders, in double braces:
//   {{quote}}    the passage, marked in its colour (<mark style=…>, the
//                underline style <u style=…>), so Obsidian shows the colour
//   {{text}}     the passage without the colour markup
//   {{note}}     the note
//   {{color}}    the colour's name (also {{colour}}); {{hex}} as #rrggbb
//   {{date}}     the day it was made (2026-12-04); {{datetime}} with the time, UTC
//   {{link}}     a link back to the article, [title](address)
//   {{url}}      the address alone: the article's web address, or
//                pathak://article/ID when it has none
//   {{title}}    the article's title; {{id}} the annotation's id,
//                {{article}} the article's id
// Every value is escaped so that no text of an article or a note becomes
// Markdown or HTML. A placeholder not in this list is left as typed. A
// line whose placeholders all come out empty (the note line of a
// highlight without a note, "Note: {{note}}" too) is dropped, and so is a
// blank line that would follow another. When a value has several lines, each
// line after the first repeats what the template line starts with, if that
// is only block-quote markers (`> `), so a passage of two paragraphs stays
// one quote.
class AnnotationMarkdownTemplate
{
public:
    explicit AnnotationMarkdownTemplate(QString text = defaultText());

    // The template used when none is given.
    static QString defaultText();

    QString render(const AnnotatedArticle &article, const Annotation &annotation) const;

    // The passage in its colour, one marked run per line.
    static QString markedQuote(const Annotation &annotation);

private:
    QString m_text;
};

} // namespace pathak
