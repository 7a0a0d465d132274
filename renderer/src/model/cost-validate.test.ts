import { describe, expect, it } from 'vitest';
import { checkCostDraft, type CostDraft } from './cost-validate';

const good: CostDraft = {
  low: '40',
  likely: '90',
  high: '1,600',
  years: '5',
  leadAgencyZh: ' 自然资源厅 ',
  leadAgencyEn: 'Department of Natural Resources',
};

describe('checkCostDraft', () => {
  it('returns the figures the host takes', () => {
    expect(checkCostDraft(good)).toEqual({
      ok: true,
      value: {
        costLow: 40,
        costLikely: 90,
        costHigh: 1600,
        yearsToEffect: 5,
        leadAgencyZh: '自然资源厅',
        leadAgencyEn: 'Department of Natural Resources',
      },
    });
  });

  it('names the field: a cost is a positive number up to the ceiling, in order', () => {
    const problem = (d: Partial<CostDraft>) => {
      const r = checkCostDraft({ ...good, ...d });
      return r.ok ? null : r.problem;
    };
    expect(problem({ low: 'x' })).toEqual({ kind: 'notNumber', field: 'low' });
    expect(problem({ low: '0' })).toEqual({ kind: 'notPositive', field: 'low' });
    expect(problem({ high: '100001' })).toEqual({ kind: 'tooLarge', field: 'high' });
    expect(problem({ likely: '30' })).toEqual({ kind: 'order' });
    expect(problem({ years: '' })).toEqual({ kind: 'notNumber', field: 'years' });
    expect(problem({ years: '51' })).toEqual({ kind: 'years' });
    expect(problem({ leadAgencyEn: '  ' })).toEqual({ kind: 'leadAgency', field: 'leadAgencyEn' });
  });
});
