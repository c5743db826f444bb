#include "export/EpubExporter.h"

#include "annotation/AnnotationPalette.h"
#include "article/ArticleLabels.h"
#include "base/SafeFileWriter.h"
#include "export/EpubArticlePage.h"
#include "export/EpubFontSubsetter.h"
#include "export/EpubXml.h"
#include "export/EpubZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

namespace pathak {

namespace {

struct EmbeddedFont
{
    const char *file;
    const char *family;
    const char *weight;
};

// Serif for the reading text and headings, Sans for captions and notes, as the reader sets them.
constexpr EmbeddedFont embeddedFonts[] = {
    {"NotoSerifBengali-Regular.ttf", "Noto Serif Bengali", "normal"},
    {"NotoSerifBengali-Bold.ttf", "Noto Serif Bengali", "bold"},
    {"NotoSansBengali-Regular.ttf", "Noto Sans Bengali", "normal"},
};

QString findFont(const QString &directory, const QString &file)
{
    QStringList folders;
    if (!directory.isEmpty())
        folders << directory;
    else
        folders << QStringLiteral("/usr/share/fonts/truetype/noto") << QStringLiteral("/usr/share/fonts/noto")
                << QStringLiteral("/usr/local/share/fonts")
                << QDir::homePath() + QStringLiteral("/.local/share/fonts");
    for (const QString &folder : folders) {
        const QFileInfo info(QDir(folder).filePath(file));
        if (info.isFile())
            return info.absoluteFilePath();
    }
    return {};
}

QString stylesheet(bool withFonts)
{
    QString css;
    if (withFonts) {
        for (const EmbeddedFont &f : embeddedFonts)
            css += QStringLiteral(
                       "@font-face {\n  font-family: \"%1\";\n  font-weight: %2;\n  font-style: normal;\n"
                       "  src: url(\"fonts/%3\");\n}\n")
                       .arg(QLatin1String(f.family), QLatin1String(f.weight), QLatin1String(f.file));
    }
    css += QStringLiteral("body { font-family: \"Noto Serif Bengali\", serif; line-height: 1.6; }\n"
                          "h1 { font-size: 1.5em; line-height: 1.3; }\n"
                          "h2 { font-size: 1.15em; }\n"
                          "figure.lead { margin: 1em 0; }\n"
                          "figure.lead img { max-width: 100%; }\n"
                          "figcaption, .figure-caption, .source, .comments, .notes { font-family: \"Noto "
                          "Sans Bengali\", sans-serif; "
                          "font-size: 0.9em; }\n"
                          ".credit { font-style: italic; }\n"
                          "mark { color: #1a1a1a; }\n"
                          "a.noteref { vertical-align: super; font-size: 0.75em; line-height: 0; }\n");
    // One class per annotation colour, in the colours the reader shows.
    for (AnnotationColor c : Annotation::colors()) {
        const QString name = Annotation::colorName(c);
        if (AnnotationPalette::isUnderline(c))
            css += QStringLiteral(".pathak-%1 { text-decoration: underline; text-decoration-color: %2; }\n")
                       .arg(name, AnnotationPalette::hex(c));
        else
            css += QStringLiteral("mark.pathak-%1 { background-color: %2; }\n")
                       .arg(name, AnnotationPalette::hex(c));
    }
    if (!css.contains(QLatin1String(".pathak-underline")))
        css += QStringLiteral(".pathak-underline { text-decoration: underline; }\n");
    return css;
}

QString container()
{
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        "<rootfiles>\n"
        "<rootfile full-path=\"EPUB/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
        "</rootfiles>\n</container>\n");
}

struct Chapter
{
    QString file;    // relative to EPUB/
    QString heading; // as shown
    QString image;   // relative to EPUB/, empty for none
    QString imageType;
};

QString navigation(const QString &title, const QList<Chapter> &chapters)
{
    QString items;
    for (const Chapter &c : chapters)
        items += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n").arg(c.file, EpubXml::escape(c.heading));
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!DOCTYPE html>\n"
               "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
               "lang=\"bn\" xml:lang=\"bn\">\n"
               "<head>\n<meta charset=\"UTF-8\"/>\n<title>%1</title>\n"
               "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n"
               "<body>\n<nav epub:type=\"toc\" id=\"toc\">\n<h1>%1</h1>\n<ol>\n%2</ol>\n</nav>\n"
               "</body>\n</html>\n")
        .arg(EpubXml::escape(title), items);
}

