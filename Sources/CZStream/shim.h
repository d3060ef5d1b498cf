// zlib, for the case files' ZIP: raw deflate at the level Relance chooses, and CRC-32.
#include <zlib.h>
#include <stddef.h>

// Deflates `length` bytes of `input` as a raw stream (no zlib header or trailer, as ZIP stores it)
// into `output`, which holds `capacity` bytes (deflateBound of the length is enough). Returns the
// bytes written, or -1. A static inline function: deflateInit2 is a macro Swift cannot call.
static inline long relance_deflate_raw(const unsigned char *input, size_t length, unsigned char *output,
                                       size_t capacity, int level) {
    z_stream stream = {0};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    stream.next_out = output;
    stream.avail_out = (uInt)capacity;
    int status = deflate(&stream, Z_FINISH);
    long written = (long)stream.total_out;
    deflateEnd(&stream);
    return status == Z_STREAM_END ? written : -1;
}

// An upper bound of what relance_deflate_raw writes for `length` bytes.
static inline size_t relance_deflate_bound(size_t length) {
    z_stream stream = {0};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return length + length / 2 + 1024;
    size_t bound = deflateBound(&stream, (uLong)length);
    deflateEnd(&stream);
    return bound;
}
