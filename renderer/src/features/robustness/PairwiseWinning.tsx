import { Card, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract/domain';
import type { PackageSmaaResult } from '../../../../engine/robustness';
import { formatPercent } from '../../format/number';

/** How many of the top packages (by value at the planner's weights) are compared pairwise. */
const SHOWN = 5;

/** Shade of a winning share; the number is always printed (colour is never the only carrier). */
function shade(share: number): string {
  return `hsl(150 55% ${Math.round(97 - share * 50)}%)`;
}

interface Props {
  result: PackageSmaaResult;
  lang: Locale;
  packageLabel(measures: readonly string[]): string;
}

/**
 * Pairwise winning indices of the top packages: the cell in row a, column b is the share of
 * samples in which package a ranks before package b (so a cell and its mirror add to 100 %),
 * with its standard error on hover and focus.
 */
export function PairwiseWinning({ result, lang, packageLabel }: Props) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const n = Math.min(SHOWN, result.pairwiseWinning.length, result.packages.length);
  if (n < 2) return null;
  const rows = result.packages.slice(0, n);
  return (
    <Card size="small" title={t('robustness.pairwiseTitle')} style={{ marginTop: token.marginSM }}>
      <Typography.Paragraph type="secondary">{t('robustness.pairwiseHint')}</Typography.Paragraph>
      <div style={{ overflowX: 'auto' }}>
        <table className="trp-matrix" data-testid="smaa-pairwise">
          <caption className="trp-sr-only">{t('robustness.pairwiseTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('robustness.pairwiseCorner')}</th>
              {rows.map((p, b) => (
                <th key={b} scope="col">
                  #{b + 1} {packageLabel(p.measures)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p, a) => (
              <tr key={a}>
                <th scope="row">
                  #{a + 1} {packageLabel(p.measures)}
                </th>
                {rows.map((_, b) => {
                  const share = result.pairwiseWinning[a]?.[b] ?? null;
                  const se = result.pairwiseWinningSE[a]?.[b] ?? null;
                  if (share === null) return <td key={b}>—</td>;
                  return (
                    <td key={b} style={{ background: shade(share), textAlign: 'right' }}>
                      <Tooltip
                        title={t('robustness.seTooltip', { se: formatPercent(lang, se ?? 0, 1) })}
                      >
                        <span tabIndex={0}>{formatPercent(lang, share)}</span>
                      </Tooltip>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
