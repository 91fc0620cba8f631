import { isAscii } from 'node:buffer';
import { JSON_STRING_WASM } from './jsonStringWasm';

interface JsonStringExports {
  memory: WebAssembly.Memory;
  __heap_base: WebAssembly.Global;
  unescape(input: number, length: number, output: number): number;
}

// Compiled once, when the plugin loads: the module is under a kilobyte.
const instance = new WebAssembly.Instance(
  new WebAssembly.Module(Buffer.from(JSON_STRING_WASM, 'base64')),
);
const {
  memory,
  unescape,
  __heap_base: heapBase,
} = instance.exports as unknown as JsonStringExports;
const FREE = heapBase.value as number;
const PAGE = 65536;
/** The largest text unescaped here, bounding the memory the module keeps (about twice this). */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;
const QUOTE = 0x22;
// The module reads 16 bytes at a time, up to 15 past the closing quote, and writes as many.
const OVERREAD = 16;
let memoryBytes = Buffer.from(memory.buffer);

/**
 * The text of a JSON string, from the bytes between its quotes (json[from, to)), unescaped by a
 * SIMD WebAssembly module faster than JSON.parse does it. Undefined when JSON.parse must decide:
 * text that is not valid inside a JSON string, non-ASCII bytes (UTF-8) and \u escapes above
 * \u00ff, which need more than the one-byte string this builds.
 */
export function unescapeJsonString(
  json: Buffer,
  from: number,
  to: number,
): string | undefined {
  // The module's memory is kept for the next string: larger texts go to JSON.parse instead.
  if (to - from > MAX_TEXT_BYTES) return undefined;
  // Found here, UTF-8 costs the fallback a quick look rather than a copy and a scan.
  if (!isAscii(json.subarray(from, to))) return undefined;
  const length = to - from;
  const input = FREE;
  const output = input + length + OVERREAD;
  reserve(output + length + OVERREAD);
  json.copy(memoryBytes, input, from, to);
  memoryBytes[input + length] = QUOTE;
  const written = unescape(input, length, output);
  return written < 0
    ? undefined
    : memoryBytes.toString('latin1', output, output + written);
}

/** Grows the module's memory to `bytes`; it is kept for the next string, never shrunk. */
function reserve(bytes: number) {
  if (bytes <= memory.buffer.byteLength) return;
  memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
  memoryBytes = Buffer.from(memory.buffer);
}
