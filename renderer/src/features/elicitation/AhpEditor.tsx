import { Select, Typography } from 'antd';
import type { RefSelectProps } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cause, Locale } from '../../../../contract/domain';
import { formatSaaty, type AhpResult } from '../../../../engine/weights';
import { AhpConsistencyPanel } from './AhpConsistencyPanel';
import { choiceIndex, SAATY_CHOICES, setJudgement, type Matrix } from './ahp-model';
import { ahpWords } from './ahp-words';
import { localName } from '../../i18n/localized';

export interface AhpEditorProps {
  causes: readonly Cause[];
  lang: Locale;
  matrix: Matrix;
  /** computeAhp of `matrix`, or null while it cannot be computed. */
  result: AhpResult | null;
  onChange(m: Matrix): void;
  /** Keeps ids and test ids apart when several matrices share a page (hierarchy, group). */
  idPrefix?: string;
  /** Replaces the scale hint above the matrix; null leaves it out (shown once by the caller). */
  hint?: string | null;
  /** The matrix's accessible caption (what is compared). */
  caption?: string;
}

/**
 * The pairwise judgements as a compact matrix: each upper-triangle cell says how much more
 * important the row's cause is than the column's (a number; its words are in the options and
 * the cell's accessible name), the lower triangle shows the reciprocal. Beside it (above it on
 * a narrow window) the consistency ratio and the most inconsistent judgements stay in view while
 * the planner edits. Every cell is a labelled combobox reached with Tab.
 */
export function AhpEditor(props: AhpEditorProps) {
  const { causes, lang, matrix, result, onChange, idPrefix = 'ahp', hint, caption } = props;
  const { t } = useTranslation();
  const say = ahpWords(t, lang, causes);
  const cells = useRef(new Map<string, RefSelectProps>());
  const focusCell = useCallback(
    (i: number, j: number) => cells.current.get(`${i}-${j}`)?.focus(),
    [],
  );
  const flagged = new Set((result?.inconsistent ?? []).map(([i, j]) => `${i}-${j}`));

  return (
    <div>
      {hint !== null && (
        <Typography.Paragraph>{hint ?? t('elicitation.ahp.hint')}</Typography.Paragraph>
      )}
      <div className="trp-ahp-layout">
        <div className="trp-ahp-matrix-frame trp-scroll-frame">
          <table className="trp-ahp-matrix" data-testid={`${idPrefix}-matrix`}>
            <caption className="trp-sr-only" id={`trp-${idPrefix}-caption`}>
              {caption ?? t('elicitation.ahp.matrixCaption')}
            </caption>
            <thead>
              <tr>
                <td />
                {causes.map((c) => (
                  <th key={c.id} scope="col" title={say.cause(c)}>
                    {c.id}
                    <span className="trp-sr-only"> {localName(c, lang)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {causes.map((row, i) => (
                <tr key={row.id}>
                  <th scope="row" className="trp-ahp-row-head">
                    {say.cause(row)}
                  </th>
                  {causes.map((col, j) => {
                    const v = matrix[i]?.[j] ?? null;
                    if (i === j)
                      return (
                        <td key={col.id} className="trp-ahp-diagonal">
                          1
                        </td>
                      );
                    if (i > j)
                      return (
                        <td key={col.id} className="trp-ahp-mirror">
                          {v === null ? '—' : formatSaaty(v)}
                        </td>
                      );
                    const key = `${i}-${j}`;
                    const isFlagged = flagged.has(key);
                    return (
                      <td
                        key={col.id}
                        className={isFlagged ? 'trp-ahp-cell trp-ahp-flagged' : 'trp-ahp-cell'}
                        title={v === null ? undefined : say.text(i, j, v)}
                      >
                        <Select<number>
                          ref={(r) => {
                            if (r) cells.current.set(key, r);
                            else cells.current.delete(key);
                          }}
                          virtual={false}
                          size="small"
                          variant={isFlagged ? 'outlined' : 'filled'}
                          status={isFlagged ? 'warning' : undefined}
                          popupMatchSelectWidth={false}
                          suffixIcon={null}
                          value={choiceIndex(v)}
                          labelRender={({ value }) =>
                            formatSaaty(SAATY_CHOICES[Number(value)] ?? 1)
                          }
                          options={SAATY_CHOICES.map((s, k) => ({
                            value: k,
                            label: say.text(i, j, s),
                          }))}
                          onChange={(k) => onChange(setJudgement(matrix, i, j, SAATY_CHOICES[k]!))}
                          aria-label={t('elicitation.ahp.judgementLabel', {
                            a: say.cause(row),
                            b: say.cause(col),
                            current: v === null ? '—' : say.text(i, j, v),
                          })}
                          data-testid={`${idPrefix}-${i}-${j}`}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <AhpConsistencyPanel {...props} idPrefix={idPrefix} onFocusCell={focusCell} />
      </div>
    </div>
  );
}
