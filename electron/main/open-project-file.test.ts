/**
 * The file-association plumbing in plain Node: which command-line arguments are project files
 * (first launch on Windows/Linux, second-instance), how an opened file is read for the renderer,
 * and the queue that holds files until the window can take them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PROJECT_FILE_BYTES } from '../../contract/project-file';
import { OpenedFileQueue, projectFilesFromArgv, readOpenedProjectFile } from './open-project-file';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-open-file-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('projectFilesFromArgv', () => {
  const cwd = path.resolve('/home/planner/docs');

  it('finds the file of a packaged first launch (Windows: app.exe "C:\\…\\x.trpproj")', () => {
    const file = path.resolve('/data/长春 方案.trpproj');
    expect(projectFilesFromArgv(['/opt/app/planner', file], cwd)).toEqual([file]);
  });

  it('skips the executable, Chromium switches and the app folder of `electron .`', () => {
    expect(
      projectFilesFromArgv(
        [
          '/usr/bin/electron',
          '.',
          '--no-sandbox',
          '--original-process-start-time=1',
          '--x=evil.trpproj',
          'notes.txt',
          'project.json',
        ],
        cwd,
      ),
    ).toEqual([]);
  });

  it('resolves a relative path against the launch folder (second-instance workingDirectory)', () => {
    expect(projectFilesFromArgv(['planner', 'sub/a.TRPPROJ', './b.trpproj'], cwd)).toEqual([
      path.join(cwd, 'sub/a.TRPPROJ'),
      path.join(cwd, 'b.trpproj'),
    ]);
  });

  it('accepts file:// URLs (Linux desktop entries) and names each file once', () => {
    const file = path.resolve('/tmp/x y.trpproj');
    const url = pathToFileURL(file).href;
    expect(projectFilesFromArgv(['planner', url, file, 'file://%zz.trpproj'], cwd)).toEqual([file]);
  });
});

describe('readOpenedProjectFile', () => {
  it('reads UTF-8 text and names the file', async () => {
    const file = path.join(dir, '项目.trpproj');
    fs.writeFileSync(file, '{"format":"x"}');
    expect(await readOpenedProjectFile(file)).toEqual({
      fileName: '项目.trpproj',
      text: '{"format":"x"}',
      error: null,
    });
  });

  it('says why a file cannot be opened instead of throwing', async () => {
    const missing = await readOpenedProjectFile(path.join(dir, 'gone.trpproj'));
    expect(missing).toMatchObject({ text: null, error: expect.stringMatching(/does not exist/) });
    const folder = path.join(dir, 'folder.trpproj');
    fs.mkdirSync(folder);
    expect(await readOpenedProjectFile(folder)).toMatchObject({
      error: expect.stringMatching(/not a file/),
    });
    const binary = path.join(dir, 'bin.trpproj');
    fs.writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    expect(await readOpenedProjectFile(binary)).toMatchObject({
      error: expect.stringMatching(/UTF-8/),
    });
    const big = path.join(dir, 'big.trpproj');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_PROJECT_FILE_BYTES + 1);
    expect(await readOpenedProjectFile(big)).toMatchObject({
      error: expect.stringMatching(/32 MB/),
    });
  });
});

describe('OpenedFileQueue', () => {
  it('holds files until the window opens, then delivers each once, then directly', () => {
    const q = new OpenedFileQueue();
    const got: string[] = [];
    q.add(['/a.trpproj', '/b.trpproj', '/a.trpproj']);
    q.open((f) => got.push(f));
    q.add(['/c.trpproj']);
    q.close();
    q.add(['/d.trpproj']);
    expect(got).toEqual(['/a.trpproj', '/b.trpproj', '/c.trpproj']);
    q.open((f) => got.push(`again ${f}`));
    expect(got.at(-1)).toBe('again /d.trpproj');
  });
});
