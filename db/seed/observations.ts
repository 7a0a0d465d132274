import { lookupRegion } from './regions';
import {
  NATIONAL_DISPOSABLE_INCOME_2024,
  TABLE1_GDP_2024,
  TABLE2_ASSUMED_YEAR,
  TABLE2_COLUMNS,
  TABLE2_CONSUMPTION,
  TABLE3_INCOME,
} from './paper-tables';
import { INDICATORS } from './indicators';
import { PAPER_FIGURES, type Qualifier } from './paper-figures';

export interface ObservationSeed {
  indicator: string;
  region: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  sourceId: string;
  noteZh: string;
  noteEn: string;
}

function regionCode(name: string): string {
  const code = lookupRegion(name);
  if (!code) throw new Error(`paper region name without alias: ${name}`);
  return code;
}

const TABLE2_NOTE_ZH = '论文未注明表2年份，按2024年记录（见数据质量说明）。';
const TABLE2_NOTE_EN =
  'The paper does not state the year of Table 2; recorded as 2024 (see the quality note).';

/** Every observation of the embedded dataset, derived from the paper's tables and text as printed. */
export function paperObservations(): ObservationSeed[] {
  const out: ObservationSeed[] = [];
  const obs = (
    o: Omit<ObservationSeed, 'qualifier' | 'noteZh' | 'noteEn'> & Partial<ObservationSeed>,
  ): void => {
    out.push({ qualifier: 'exact', noteZh: '', noteEn: '', ...o });
  };
  for (const [name, gdp, growth] of TABLE1_GDP_2024) {
    const region = regionCode(name);
    obs({ indicator: 'gdp', region, year: 2024, value: gdp, sourceId: 'paper-t1' });
    obs({
      indicator: 'gdp_growth_nominal',
      region,
      year: 2024,
      value: growth,
      sourceId: 'paper-t1',
    });
  }
  for (const [name, values] of TABLE2_CONSUMPTION) {
    const region = regionCode(name);
    TABLE2_COLUMNS.forEach((indicator, i) => {
      const value = values[i];
      if (value === undefined) throw new Error(`Table 2 row ${name} lacks column ${indicator}`);
      obs({
        indicator,
        region,
        year: TABLE2_ASSUMED_YEAR,
        value,
        sourceId: 'paper-t2',
        noteZh: TABLE2_NOTE_ZH,
        noteEn: TABLE2_NOTE_EN,
      });
    });
  }
  for (const [name, y2023, y2024, growth] of TABLE3_INCOME) {
    const region = regionCode(name);
    obs({ indicator: 'disposable_income', region, year: 2023, value: y2023, sourceId: 'paper-t3' });
    obs({ indicator: 'disposable_income', region, year: 2024, value: y2024, sourceId: 'paper-t3' });
    obs({
      indicator: 'disposable_income_growth',
      region,
      year: 2024,
      value: growth,
      sourceId: 'paper-t3',
    });
  }
  obs({
    indicator: 'disposable_income',
    region: 'CN',
    year: 2024,
    value: NATIONAL_DISPOSABLE_INCOME_2024,
    sourceId: 'paper-s3-4',
  });
  for (const f of PAPER_FIGURES) {
    // The §1/§2/§4 figures each cite one reference, which is their indicator's source.
    const sourceId = INDICATORS.find((i) => i.code === f.indicator)?.sourceId;
    if (!sourceId) throw new Error(`paper figure for unknown indicator ${f.indicator}`);
    obs({
      indicator: f.indicator,
      region: 'NE',
      year: f.year,
      value: f.value,
      qualifier: f.qualifier,
      sourceId,
      noteZh: f.noteZh,
      noteEn: f.noteEn,
    });
  }
  return out;
}
