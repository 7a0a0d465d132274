/**
 * Zip-bomb guard for XLSX, run before exceljs sees the file. exceljs inflates every part into
 * memory, so a 40 KB file that unpacks to gigabytes would take the app down. We read the zip's
 * central directory (end-of-central-directory record → entries) and refuse when the declared
 * sizes or ratios are absurd; then we inflate each entry ourselves with a hard output cap,
 * because a hostile file can also lie about its sizes.
 */
import zlib from 'node:zlib';
import { ImportRefusedError, type ImportLimits } from './limits';
import { limitMessage, MESSAGES } from './messages';

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export function checkZip(buf: Buffer, limits: ImportLimits): void {
  const entries = readCentralDirectory(buf);
  let declaredTotal = 0;
  for (const e of entries) {
    declaredTotal += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    // Tiny parts (e.g. a 0-byte file compressing to 2 bytes) have meaningless ratios.
    if (e.uncompressedSize > 1024 * 1024 && ratio > limits.maxZipRatio) {
      throw new ImportRefusedError('zip-bomb', MESSAGES.zipRatio(ratio), e.name);
    }
  }
  if (declaredTotal > limits.maxUnzippedBytes) {
    throw new ImportRefusedError(
      'zip-bomb',
      limitMessage('unzipped-too-large', limits.maxUnzippedBytes),
      String(declaredTotal),
    );
  }
  for (const e of entries) verifyEntrySize(buf, e);
}

function readCentralDirectory(buf: Buffer): ZipEntry[] {
  // The EOCD record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: no spreadsheet under the file-size limit needs them, so treat them as hostile.
  if (
    count === 0xffff ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff ||
    cdOffset + cdSize > buf.length
  ) {
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG)
      throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflate with maxOutputLength = declared size + 1: zlib stops (RangeError) the moment a part lies. */
function verifyEntrySize(buf: Buffer, e: ZipEntry): void {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LFH_SIG)
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize)
      throw new ImportRefusedError('zip-bomb', MESSAGES.zipLies(), e.name);
    return;
  }
  if (e.method !== 8) throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 });
  } catch (err) {
    if (err instanceof RangeError)
      throw new ImportRefusedError('zip-bomb', MESSAGES.zipLies(), e.name);
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx(), e.name);
  }
  if (out.length > e.uncompressedSize)
    throw new ImportRefusedError('zip-bomb', MESSAGES.zipLies(), e.name);
}
