/**
 * Text decoding for CSV imports. Chinese statistics bureaus publish UTF-8,
 * GBK and GB18030, and Excel on Windows saves "Unicode text" as UTF-16LE. A lenient UTF-8 decode
 * of a GBK file produces silent mojibake, so UTF-8 is tried strictly (fatal) and anything that is
 * not valid UTF-8 is decoded as GB18030, the superset of GBK and GB2312.
 */
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: strictUtf8(bytes.subarray(3)) ?? gb18030(bytes.subarray(3)),
      encoding: 'utf-8-bom',
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: gb18030(bytes), encoding: 'gb18030' };
}

function strictUtf8(bytes: Uint8Array): string | null {
  // isUtf8 (simdutf) validates a 50 MB file in milliseconds; the fatal decoder is the fallback.
  if (isUtf8(bytes))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    // ignoreBOM: the BOM was handled above; a second one would be data.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function gb18030(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}
