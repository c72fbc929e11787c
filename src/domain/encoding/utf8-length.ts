/**
 * The number of bytes `text` takes in UTF-8, counted without encoding it: encoding megabytes to
 * measure them takes hundreds of milliseconds in a browser (a pasted 4.7 MB document, issue 13).
 * A lone surrogate counts as U+FFFD (3 bytes), as TextEncoder writes it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit < 0xe000;
