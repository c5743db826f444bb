#include "export/PdfRenderer.h"

#include "annotation/Annotation.h"
#include "annotation/AnnotationPalette.h"
#include "article/ArticleLabels.h"
#include "export/PdfLayoutSession.h"
#include "text/BengaliText.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <QMap>
#include <QStringList>

namespace pathak {

PdfRenderer::PdfRenderer(PdfOptions options) : m_options(std::move(options)) {}

Result<PdfRendering> PdfRenderer::render(const QList<ExportArticle> &articles) const
{
    if (articles.isEmpty())
        return Result<PdfRendering>::failure(QStringLiteral("nothing to export"));
    if (!(m_options.fontSize >= PdfOptions::minFontSize && m_options.fontSize <= PdfOptions::maxFontSize))
        return Result<PdfRendering>::failure(QStringLiteral("font size must be between %1 and %2 points")
                                                 .arg(PdfOptions::minFontSize)
                                                 .arg(PdfOptions::maxFontSize));
    if (!hasFontFamily(m_options.fontFamily))
        return Result<PdfRendering>::failure(
            QStringLiteral("font family \"%1\" is not installed").arg(m_options.fontFamily));

    QByteArray out;
    out.reserve(1 << 20);
    PdfLayoutSession session(m_options, &out);

    QStringList titles, authors;
    for (const ExportArticle &a : articles) {
        titles.append(a.article.title);
        if (a.article.source && !authors.contains(a.article.source->label))
            authors.append(a.article.source->label);
    }
    const Article &first = articles.first().article;
    session.setMetadata(CAIRO_PDF_METADATA_TITLE,
                        articles.size() == 1
                            ? first.title
                            : QStringLiteral("%1টি নিবন্ধ").arg(bengaliNumber(int(articles.size()))));
    session.setMetadata(CAIRO_PDF_METADATA_AUTHOR, authors.join(QStringLiteral(", ")));
    session.setMetadata(CAIRO_PDF_METADATA_SUBJECT,
                        articles.size() == 1 ? BengaliText::cutAtWordBoundary(
                                                   BengaliText::firstSentence(first.paragraphs.value(0)), 200)
                                             : titles.join(QStringLiteral("; ")));
    session.setMetadata(CAIRO_PDF_METADATA_CREATOR, QStringLiteral("Pathak"));

    for (const ExportArticle &a : articles)
        session.drawArticle(a);
    return session.finish(&out);
}

bool PdfRenderer::hasFontFamily(const QString &family)
{
    PangoFontFamily **families = nullptr;
    int n = 0;
    pango_font_map_list_families(pango_cairo_font_map_get_default(), &families, &n);
    bool found = false;
    for (int i = 0; i < n && !found; ++i)
        found =
            QString::fromUtf8(pango_font_family_get_name(families[i])).compare(family, Qt::CaseInsensitive) ==
            0;
    g_free(families);
    return found;
}

std::pair<double, double> PdfRenderer::pageSize(PaperSize paper)
{
    switch (paper) {
    case PaperSize::Letter:
        return {612.0, 792.0};
    case PaperSize::A4:
        break;
    }
    return {595.2756, 841.8898};
}

void PdfRenderer::highlightColor(const QString &name, double &red, double &green, double &blue)
{
    // The annotation colours as the palette prints them; a few more names
    // for marks that are not annotations, in the same light tints.
    static const QMap<QString, quint32> otherNames{{QStringLiteral("red"), 0xf6a5a5},
                                                   {QStringLiteral("orange"), 0xffcc80},
                                                   {QStringLiteral("grey"), 0xd6d6d6},
                                                   {QStringLiteral("gray"), 0xd6d6d6}};
    quint32 rgb = AnnotationPalette::printRgb(AnnotationColor::Yellow);
    const QString key = name.trimmed().toLower();
    if (const std::optional<AnnotationColor> color = Annotation::colorFromName(key)) {
        rgb = AnnotationPalette::printRgb(*color);
    } else if (otherNames.contains(key)) {
        rgb = otherNames.value(key);
    } else if (key.size() == 7 && key.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint v = QStringView(key).mid(1).toUInt(&ok, 16);
        if (ok)
            rgb = v;
    }
    red = double((rgb >> 16) & 0xff) / 255.0;
    green = double((rgb >> 8) & 0xff) / 255.0;
    blue = double(rgb & 0xff) / 255.0;
}

bool PdfRenderer::isUnderline(const QString &colorName)
{
    return AnnotationPalette::isUnderline(colorName.trimmed());
}

QString PdfRenderer::bengaliNumber(int n)
{
    return ArticleLabels::number(n);
}

} // namespace pathak