QString ncx(const QString &identifier, const QString &title, const QList<Chapter> &chapters)
{
    QString points;
    for (qsizetype i = 0; i < chapters.size(); ++i)
        points +=
            QStringLiteral("<navPoint id=\"nav-%1\" playOrder=\"%1\">\n<navLabel><text>%2</text></navLabel>\n"
                           "<content src=\"%3\"/>\n</navPoint>\n")
                .arg(i + 1)
                .arg(EpubXml::escape(chapters.at(i).heading), chapters.at(i).file);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"bn\">\n"
               "<head>\n<meta name=\"dtb:uid\" content=\"%1\"/>\n<meta name=\"dtb:depth\" content=\"1\"/>\n"
               "<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n"
               "<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n"
               "<docTitle><text>%2</text></docTitle>\n<navMap>\n%3</navMap>\n</ncx>\n")
        .arg(identifier, EpubXml::escape(title), points);
}

QString package(const QString &identifier, const QString &title, const QString &modified,
                const QList<Chapter> &chapters, const QStringList &fonts)
{
    QString manifest =
        QStringLiteral("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" "
                       "properties=\"nav\"/>\n"
                       "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n"
                       "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
    QString spine;
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const Chapter &c = chapters.at(i);
        manifest +=
            QStringLiteral("<item id=\"article-%1\" href=\"%2\" media-type=\"application/xhtml+xml\"/>\n")
                .arg(i + 1)
                .arg(c.file);
        if (!c.image.isEmpty())
            manifest += QStringLiteral("<item id=\"image-%1\" href=\"%2\" media-type=\"%3\"/>\n")
                            .arg(i + 1)
                            .arg(c.image, c.imageType);
        spine += QStringLiteral("<itemref idref=\"article-%1\"/>\n").arg(i + 1);
    }
    for (qsizetype i = 0; i < fonts.size(); ++i)
        manifest += QStringLiteral("<item id=\"font-%1\" href=\"%2\" media-type=\"font/ttf\"/>\n")
                        .arg(i + 1)
                        .arg(fonts.at(i));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                          "unique-identifier=\"book-id\" xml:lang=\"bn\">\n"
                          "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                          "<dc:identifier id=\"book-id\">%1</dc:identifier>\n"
                          "<dc:title>%2</dc:title>\n<dc:language>bn</dc:language>\n"
                          "<meta property=\"dcterms:modified\">%3</meta>\n</metadata>\n"
                          "<manifest>\n%4</manifest>\n<spine toc=\"ncx\">\n%5</spine>\n</package>\n")
        .arg(identifier, EpubXml::escape(title), modified, manifest, spine);
}

// Every character the book's text uses, for the font subsets.
void collectCodePoints(const QString &text, QSet<char32_t> &into)
{
    for (char32_t c : text.toUcs4())
        into.insert(c);
}

} // namespace

QString EpubExporter::imageMediaType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    return {};
}

