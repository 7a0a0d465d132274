/**
 * Zip-bomb guard for XLSX, run before exceljs sees the file. We read the zip's central directory
 * (end-of-central-directory record → entries) and refuse when the declared sizes or ratios are
 * absurd; then we inflate each entry ourselves, counting and discarding the output, and stop the
 * moment one produces more than it declared, because a hostile file can also lie about its
 * sizes. Nothing inflated is kept, so a legitimate 400 MB sheet costs time here, not memory.
 */
import { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { ImportRefusedError, type ImportLimits } from './limits';
import { limitMessage, MESSAGES } from './messages';
import type { ZipRecord } from './zip-records';

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

export interface ZipEntry extends ZipRecord {
  localHeaderOffset: number;
}

/** The entries of a zip that passed every check, in central-directory order. */
export async function checkZip(buf: Buffer, limits: ImportLimits): Promise<ZipEntry[]> {
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
  for (const e of entries) await verifyEntrySize(buf, e);
  return entries;
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
    // Bit 0: encrypted. No statistics table is, and its bytes would inflate to garbage.
    if ((buf.readUInt16LE(p + 8) & 1) !== 0)
      throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
    entries.push({
      method: buf.readUInt16LE(p + 10),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's stored (compressed) bytes, located through its local header. */
export function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LFH_SIG)
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressedSize > buf.length)
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  return buf.subarray(start, start + e.compressedSize);
}

/**
 * The entry's inflated bytes as a stream that fails (zip-bomb) the moment it passes the size the
 * central directory declared, or ends short of it.
 */
export function inflateEntry(buf: Buffer, e: ZipEntry): Readable {
  const data = entryData(buf, e);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize)
      throw new ImportRefusedError('zip-bomb', MESSAGES.zipLies(), e.name);
    return Readable.from([data]);
  }
  if (e.method !== 8) throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx());
  let seen = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > e.uncompressedSize)
        done(new ImportRefusedError('zip-bomb', MESSAGES.zipLies(), e.name));
      else done(null, chunk);
    },
    flush(done) {
      done(
        seen === e.uncompressedSize
          ? null
          : new ImportRefusedError('zip-bomb', MESSAGES.zipLies(), e.name),
      );
    },
  });
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  // A corrupt deflate stream is not a bomb, just not a spreadsheet.
  inflate.on('error', () =>
    counted.destroy(new ImportRefusedError('not-xlsx', MESSAGES.notXlsx(), e.name)),
  );
  // A consumer that stops early (a refusal, a row limit) must not leave zlib holding its buffers.
  counted.on('close', () => inflate.destroy());
  inflate.pipe(counted);
  inflate.end(data);
  return counted;
}

async function verifyEntrySize(buf: Buffer, e: ZipEntry): Promise<void> {
  const stream = inflateEntry(buf, e);
  try {
    // Read and drop: only the count matters here.
    for await (const chunk of stream) void chunk;
  } catch (err) {
    if (err instanceof ImportRefusedError) throw err;
    throw new ImportRefusedError('not-xlsx', MESSAGES.notXlsx(), e.name);
  } finally {
    stream.destroy();
  }
}
