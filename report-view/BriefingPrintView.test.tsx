// @jsxRuntime automatic -- hosts (tsx CLI, esbuild) compile this outside report-view/tsconfig.json; keep the runtime explicit.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildReportModel, sampleReportInput } from '../engine/report';
import { BriefingPrintView } from './BriefingPrintView';
import { clip, niceTicks } from './svg-scale';

const HOSTILE = '<img src=x onerror=alert(1)>=HYPERLINK("x")';

function render(
  lang: 'zh' | 'en',
  mutate?: (i: ReturnType<typeof sampleReportInput>) => void,
): string {
  const input = sampleReportInput();
  mutate?.(input);
  return renderToStaticMarkup(<BriefingPrintView model={buildReportModel(input)} lang={lang} />);
}

describe('BriefingPrintView (static markup, as the host prints it)', () => {
  it('renders 12 fixed A4 pages for the sample, numbered "第 x 页 / 共 12 页"', () => {
    const html = render('zh');
    expect(html.match(/<section class="page/g)).toHaveLength(12);
    expect(html).toContain('第 1 页 / 共 12 页');
    expect(html).toContain('第 12 页 / 共 12 页');
    expect(html).toContain('人才留住规划简报');
    expect(html).toContain('31,104');
    expect(html).toContain('41,314');
  });

  it('English labels and the reproducibility footer on every page', () => {
    const html = render('en');
    expect(html).toContain('Page 3 of 12');
    expect(html).toContain('Top ten packages');
    expect(html.match(/seed 42 · data abababababab/g)).toHaveLength(12);
    expect(html).not.toContain('推荐方案');
  });

  it('says how the weights were sampled in the briefing language only', () => {
    expect(render('zh')).toContain('种子：42 · 所有可能的权重组合');
    expect(render('zh')).not.toContain('every possible weighting');
    expect(render('en')).toContain('every possible weighting');
  });

  it('charts are inline SVG with fixed sizes (no DOM measurement needed)', () => {
    const html = render('en');
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(6);
    for (const svg of svgs) expect(svg).toMatch(/width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
  });

  it('hostile scenario, author and rationale print as escaped text', () => {
    const html = render('en', (i) => {
      i.scenario.name = HOSTILE;
      i.author = HOSTILE;
      i.impacts[0]!.rationale.en = '<script>alert(2)</script>';
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;=HYPERLINK(&quot;x&quot;)');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('long lists of quality notes flow onto extra pages instead of overflowing', () => {
    const html = render('en', (i) => {
      i.qualityFlags = Array.from({ length: 30 }, (_, k) => ({
        severity: 'info' as const,
        indicatorCode: null,
        regionCode: null,
        year: null,
        message: { zh: `提示 ${k}`, en: `Note ${k}` },
      }));
    });
    // 12 flags per page → 3 pages instead of 1.
    expect(html.match(/<section class="page/g)).toHaveLength(14);
  });
});

describe('svg helpers', () => {
  it('niceTicks covers the range with a 1-2-2.5-5 step', () => {
    expect(niceTicks(0, 0.6, 5)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(-0.25, 0, 5)).toEqual([-0.25, -0.2, -0.15, -0.1, -0.05, 0]);
    expect(niceTicks(0, 380, 6)).toEqual([0, 100, 200, 300, 400]);
  });

  it('clip counts CJK characters as two columns', () => {
    expect(clip('abcdef', 10)).toBe('abcdef');
    expect(clip('abcdefghijkl', 6)).toBe('abcde…');
    expect(clip('经济持续低迷', 6)).toBe('经济…');
  });
});