Result<QByteArray> EpubExporter::toEpub(const QList<ExportArticle> &articles,
                                        const QList<QByteArray> &leadImages, EpubExportSummary *summary) const
{
    using R = Result<QByteArray>;
    if (articles.isEmpty())
        return R::failure(QStringLiteral("nothing to export"));
    EpubExportSummary counts;
    QList<Chapter> chapters;
    QList<QString> pages;
    QSet<char32_t> used;
    int nextNote = 1;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const ExportArticle &item = articles.at(i);
        Chapter c;
        c.file = QStringLiteral("article-%1.xhtml").arg(i + 1, 3, 10, QLatin1Char('0'));
        c.imageType = imageMediaType(leadImages.value(i));
        if (!c.imageType.isEmpty()) {
            const QString extension =
                c.imageType.mid(6) == QLatin1String("jpeg") ? QStringLiteral("jpg") : c.imageType.mid(6);
            c.image = QStringLiteral("images/lead-%1.%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(extension);
            ++counts.images;
        }
        EpubArticlePage::Page page =
            EpubArticlePage::render(item, m_options.includeComments, nextNote, c.image);
        nextNote += page.notes;
        counts.notes += int(page.xhtml.count(QLatin1String("epub:type=\"footnote\"")));
        c.heading = page.heading.isEmpty() ? ArticleLabels::number(int(i + 1)) : page.heading;
        collectCodePoints(page.xhtml, used);
        pages.append(page.xhtml);
        chapters.append(c);
    }
    counts.articles = int(articles.size());

    const QString title =
        articles.size() == 1
            ? chapters.first().heading
            : QStringLiteral("পাঠক সংকলন: %1টি লেখা").arg(ArticleLabels::number(int(articles.size())));
    collectCodePoints(title, used);
    // The identifier names the content, so the same articles keep it.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &p : std::as_const(pages))
        hash.addData(p.toUtf8());
    const QString identifier =
        QStringLiteral("urn:uuid:") +
        QUuid::createUuidV5(QUuid(QStringLiteral("{6c7a3f2e-6a0d-4b5e-9a57-2f1f6b0e8d31}")), hash.result())
            .toString(QUuid::WithoutBraces);
    const QDateTime when = m_options.modified.isValid() ? m_options.modified.toUTC()
                                                        : QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    const QString modified = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));

    EpubZipWriter zip;
    // The mimetype first and stored, as the OCF container requires.
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/epub+zip"),
            EpubZipWriter::Method::Stored);
    zip.add(QStringLiteral("META-INF/container.xml"), container().toUtf8());
    QStringList fontFiles;
    QList<QByteArray> fontBytes;
    if (m_options.embedFonts) {
        // Digits and Latin letters a device may fall back from, besides the text itself.
        for (char32_t c = 0x20; c < 0x7f; ++c)
            used.insert(c);
        for (const EmbeddedFont &f : embeddedFonts) {
            const QString path = findFont(m_options.fontDirectory, QLatin1String(f.file));
            if (path.isEmpty())
                return R::failure(QStringLiteral("the font %1 was not found (install fonts-noto-core)")
                                      .arg(QLatin1String(f.file)));
            Result<QByteArray> cut = EpubFontSubsetter::subset(path, used);
            if (!cut)
                return R::failure(cut.error());
            fontFiles.append(QStringLiteral("fonts/") + QLatin1String(f.file));
            fontBytes.append(cut.value());
        }
        counts.fonts = int(fontFiles.size());
    }
    zip.add(QStringLiteral("EPUB/content.opf"),
            package(identifier, title, modified, chapters, fontFiles).toUtf8());
    zip.add(QStringLiteral("EPUB/nav.xhtml"), navigation(title, chapters).toUtf8());
    zip.add(QStringLiteral("EPUB/toc.ncx"), ncx(identifier, title, chapters).toUtf8());
    zip.add(QStringLiteral("EPUB/style.css"), stylesheet(m_options.embedFonts).toUtf8());
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        zip.add(QStringLiteral("EPUB/") + chapters.at(i).file, pages.at(i).toUtf8());
        // Images are compressed already.
        if (!chapters.at(i).image.isEmpty())
            zip.add(QStringLiteral("EPUB/") + chapters.at(i).image, leadImages.at(i),
                    EpubZipWriter::Method::Stored);
    }
    for (qsizetype i = 0; i < fontFiles.size(); ++i)
        zip.add(QStringLiteral("EPUB/") + fontFiles.at(i), fontBytes.at(i));
    Result<QByteArray> archive = zip.finish();
    if (archive && summary)
        *summary = counts;
    return archive;
}

Result<EpubExportSummary> EpubExporter::writeFile(const QList<ExportArticle> &articles,
                                                  const QList<QByteArray> &leadImages,
                                                  const QString &path) const
{
    EpubExportSummary summary;
    Result<QByteArray> bytes = toEpub(articles, leadImages, &summary);
    if (!bytes)
        return Result<EpubExportSummary>::failure(bytes.error());
    Status written = SafeFileWriter::write(path, bytes.value());
    if (!written)
        return Result<EpubExportSummary>::failure(written.error());
    return summary;
}

} // namespace pathak
