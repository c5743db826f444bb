#include "web/HtmlDocument.h"

namespace pathak {

HtmlDocument::HtmlDocument(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are not reported; no need to keep them
    m_output.reset(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

} // namespace pathak
