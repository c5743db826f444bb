#pragma once

#include <QString>

namespace pathak {

// Text and attribute values as XHTML and the package files take them:
// markup characters escaped, and characters XML 1.0 forbids (C0 controls
// other than tab and line feed, lone surrogates, U+FFFE and U+FFFF)
// dropped, so no article text can break the document or add markup.
class EpubXml
{
public:
    static QString escape(const QString &text);
    // An http or https address as an href, percent-encoded; empty for any
    // other scheme (javascript:, file:, data: are never linked).
    static QString httpHref(const QString &url);
};

} // namespace pathak
