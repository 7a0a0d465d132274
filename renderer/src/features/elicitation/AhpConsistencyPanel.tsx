import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AhpEditorProps } from './AhpEditor';
import { setJudgement } from './ahp-model';
import { ahpWords } from './ahp-words';

interface Props extends AhpEditorProps {
  /** Moves the keyboard focus to a judgement's cell, to edit it there. */
  onFocusCell(i: number, j: number): void;
}

/**
 * The live consistency ratio and, above Saaty's 0.10, the judgements that contradict the rest
 * most, each with the value the other judgements imply and a button to take it.
 */
export function AhpConsistencyPanel({
  causes,
  lang,
  matrix,
  result,
  onChange,
  onFocusCell,
  idPrefix = 'ahp',
}: Props) {
  const { t } = useTranslation();
  const say = ahpWords(t, lang, causes);
  if (!result) return <Alert type="error" showIcon title={t('elicitation.ahp.invalid')} />;
  const cr = result.cr.toFixed(3);
  return (
    <aside
      className="trp-ahp-panel"
      // Several panels on one page are told apart by their matrix's caption.
      aria-labelledby={
        idPrefix === 'ahp' ? 'trp-ahp-cr' : `trp-${idPrefix}-caption trp-${idPrefix}-cr`
      }
      data-testid={`${idPrefix}-panel`}
    >
      <Alert
        type={result.isConsistent ? 'success' : 'warning'}
        showIcon
        icon={result.isConsistent ? <CheckCircleOutlined /> : <WarningOutlined />}
        title={
          <span
            id={`trp-${idPrefix}-cr`}
            data-testid={`${idPrefix}-cr`}
            data-cr={result.cr.toFixed(4)}
          >
            {t('elicitation.ahp.cr', { cr })}
          </span>
        }
        description={result.isConsistent ? t('elicitation.ahp.crOk') : t('elicitation.ahp.crBad')}
      />
      {result.details.length > 0 && (
        <ol className="trp-ahp-flags" aria-label={t('elicitation.ahp.flaggedList')}>
          {result.details.map((d) => {
            const pair = say.pair(d.i, d.j);
            return (
              <li key={`${d.i}-${d.j}`} data-testid={`${idPrefix}-flag-${d.i}-${d.j}`}>
                <Typography.Text strong>{pair}</Typography.Text>
                <div>
                  {t('elicitation.ahp.current', {
                    text: say.text(d.i, d.j, d.given),
                  })}
                </div>
                <div>
                  {t('elicitation.ahp.suggestion', {
                    text: say.text(d.i, d.j, d.suggested),
                  })}
                </div>
                <Button
                  size="small"
                  onClick={() => onChange(setJudgement(matrix, d.i, d.j, d.suggested))}
                  aria-label={`${t('elicitation.ahp.applySuggestion')}: ${pair}`}
                  data-testid={`${idPrefix}-suggest-${d.i}-${d.j}`}
                >
                  {t('elicitation.ahp.applySuggestion')}
                </Button>{' '}
                <Button
                  size="small"
                  type="link"
                  onClick={() => onFocusCell(d.i, d.j)}
                  aria-label={`${t('elicitation.ahp.editCell')}: ${pair}`}
                >
                  {t('elicitation.ahp.editCell')}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
