#include "PdfTools.h"

#include "text/BengaliText.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace pathak::test {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QStringList pdfPages(const QString &pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page, the last one too, with a form feed
    return pages;
}

QString pdfRawText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

QString pdfTextIn(const QString &pdf, int page, const QRectF &rect)
{
    const QRect r = rect.toAlignedRect();
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-r"), QStringLiteral("72"),
                QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                QStringLiteral("-x"), QString::number(r.x()), QStringLiteral("-y"), QString::number(r.y()),
                QStringLiteral("-W"), QString::number(r.width()), QStringLiteral("-H"),
                QString::number(r.height()), pdf, QStringLiteral("-")});
}

PdfPageImage pdfPageContent(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"), QString::number(page),
             QStringLiteral("-l"), QString::number(page), QStringLiteral("-hide-annotations"), pdf});
    PdfPageImage image;
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftoppm failed";
        return image;
    }
    // Binary PPM: "P6\nW H\n255\n" then the pixels.
    const QByteArray ppm = p.readAllStandardOutput();
    const QList<QByteArray> header = ppm.left(64).split('\n');
    if (header.size() < 4 || header.at(0) != "P6") {
        ADD_FAILURE() << "pdftoppm gave no PPM";
        return image;
    }
    const QList<QByteArray> size = header.at(1).split(' ');
    image.width = size.value(0).toInt();
    image.height = size.value(1).toInt();
    const qsizetype start = header.at(0).size() + header.at(1).size() + header.at(2).size() + 3;
    image.rgb = ppm.mid(start);
    return image;
}

double PdfPageImage::shareOfColor(const QRectF &rect, int red, int green, int blue, int tolerance) const
{
    int total = 0, matching = 0;
    for (int y = std::max(0, int(rect.top()) + 1); y < std::min(height, int(rect.bottom())); ++y) {
        for (int x = std::max(0, int(rect.left()) + 1); x < std::min(width, int(rect.right())); ++x) {
            const qsizetype at = (qsizetype(y) * width + x) * 3;
            if (at + 2 >= rgb.size())
                continue;
            ++total;
            const auto px = [&](int i) { return int(static_cast<unsigned char>(rgb.at(at + i))); };
            matching += std::abs(px(0) - red) <= tolerance && std::abs(px(1) - green) <= tolerance &&
                        std::abs(px(2) - blue) <= tolerance;
        }
    }
    return total ? double(matching) / total : 0.0;
}

QMap<QString, bool> pdfFonts(const QString &pdf)
{
    QMap<QString, bool> fonts;
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Two header lines, then: name type [type…] encoding emb sub uni object-id generation.
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() >= 7)
            fonts.insert(cols.first(), cols.at(cols.size() - 5) == QLatin1String("yes"));
    }
    return fonts;
}

QMap<QString, QString> pdfInfo(const QString &pdf)
{
    QMap<QString, QString> info;
    for (const QString &line :
         run(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf})
             .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

QString squashed(const QString &text)
{
    QString out;
    for (QChar c : BengaliText::toNfc(text)) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QString bengaliDigits(int n)
{
    QString s = QString::number(n);
    for (QChar &c : s)
        c = QChar(char16_t(u'০' + (c.unicode() - u'0')));
    return s;
}

} // namespace pathak::test
