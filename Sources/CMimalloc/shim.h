// mimalloc, the allocator the relance executable runs on (see Sources/relance/Allocator.swift).
#include <mimalloc.h>
