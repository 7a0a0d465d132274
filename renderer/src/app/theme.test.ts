import { describe, expect, it } from 'vitest';

/**
 * Colours live in two modules (this app's theme and the print view's palette) so that the values
 * the accessibility checks measure are chosen, and changed, in one place each. A hex literal
 * anywhere else is a colour that escaped them.
 */
const HEX = /(?<![\w&#])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

const COLOUR_MODULES = ['/renderer/src/app/theme.ts', '/report-view/palette.ts'];

const globbed = {
  ...import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>(
    ['../../../report-view/**/*.{ts,tsx}', '!../../../report-view/**/*.test.{ts,tsx}'],
    { query: '?raw', import: 'default', eager: true },
  ),
};
/** Keyed by absolute path: the glob's keys are relative to this file. */
const sources: Record<string, string> = Object.fromEntries(
  Object.entries(globbed).map(([rel, text]) => [new URL(rel, import.meta.url).pathname, text]),
);

const styleSheets = import.meta.glob<string>('../**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function hexLiterals(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const found = line.match(HEX);
    return found ? [`${i + 1}: ${found.join(' ')}`] : [];
  });
}

describe('colour literals', () => {
  it('finds the sources it checks, including the colour modules', () => {
    const files = Object.keys(sources);
    expect(files.some((f) => f.endsWith('/report-view/TileMapSvg.tsx'))).toBe(true);
    expect(files.some((f) => f.endsWith('/features/evidence/OverviewCharts.tsx'))).toBe(true);
    for (const module of COLOUR_MODULES) {
      const file = files.find((f) => f.endsWith(module));
      expect(file, module).toBeDefined();
      // The pattern itself must see what the modules hold, or the check below proves nothing.
      expect(hexLiterals(sources[file!]!).length, module).toBeGreaterThan(0);
    }
  });

  it('appear only in the theme and palette modules', () => {
    const offenders = Object.entries(sources)
      .filter(([file]) => !COLOUR_MODULES.some((m) => file.endsWith(m)))
      .flatMap(([file, text]) => hexLiterals(text).map((hit) => `${file}:${hit}`));
    expect(offenders).toEqual([]);
  });

  it('in style sheets, appear only as custom properties in one :root block', () => {
    const sheets = Object.entries(styleSheets);
    expect(sheets.length).toBeGreaterThan(0);
    for (const [file, css] of sheets) {
      expect(css.length, file).toBeGreaterThan(0);
      // Blanked rather than removed, so reported line numbers stay true.
      const blank = (text: string) => text.replace(/[^\n]/g, '');
      const code = css.replace(/\/\*[\s\S]*?\*\//g, blank);
      const roots = code.match(/:root\s*\{[^}]*\}/g) ?? [];
      expect(roots.length, file).toBeLessThanOrEqual(1);
      for (const declaration of (roots[0] ?? '').split(';')) {
        if (hexLiterals(declaration).length > 0)
          expect(declaration.trim(), file).toMatch(/^(:root\s*\{\s*)?--/);
      }
      expect(hexLiterals(code.replace(/:root\s*\{[^}]*\}/, blank)), file).toEqual([]);
    }
  });

  it('are told apart from ids and entities', () => {
    expect(hexLiterals('fill={`url(#${id})`} \'&#1234;\' href="#main"')).toEqual([]);
    expect(hexLiterals("stroke=\"#000\" color: '#1677ff', '#ffffff80'")).toEqual([
      '1: #000 #1677ff #ffffff80',
    ]);
  });
});
