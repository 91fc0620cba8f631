// One JSON escape sequence (after its backslash), decoded to the single byte a latin1 string
// holds. Returns -1 for what JSON forbids and for what latin1 cannot hold (\u0100 and above,
// surrogates included): the caller then leaves the string to JSON.parse.
#ifndef ESCAPE_H
#define ESCAPE_H

#include <stdint.h>

static inline int32_t hex_digit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20; // A-F to a-f; no other byte lands in a-f
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// What each two-byte escape stands for; 0 where JSON has no such escape (\u is decoded apart).
static const uint8_t ESCAPED[256] = {
    ['"'] = '"', ['\\'] = '\\', ['/'] = '/', ['b'] = '\b', ['f'] = '\f', ['n'] = '\n', ['r'] = '\r', ['t'] = '\t',
};

// `at` points just past the backslash; *length gets the bytes the escape takes after it.
static inline int32_t escaped_byte(const uint8_t *at, int32_t *length) {
  uint8_t byte = ESCAPED[at[0]];
  *length = 1;
  if (byte != 0) return byte;
  if (at[0] != 'u') return -1;
  int32_t high = hex_digit(at[1]) | hex_digit(at[2]);
  int32_t h2 = hex_digit(at[3]);
  int32_t h3 = hex_digit(at[4]);
  if (high != 0 || (h2 | h3) < 0) return -1;
  *length = 5;
  return (h2 << 4) | h3;
}

#endif
