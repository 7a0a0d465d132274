/**
 * A stored code as words, for the rare field, choice or edit kind that has no label yet:
 * "maxMeasures" → "Max measures", "lead_agency" → "Lead agency", "leadAgency.zh" → "Lead agency · zh".
 */
export function codeWords(code: string): string {
  const words = code
    .split('.')
    .map((seg) =>
      seg
        .replace(/_/g, ' ')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .trim(),
    )
    .filter(Boolean)
    .join(' · ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
