/**
 * What the shell shows when out/renderer has not been built yet: a static bilingual page (no
 * script, so the strict CSP holds) telling the user the one command that fixes it.
 */
export function notBuiltPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>人才留住规划助手 · Talent Retention Planner</title></head>
<body style="font-family: sans-serif; margin: 3em; line-height: 1.6">
<h1>界面尚未构建 / The user interface has not been built</h1>
<p>请先运行 <code>npm run build:renderer</code>，然后刷新本页。</p>
<p>Run <code>npm run build:renderer</code>, then reload this page.</p>
</body>
</html>
`;
}
