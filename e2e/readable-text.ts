/**
 * Checks that text shown to a planner is words, not data: no JSON, no region codes, and no
 * cause or measure id ("C4", "M3") without its name right after it.
 */
import type { Page } from '@playwright/test';
import { shellApi } from './shell-api';

interface Named {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** id → name in `lang`, for every cause and measure of the catalogue (read through the API). */
export async function catalogueNames(
  shellUrl: string,
  lang: 'zh' | 'en',
): Promise<Map<string, string>> {
  const list = await shellApi<{ id: number }[]>(shellUrl, 'scenario:list', {});
  const first = list.value?.[0]?.id ?? 1;
  const s = await shellApi<{ causes: Named[]; measures: Named[] }>(shellUrl, 'scenario:get', {
    scenarioId: first,
  });
  const all = [...(s.value?.causes ?? []), ...(s.value?.measures ?? [])];
  return new Map(all.map((x) => [x.id, lang === 'zh' ? x.nameZh : x.nameEn]));
}

const around = (text: string, at: number) =>
  text.slice(Math.max(0, at - 30), at + 40).replace(/\s+/g, ' ');

/** Every place `text` shows data instead of words; [] when it reads as words throughout. */
export function unreadable(text: string, names: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\{"/g)) problems.push(`JSON: …${around(text, m.index)}…`);
  for (const m of text.matchAll(/\bCN-[A-Z]{2}\b/g))
    problems.push(`region code ${m[0]}: …${around(text, m.index)}…`);
  for (const m of text.matchAll(/\b([CM]\d{1,2})\b/g)) {
    const name = names.get(m[1]!);
    const rest = text.slice(m.index + m[0].length).replace(/^ (· )?/, '');
    if (!name || !rest.startsWith(name)) problems.push(`bare ${m[1]}: …${around(text, m.index)}…`);
  }
  return problems;
}

/** The visible text of the working area and the undo bar. */
export async function visibleText(page: Page): Promise<string> {
  const main = await page.locator('main').innerText();
  const bar = await page.getByTestId('undo-bar').innerText();
  return `${main}\n${bar}`;
}
