import { describe, expect, it } from 'vitest';
import { bilingual } from './bilingual';

describe('bilingual', () => {
  it('joins Chinese and English, Chinese first', () => {
    expect(bilingual('地区', 'region')).toBe('地区 / region');
    expect(bilingual({ zh: '地区', en: 'region' })).toBe('地区 / region');
  });
});
