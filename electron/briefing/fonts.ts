/**
 * Bundled fonts for the briefing: @fontsource Noto Sans (Latin) and Noto Sans SC, weights 400 and
 * 700, inlined as data: URLs. Only the unicode-range subsets the document actually uses are
 * embedded, so the HTML stays a few MB and Chromium embeds just the glyphs it draws. Inlining keeps
 * the document self-contained: no file:// or network loads, so the same HTML prints in headless
 * Chromium and in an Electron hidden window under a CSP of `font-src data:`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FontFace {
  /** Family as the briefing CSS names it (prefixed so no system font can match by name). */
  family: 'TRP Noto Sans' | 'TRP Noto Sans SC';
  weight: 400 | 700;
  file: string;
  ranges: [number, number][];
}

const PACKAGES = [
  {
    pkg: '@fontsource/noto-sans',
    family: 'TRP Noto Sans',
    subsets: /noto-sans-(latin|latin-ext)-/,
  },
  { pkg: '@fontsource/noto-sans-sc', family: 'TRP Noto Sans SC', subsets: /noto-sans-sc-/ },
] as const;

/** Read from node_modules at run time (not bundled): they must stay in package.json `dependencies`. */
export const FONT_PACKAGES: readonly string[] = PACKAGES.map((p) => p.pkg);

function resolver(): NodeJS.Require {
  // ESM (tsx, vitest) has import.meta.url; the esbuild CJS bundle of Electron main has __filename.
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return createRequire(here);
}

export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a!, 16);
    return [lo, b === undefined ? lo : parseInt(b, 16)];
  });
}

let cache: FontFace[] | null = null;

/** Every face of the bundled packages, read once from the @fontsource CSS. */
export function bundledFaces(): FontFace[] {
  if (cache) return cache;
  const req = resolver();
  const faces: FontFace[] = [];
  for (const { pkg, family, subsets } of PACKAGES) {
    for (const weight of [400, 700] as const) {
      const cssPath = req.resolve(`${pkg}/${weight}.css`);
      const css = fs.readFileSync(cssPath, 'utf8');
      for (const block of css.split('@font-face').slice(1)) {
        const src = /url\(\.\/files\/([^)]+?\.woff2)\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (!src || !range || !subsets.test(src)) continue;
        faces.push({
          family,
          weight,
          file: path.join(path.dirname(cssPath), 'files', src),
          ranges: parseUnicodeRange(range),
        });
      }
    }
  }
  cache = faces;
  return faces;
}

function covers(face: FontFace, cp: number): boolean {
  return face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

function codePoints(text: string): Set<number> {
  const set = new Set<number>();
  for (const ch of text) set.add(ch.codePointAt(0)!);
  return set;
}

/** Characters no bundled face covers (Chromium would draw them with a system font). */
export function uncoveredCharacters(text: string): string[] {
  const faces = bundledFaces();
  return [...codePoints(text)]
    .filter((cp) => cp > 0x20 && !faces.some((f) => covers(f, cp)))
    .map((cp) => String.fromCodePoint(cp));
}

export interface FontCss {
  css: string;
  faces: number;
  bytes: number;
}

/**
 * @font-face rules (data: URLs) for the subsets the text needs: weight 400 for `regular`,
 * weight 700 for `bold`. Every embedded face costs Chromium load and layout time (measured:
 * 46 faces ≈ 2× the setContent time of 24), so bold subsets are chosen from the bold text only.
 */
export function fontFaceCss(regular: string, bold: string = regular): FontCss {
  const used = { 400: [...codePoints(regular)], 700: [...codePoints(bold)] };
  const rules: string[] = [];
  let bytes = 0;
  for (const face of bundledFaces()) {
    if (!used[face.weight].some((cp) => covers(face, cp))) continue;
    const data = fs.readFileSync(face.file);
    bytes += data.length;
    const range = face.ranges
      .map(([lo, hi]) =>
        lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`,
      )
      .join(',');
    rules.push(
      `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');unicode-range:${range};}`,
    );
  }
  return { css: rules.join('\n'), faces: rules.length, bytes };
}
