#include "library/fts/IndexTokenizer.h"

#include "library/fts/Fts5Api.h"
#include "library/fts/IndexTokens.h"

#include <sqlite3.h>

#include <cstring>
#include <vector>

namespace pathak {

// One per connection, given to FTS5 with the tokenizer and freed by it
// when the connection closes.
struct IndexTokenizer::Shared
{
    fts5_tokenizer builtin{};
    void *builtinData = nullptr;
    std::vector<const IndexTokens *> offered;
    qint64 replayed = 0;
};

namespace {

// An instance, made by FTS5 for each table that names unicode61.
struct Instance
{
    Fts5Tokenizer *builtin = nullptr;
    IndexTokenizer::Shared *shared = nullptr;
    // Tokens are made with the search index's arguments: a table made with
    // others is always tokenized here.
    bool indexArguments = false;
};

int createInstance(void *userData, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *shared = static_cast<IndexTokenizer::Shared *>(userData);
    auto *instance = new Instance;
    instance->shared = shared;
    if (const int rc = shared->builtin.xCreate(shared->builtinData, arguments, count, &instance->builtin);
        rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    const std::vector<QByteArray> &expected = IndexTokens::indexArguments();
    instance->indexArguments = size_t(count) == expected.size();
    for (int i = 0; instance->indexArguments && i < count; ++i)
        instance->indexArguments = expected.at(size_t(i)) == arguments[i];
    *out = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void deleteInstance(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->shared->builtin.xDelete(instance->builtin);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    IndexTokenizer::Shared *shared = instance->shared;
    // Queries are never offered: only the text of a row being indexed.
    if ((flags & FTS5_TOKENIZE_DOCUMENT) && instance->indexArguments) {
        const QByteArrayView view(text, size);
        for (const IndexTokens *offered : shared->offered) {
            if (offered->isFor(view)) {
                ++shared->replayed;
                return offered->replay(context, token);
            }
        }
    }
    return shared->builtin.xTokenize(instance->builtin, context, flags, text, size, token);
}

void destroyShared(void *userData)
{
    delete static_cast<IndexTokenizer::Shared *>(userData);
}

IndexTokenizer::Shared *installedOn(sqlite3 *db, fts5_tokenizer *found = nullptr, void **foundData = nullptr)
{
    fts5_api *api = Fts5Api::of(db);
    fts5_tokenizer tokenizer{};
    void *data = nullptr;
    if (!api || api->xFindTokenizer(api, "unicode61", &data, &tokenizer) != SQLITE_OK)
        return nullptr;
    if (found) {
        *found = tokenizer;
        *foundData = data;
    }
    return tokenizer.xCreate == &createInstance ? static_cast<IndexTokenizer::Shared *>(data) : nullptr;
}

} // namespace

Status IndexTokenizer::install(sqlite3 *db)
{
    fts5_tokenizer builtin{};
    void *builtinData = nullptr;
    if (installedOn(db, &builtin, &builtinData))
        return {};
    if (!builtin.xCreate)
        return Status::failure(QStringLiteral("SQLite has no FTS5 unicode61 tokenizer"));
    auto *shared = new Shared;
    shared->builtin = builtin;
    shared->builtinData = builtinData;
    fts5_tokenizer wrapper{&createInstance, &deleteInstance, &tokenize};
    fts5_api *api = Fts5Api::of(db);
    if (api->xCreateTokenizer(api, "unicode61", shared, &wrapper, &destroyShared) != SQLITE_OK) {
        delete shared; // FTS5 only takes it on success
        return Status::failure(QStringLiteral("cannot install the search tokenizer: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return {};
}

IndexTokenizer::IndexTokenizer(sqlite3 *db) : m_shared(installedOn(db)) {}

void IndexTokenizer::offer(std::initializer_list<const IndexTokens *> tokens)
{
    if (m_shared)
        m_shared->offered.assign(tokens.begin(), tokens.end());
}

void IndexTokenizer::withdraw()
{
    if (m_shared)
        m_shared->offered.clear();
}

qint64 IndexTokenizer::replayedTexts() const
{
    return m_shared ? m_shared->replayed : 0;
}

} // namespace pathak
