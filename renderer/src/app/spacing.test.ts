import { describe, expect, it } from 'vitest';
import { space } from './spacing';

/**
 * Inline gaps, margins and paddings come from `space` (antd's scale for the app's theme), so the
 * screens keep one rhythm and a change of scale is made in one place. 0 and 1 (a hairline) are
 * not steps of a scale and stay literal.
 */
const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.i18n.ts'],
  { query: '?raw', import: 'default', eager: true },
);

const PROPERTY = String.raw`\b(?:margin|padding)[A-Za-z]*|\bgap|\browGap|\bcolumnGap`;
const NUMBER = new RegExp(String.raw`(?:${PROPERTY}):\s*([0-9.]+)\b`, 'g');
const SHORTHAND = new RegExp(String.raw`(?:${PROPERTY}):\s*['"]([^'"]*)['"]`, 'g');

/** The spacing literals of one source, as "line: text", other than 0 and 1. */
function spacingLiterals(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const hits = [
      ...[...line.matchAll(NUMBER)].filter((m) => Number(m[1]) > 1),
      ...[...line.matchAll(SHORTHAND)].filter((m) =>
        (m[1]!.match(/[0-9.]+/g) ?? []).some((n) => Number(n) > 1),
      ),
    ];
    return hits.map((m) => `${i + 1}: ${m[0]}`);
  });
}

describe('spacing', () => {
  it('is antd’s scale for the app’s theme', () => {
    expect(space).toEqual({ xxs: 4, xs: 8, sm: 12, md: 16, lg: 24 });
  });

  it('is told apart from zeros, hairlines, other properties and translated text', () => {
    expect(spacingLiterals("margin: 0, padding: '1px 0', fontSize: 12, gap: space.xs")).toEqual([]);
    expect(spacingLiterals("gap: 6, margin: '0 0 12px'\n  paddingInlineStart: 18")).toEqual([
      '1: gap: 6',
      "1: margin: '0 0 12px'",
      '2: paddingInlineStart: 18',
    ]);
  });

  it('has no literal steps in the renderer’s inline styles', () => {
    const files = Object.keys(sources);
    expect(files.some((f) => f.endsWith('/features/weights/WeightControl.tsx'))).toBe(true);
    const offenders = Object.entries(sources).flatMap(([file, text]) =>
      spacingLiterals(text).map((hit) => `${file}:${hit}`),
    );
    expect(offenders).toEqual([]);
  });
});
