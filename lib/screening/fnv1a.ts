const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * FNV-1a, 32-bit (Fowler, Noll and Vo), over the UTF-8 bytes of `text`, as 8 hex digits.
 * Not a security measure: it only tells policy versions apart, in the browser too.
 */
export function fnv1a32(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
