#include "PdfTools.h"

#include "BengaliText.h"

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
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page, the last one too, with a form feed
    return pages;
}

QString pdfRawText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

QString pdfTextIn(const QString &pdf, int page, const QRectF &rect)
{
    const QRect r = rect.toAlignedRect();
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"),
                QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"), QString::number(r.x()),
                QStringLiteral("-y"), QString::number(r.y()), QStringLiteral("-W"), QString::number(r.width()),
                QStringLiteral("-H"), QString::number(r.height()), pdf, QStringLiteral("-")});
}

QMap<QString, bool> pdfFonts(const QString &pdf)
{
    QMap<QString, bool> fonts;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
    for (const QString &line : run(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf})
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
