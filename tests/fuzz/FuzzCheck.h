#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant the code under test must keep for every input: a broken one
// is a finding like a crash, so it aborts and libFuzzer saves the input.
#define PATHAK_FUZZ_CHECK(condition)                                                                         \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
