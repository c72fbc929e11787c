/**
 * CRC-32 (ISO-HDLC, the checksum of zip and PNG). Share links carry it to detect accidental
 * damage: it catches every burst of up to 32 changed bits and any other damage with a chance of
 * 1 in 2^32 of missing it. It is no defence against someone who edits a link on purpose.
 */
const table = Uint32Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
