import { describe, expect, it } from 'vitest';
import { CliInputError } from '../command';
import { briefCommand } from './brief';

/** Flag validation happens before the database or Chromium is touched. */
async function fieldOf(flags: Record<string, string | boolean>): Promise<string> {
  try {
    await briefCommand.run({ input: undefined, args: [], flags, dataDir: '/nonexistent' });
  } catch (error) {
    expect(error).toBeInstanceOf(CliInputError);
    return (error as CliInputError).field;
  }
  throw new Error('expected a CliInputError');
}

describe('brief command flags', () => {
  it('names the offending flag', async () => {
    expect(await fieldOf({})).toBe('out');
    expect(await fieldOf({ out: true })).toBe('out');
    expect(await fieldOf({ out: 'report.docx' })).toBe('out');
    expect(await fieldOf({ out: 'b.pdf', lang: 'fr' })).toBe('lang');
    expect(await fieldOf({ out: 'b.pdf', seed: '-3' })).toBe('seed');
    expect(await fieldOf({ out: 'b.pdf', seed: '1.5' })).toBe('seed');
    expect(await fieldOf({ out: 'b.pdf', scenario: '' })).toBe('scenario');
  });

  it('formats the contract fields readably', () => {
    const text = briefCommand.format({
      out: '/tmp/b.pdf',
      pages: 13,
      bytes: 2048,
      lang: 'en',
      scenario: 'S',
      seed: 7,
      ms: 900,
    });
    expect(text).toContain('/tmp/b.pdf');
    expect(text).toContain('pages: 13');
    expect(text).toContain('seed: 7');
  });
});
