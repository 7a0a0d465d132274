import type { ThemeConfig } from 'antd';

/**
 * Every colour of the renderer is defined here (styles.css keeps its own as custom properties in
 * one :root block). Components read antd's design tokens through `theme.useToken()` for the
 * neutral surfaces, borders and secondary text, and take the app's own meanings from `colors`.
 * The values are antd palette shades chosen for WCAG AA contrast in a dense desktop tool; the
 * accessibility checks measure them, so a change here is a change to the contrast they pass.
 */

const FONT = "'Noto Sans', 'Noto Sans SC', -apple-system, 'Segoe UI', sans-serif";

/**
 * antd's theme for the whole app. Darker primary and secondary text than antd's defaults: its
 * #1677ff on #e6f4ff and #8c8c8c on white fail WCAG AA (4.5 : 1) for small text.
 */
export const appTheme: ThemeConfig = {
  token: {
    fontFamily: FONT,
    borderRadius: 4,
    colorPrimary: '#0958d9',
    // Link buttons follow colorLink, not colorPrimary; its default #1677ff is 4.1 : 1 on white.
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
  },
};

/** For destructive actions: antd's default danger red (#ff4d4f) is 3.3 : 1 on white; this one passes AA. */
export const dangerTheme: ThemeConfig = { token: { colorError: '#c41d1f' } };

/** The app's own colours, named by what they mean. */
export const colors = {
  /** Near-black text on light grounds: chart labels and legends, neutral tags (antd grey-9). */
  ink: '#262626',
  /** Zero, reference and outline strokes in charts. */
  rule: '#000',
  /** Text or strokes drawn on top of a filled bar. */
  onFill: '#fff',
  /** The empty part of a bar gauge. */
  track: '#f5f5f5',
  /** A band a shade off white that sets a toolbar apart from the page (antd's table-header grey). */
  subtleGround: '#fafafa',
  /** The desk behind the briefing's A4 pages in the preview. */
  paperBackdrop: '#e4e8ee',
  /** Frame of a chart's own tooltip (recharts' default). */
  tooltipBorder: '#ccc',

  /**
   * A shipped illustrative default: antd's orange tag colours, with the text darkened from antd's
   * #d46b08 (3.3 : 1 on the tag ground) to #ad4e00 (5 : 1).
   */
  illustrative: { text: '#ad4e00', ground: '#fff7e6', border: '#ffd591' },
  /** Text of a gold tag for a provisional figure (antd gold-9 on gold-1). */
  provisionalText: '#613400',
  /** A region's indicator against the comparison: tag text colours. */
  comparison: { behind: '#a8071a', level: '#262626', ahead: '#135200' },
  /** The ranking's robustness verdict: tag text colours. */
  robustness: { robust: '#135200', moderate: '#613400', fragile: '#a8071a' },
  /**
   * A measure's core index class: the bar, the class word and its pale ground (text above 7 : 1,
   * which antd's coloured tags do not reach).
   */
  coreClass: {
    core: { bar: '#1d6b3a', text: '#135200', ground: '#f6ffed' },
    borderline: { bar: '#b07d10', text: '#613400', ground: '#fffbe6' },
    exterior: { bar: '#8c8c8c', text: '#262626', ground: '#f5f5f5' },
  },
  /** The overview checklist's step icons. */
  checklist: { done: '#237804', pending: '#874d00' },
  /** Data-quality flag icons by severity. */
  qualityFlag: { warning: '#ad4e00', info: '#0958d9' },

  chart: {
    /** A single measured series (antd blue-6). */
    series: '#1677ff',
    /** Its pale and deep shades, for a pair of years or a range around a point. */
    seriesLight: '#91caff',
    seriesDark: '#003a8c',
    /** Everything that is not the focus: other provinces, dominated packages. */
    muted: '#8c8c8c',
    /** The remainder of a stacked share (graduates who left). */
    remainder: '#d9d9d9',
    /** What the chart is about: the northeast against the rest, the gap, graduates who stayed. */
    focus: '#cf1322',
    /** The efficient frontier and a negative marginal value. */
    adverse: '#d4380d',
    /** The tornado chart's ranges and the mark of the base ranking. */
    tornadoBar: '#2f6fb3',
    tornadoMark: '#b42318',
    /**
     * The parts of household consumption, stacked: distinct lightness as well as hue, so the stack
     * reads in greyscale print too; each part is named in the legend.
     */
    consumptionParts: [
      '#003a8c',
      '#1677ff',
      '#69b1ff',
      '#bae0ff',
      '#ad6800',
      '#faad14',
      '#ffe58f',
      '#595959',
    ],
  },

  /**
   * The impact matrix's diverging scale: light grey for no effect, a blue ramp for mitigation and
   * an orange–red ramp for adverse effects (RGB, mixed by strength), and the two label colours.
   */
  impact: {
    none: { background: '#f5f5f5', color: '#262626' },
    mitigation: { from: [230, 244, 255], to: [0, 62, 179] },
    adverse: { from: [255, 242, 232], to: [212, 56, 13] },
    lightText: '#ffffff',
    darkText: '#000000',
  },
} as const;
