// Runs Electronegativity through its programmatic API and writes its findings as JSON to a file.
// Why not the CLI's `-o report.csv`: the CLI writes the CSV header and the body with two
// unsynchronised fs.writeFile calls, so on a busy machine the header can land over the first
// finding (CI once parsed a finding named `ted in the target application"`). The API returns
// the issue objects themselves. Runs in its own process because the scanner logs to the console.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- the scanner ships as CommonJS and this runner is plain Node. */
const fs = require('node:fs');
const run = require('@doyensec/electronegativity');

const [input, outFile, ...exclude] = process.argv.slice(2);
run({ input, isRelative: true, customScan: [], excludeFromScan: exclude }).then(
  (result) => {
    const findings = result.issues.map((i) => ({
      rule: i.id,
      severity: i.severity && i.severity.name,
      confidence: i.confidence && i.confidence.name,
      file: i.file,
      location: i.location ? `${i.location.line}:${i.location.column}` : '',
      description: i.description,
    }));
    fs.writeFileSync(outFile, JSON.stringify({ findings, errors: result.errors.length }));
  },
  (error) => {
    console.error(`electronegativity failed: ${error && error.message}`);
    process.exitCode = 1;
  },
);
