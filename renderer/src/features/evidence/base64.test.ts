import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';

describe('base64ToBytes', () => {
  it('decodes what Node encodes, every byte value included', () => {
    const bytes = new Uint8Array(10_003).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
  });
});
