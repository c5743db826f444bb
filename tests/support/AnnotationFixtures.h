#pragma once

#include "TestLibrary.h"
#include "text/TextAnchor.h"

// Shared set-up of the annotation GUI tests: test articles in a library,
// and the passages they highlight.
namespace pathak::test {

// Stores tests/data/NAME in the library; its article id.
qint64 importFile(TestLibrary &lib, const QString &name);
// The first occurrence of quote in the article's plainText(), code points.
TextRange find(TestLibrary &lib, qint64 articleId, const QString &quote);

} // namespace pathak::test
