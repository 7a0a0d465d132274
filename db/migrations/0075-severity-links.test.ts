import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { memoryDbAt } from '../test-helpers';

describe('migration 0075-severity-links', () => {
  it('drops the C3 → total GDP (best province) link, keeps every other link and marks totals', async () => {
    const db = await memoryDbAt(60);
    db.exec(`
      INSERT INTO indicators (code, name_zh, name_en, unit, unit_en, direction, category) VALUES
        ('gdp', 'GDP', 'GDP', '亿元', '100m yuan', 1, 'economy'),
        ('gdp_growth_nominal', 'g', 'g', '%', 'percent', 1, 'economy');
      INSERT INTO causes (id, name_zh, name_en, text_zh, text_en, paper_section, sort) VALUES
        ('C3', 'a', 'a', 't', 't', '§3.3', 0), ('C5', 'b', 'b', 't', 't', '§3.5', 1);
      INSERT INTO cause_indicator_links (cause_id, indicator_code, direction, reference) VALUES
        ('C3', 'gdp', 1, 'best'), ('C3', 'gdp_growth_nominal', 1, 'national'),
        ('C5', 'gdp', 1, 'best');
    `);
    await migrate(db, { targetVersion: 75 });
    expect(db.pragma('user_version', { simple: true })).toBe(75);
    expect(
      db.prepare('SELECT cause_id, indicator_code FROM cause_indicator_links ORDER BY 1, 2').all(),
    ).toEqual([
      { cause_id: 'C3', indicator_code: 'gdp_growth_nominal' },
      { cause_id: 'C5', indicator_code: 'gdp' },
    ]);
    // Totals (亿元 …) are marked as such; rates stay levels.
    expect(db.prepare('SELECT code, measure FROM indicators ORDER BY code').all()).toEqual([
      { code: 'gdp', measure: 'total' },
      { code: 'gdp_growth_nominal', measure: 'level' },
    ]);
    db.close();
  });
});
