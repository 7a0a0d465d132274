import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const header = '地区,指标,年份,数值\r\n黑龙江,地区生产总值,2024,16476.9\r\n';

describe('decodeText', () => {
  it('decodes UTF-8 strictly and strips a BOM', () => {
    expect(decodeText(Buffer.from(header))).toEqual({ text: header, encoding: 'utf-8' });
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header)])),
    ).toEqual({ text: header, encoding: 'utf-8-bom' });
  });

  it('falls back to GB18030 for GBK bytes instead of producing mojibake', () => {
    const gbk = iconv.encode(header, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeText(gbk)).toEqual({ text: header, encoding: 'gb18030' });
  });

  it('decodes GB18030 four-byte characters', () => {
    const text = '注：𠀀 与 €';
    expect(decodeText(iconv.encode(text, 'gb18030')).text).toBe(text);
  });

  it('decodes UTF-16 by its BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(header, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: header, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(header, 'utf16-be')]);
    expect(decodeText(be)).toEqual({ text: header, encoding: 'utf-16be' });
  });
});
