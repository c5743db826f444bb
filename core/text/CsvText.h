#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pathak {

// Comma-separated values as RFC 4180 writes them: records end in CRLF, a
// field with a comma, a double quote or a line break is put in double
// quotes and its quotes doubled. Text is UTF-8.
class CsvText
{
public:
    // withBom: starts with U+FEFF, the mark by which spreadsheets (Excel,
    // above all) know the file is UTF-8 and show Bengali as Bengali
    // rather than as the Latin-1 letters of its bytes.
    static QByteArray write(const QList<QStringList> &records, bool withBom);
    // One field as it goes between the commas.
    static QString field(const QString &text);

    // Reads it back (a leading BOM is skipped; LF line ends are taken too):
    // the records, each a list of fields. A quote left open is an error.
    static Result<QList<QStringList>> parse(const QByteArray &bytes);
};

} // namespace pathak
