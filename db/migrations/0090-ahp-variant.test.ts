import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { memoryDbAt } from '../test-helpers';

describe('migration 0090-ahp-variant', () => {
  it('adds the weighting record’s AHP variant as {} to existing rows and refuses text that is not JSON', async () => {
    const db = await memoryDbAt(80);
    db.exec(`
      INSERT INTO regions (code, name_zh, name_en, kind) VALUES ('220000', '吉林', 'Jilin', 'province');
      INSERT INTO scenarios (id, name, region_code, created_at, updated_at)
        VALUES (1, 's', '220000', '2026-01-01', '2026-01-01');
      INSERT INTO scenario_analysis (scenario_id, weights_method, weights_cr) VALUES (1, 'ahp', 0.05);
    `);
    await migrate(db, { targetVersion: 90 });
    expect(db.pragma('user_version', { simple: true })).toBe(90);
    expect(
      db.prepare('SELECT weights_method, weights_cr, weights_ahp FROM scenario_analysis').get(),
    ).toEqual({ weights_method: 'ahp', weights_cr: 0.05, weights_ahp: '{}' });
    expect(() => db.exec("UPDATE scenario_analysis SET weights_ahp = 'not json'")).toThrow();
    db.close();
  });
});
