// libFuzzer harness: ImportParser::parse of a Yaml import (lib/bulk). The
// properties every import keeps are in ImportFuzz.h.

#include "ImportFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkImport(fuzzBytes(data, size), ImportFormat::Yaml);
    return 0;
}
