#pragma once

#include <QString>

namespace pathak::ui {

// A tooltip that shows its text as it is. Qt shows a tooltip as HTML when
// the text looks like HTML, so a title, note, snippet, link or feed error
// from a page would be rendered: images (local files too) loaded, nested
// tables laid out for minutes. Escaped and wrapped, the text is shown
// literally, its line breaks kept.
class PlainToolTip
{
public:
    static QString of(const QString &text);
};

} // namespace pathak::ui
