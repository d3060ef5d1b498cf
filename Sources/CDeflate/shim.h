// libdeflate, for the case files' ZIP: raw deflate of whole files (as ZIP stores them) and CRC-32.
// Its compressor works on whole buffers, which is how the archives are built, at twice zlib's
// speed for smaller output (Sources/RelanceSite/CaseFile/ZIPWriter.swift).
#include <libdeflate.h>
