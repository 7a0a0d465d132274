/**
 * Every colour of the briefing's print view, named by meaning: the print CSS, its charts and the
 * tile maps (which the renderer's Evidence and Maps screens draw too). The print has no antd, so
 * it keeps its own blue-grey ink; text colours are chosen for at least 4.5 : 1 on their grounds,
 * and the accessibility checks measure them, so a change here is a change to the contrast they pass.
 */

/** The page's ink and grounds. */
export const INK = {
  page: '#fff',
  text: '#1f2933',
  heading: '#102a43',
  subheading: '#243b53',
  muted: '#52606d',
  /** The footer's rule and a card's frame. */
  rule: '#c5ccd6',
  /** Lines between table rows, and the table header's ground. */
  tableRule: '#d9e2ec',
  tableHead: '#eef2f7',
  /** Heading underline, the verdict's bar, the recommended card and informational flags. */
  accent: '#2f6fb3',
  recommendedGround: '#f3f8fd',
  /** A figure that got worse or a warning flag, and one that got better. */
  worse: '#b42318',
  better: '#1f7a3f',
  /** Text on a dark heat-map cell, and the range under it. */
  onDark: '#fff',
  onDarkMuted: '#e8eef5',
} as const;

/** The briefing's charts: grid, axis text, labels, the series and the marks on them. */
export const CHART = {
  grid: '#e4e7eb',
  axis: '#52606d',
  label: '#243b53',
  series: '#2f6fb3',
  /** The second and third package compared beside the first. */
  seriesSecond: '#7fb2e5',
  seriesThird: '#c5ccd6',
  /** A negative share or a bar that counts against. */
  negative: '#d9534f',
  /** The current or best value marked on a range, and the full range's pale band behind it. */
  mark: '#b42318',
  markBand: '#f0d5d4',
  /** The fill of a point that is not on the frontier. */
  hollow: '#fff',
} as const;

/**
 * The impact heat map's two hues (RGB, for mixing with white by strength): the series blue for
 * mitigation, the negative red for adverse effects.
 */
export const HEAT = {
  mitigation: [47, 111, 179],
  adverse: [217, 83, 79],
} as const;

/**
 * The tile maps: a sequential blue scale (ColorBrewer "Blues", darker = higher), the text on it,
 * the frames and the "no data" hatching.
 */
export const TILE_COLOURS = {
  blues: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#084594'],
  /** Text on the pale blues and on the map around them, and on the two dark blues. */
  text: '#1f1f1f',
  textOnDark: '#ffffff',
  /** A tile's own frame, and the legend swatches'. */
  stroke: '#8c8c8c',
  /** The frame of a highlighted (selected region's) tile. */
  highlight: '#ad2102',
  /** Keyboard focus on a tile, and the selected tile. */
  focus: '#0958d9',
  selected: '#000000',
  /** Province borders, and the text of a tile without data. */
  border: '#262626',
  missingText: '#262626',
  /** The white plate the words of a hatched tile sit on, and the hatching itself. */
  plate: '#ffffff',
  hatchGround: '#ffffff',
  hatchLine: '#a6a6a6',
} as const;
