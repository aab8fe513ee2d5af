// libFuzzer harness: ImportParser::parse of a Json import (lib/bulk). The
// properties every import keeps are in ImportFuzz.h.

#include "ImportFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkImport(fuzzBytes(data, size), ImportFormat::Json);
    return 0;
}
