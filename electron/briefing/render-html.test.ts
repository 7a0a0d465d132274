import { describe, expect, it } from 'vitest';
import { buildReportModel, sampleReportInput } from '../../engine/report';
import { parseUnicodeRange, uncoveredCharacters } from './fonts';
import { BRIEFING_CSP, boldText, renderBriefingDocument } from './render-html';

const HOSTILE = '<img src=x onerror=alert(1)>=HYPERLINK("x")';

describe('renderBriefingDocument', () => {
  const input = sampleReportInput();
  input.scenario.name = HOSTILE;
  const doc = renderBriefingDocument(buildReportModel(input), 'zh');

  it('is one self-contained document under a no-script, no-network CSP', () => {
    expect(doc.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.html).toContain(`content="${BRIEFING_CSP}"`);
    expect(BRIEFING_CSP).toContain("default-src 'none'");
    expect(doc.html).not.toMatch(/<script/i);
    // Every url(...) is an inline font: nothing to fetch.
    const urls = doc.html.match(/url\(([^)]{0,40})/g) ?? [];
    expect(urls.length).toBe(doc.fontFaces);
    for (const u of urls) expect(u.startsWith('url(data:font/woff2;base64,')).toBe(true);
  });

  it('escapes a hostile scenario name in <title> and body', () => {
    expect(doc.html).not.toContain('<img');
    expect(doc.html).toContain(
      '<title>人才留住规划简报 · &#60;img src=x onerror=alert(1)&#62;=HYPERLINK(&#34;x&#34;)</title>',
    );
  });

  it('prints names in logical order: bidi controls are dropped, the letters kept', () => {
    const bidi = sampleReportInput();
    bidi.scenario.name = 'plan\u202Etxt.exe\u202C \u2067x\u2069';
    const html = renderBriefingDocument(buildReportModel(bidi), 'en').html;
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain('plantxt.exe x');
  });

  it('embeds both families, regular and bold, and only subsets the text uses', () => {
    expect(doc.html).toContain("font-family:'TRP Noto Sans';font-style:normal;font-weight:400");
    expect(doc.html).toContain("font-family:'TRP Noto Sans SC';font-style:normal;font-weight:700");
    // ~100 subsets per CJK weight exist; a briefing needs a small fraction of them.
    expect(doc.fontFaces).toBeGreaterThan(4);
    expect(doc.fontFaces).toBeLessThan(60);
    expect(uncoveredCharacters(doc.html)).toEqual([]);
  });

  it('boldText picks the text of headings, table headers, <strong> and bold classes only', () => {
    const markup =
      '<h2>标题</h2><p>正文<strong>加粗</strong></p><th class="num">表头</th><div class="names">名称</div><td class="num">数</td>';
    expect(boldText(markup).replace(/\s+/g, '')).toBe('标题加粗表头名称');
  });

  it('parses unicode-range lists', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });
});
