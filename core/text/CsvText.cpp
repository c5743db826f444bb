#include "text/CsvText.h"

namespace pathak {

QString CsvText::field(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray CsvText::write(const QList<QStringList> &records, bool withBom)
{
    QString out;
    if (withBom)
        out += QChar(0xFEFF);
    for (const QStringList &record : records) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &f : record)
            fields.append(field(f));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Result<QList<QStringList>> CsvText::parse(const QByteArray &bytes)
{
    using R = Result<QList<QStringList>>;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString current;
    bool quoted = false;    // inside a quoted field
    bool fieldOpen = false; // something of the record has been read
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && current.isEmpty()) {
            quoted = true;
            fieldOpen = true;
        } else if (c == QLatin1Char(',')) {
            record.append(current);
            current.clear();
            fieldOpen = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(current);
            records.append(record);
            record.clear();
            current.clear();
            fieldOpen = false;
        } else {
            current += c;
            fieldOpen = true;
        }
    }
    if (quoted)
        return R::failure(QStringLiteral("a quoted field is not closed"));
    if (fieldOpen || !record.isEmpty()) {
        record.append(current);
        records.append(record);
    }
    return R(std::move(records));
}

} // namespace pathak
