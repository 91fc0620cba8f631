// Unescapes the text of one JSON string into latin1 bytes, 16 bytes at a time with SIMD128.
#include <stdint.h>
#include <wasm_simd128.h>
#include "escape.h"

// `in` holds the string's text, its closing quote at in[length], and is readable for 16 bytes
// past that quote; `out` is writable for length + 16 bytes. Returns the unescaped length, or -1
// when the text is not exactly a JSON string's content that latin1 can hold: a raw quote before
// the end, a raw control byte, a bad escape, a byte above 0x7f (UTF-8 that latin1 would misread)
// or a \u escape above 0xff.
__attribute__((export_name("unescape")))
int32_t unescape(const uint8_t *in, int32_t length, uint8_t *out) {
  const uint8_t *end = in + length;
  uint8_t *written = out;
  const v128_t backslash = wasm_i8x16_splat('\\');
  const v128_t quote = wasm_i8x16_splat('"');
  const v128_t space = wasm_i8x16_splat(' ');
  for (;;) {
    v128_t block = wasm_v128_load(in);
    // Copied whole; an escape found below is then written over its own bytes.
    wasm_v128_store(written, block);
    // Signed, bytes 0x80-0xff are negative: one compare finds control bytes and non-ASCII.
    v128_t special = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(block, backslash), wasm_i8x16_eq(block, quote)),
                                  wasm_i8x16_lt(block, space));
    uint32_t mask = wasm_i8x16_bitmask(special);
    if (mask == 0) {
      in += 16;
      written += 16;
      continue;
    }
    uint32_t clean = __builtin_ctz(mask);
    in += clean;
    written += clean;
    if (*in == '"') return in == end ? (int32_t)(written - out) : -1;
    // A backslash just before the end would escape the closing quote.
    if (*in != '\\' || in + 1 == end) return -1;
    int32_t taken;
    int32_t byte = escaped_byte(in + 1, &taken);
    if (byte < 0) return -1;
    *written++ = (uint8_t)byte;
    in += 1 + taken;
  }
}
