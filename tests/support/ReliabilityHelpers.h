#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pathak::test {

// Writes count small, distinct article files (article-NNNNN.txt) in the
// corpus format into folder, varying which optional parts each one has.
// Quick enough to make thousands per test.
bool writeGeneratedArticles(const QString &folder, int count, int firstNumber = 0);

// A temporary folder on a RAM file system when there is one: creating
// thousands of small files costs milliseconds each on some disks, and the
// article files only need to be read.
std::unique_ptr<QTemporaryDir> fastTemporaryDir();

// Writes bytes to path, replacing it; false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

// Makes a named pipe (FIFO) at path; false on failure. Opening it to read
// blocks until a writer opens it, so a process that must read it cannot
// get past that point, however fast the machine, until the test lets it.
bool makeNamedPipe(const QString &path);

} // namespace pathak::test
