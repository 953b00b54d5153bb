// The replay commands as a person runs them: the built program in real processes, writing and
// reading real files, with its exit codes and messages for every kind of bad file.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/replay/class-csv';
import { MAX_REPLAY_BYTES } from '../../src/replay/format';
import { type BuiltCli, buildCli, ROOT } from './built-cli';

const SCENARIO = 'scenarios/june-2019.yaml';
const OTHER = 'tests/engine/fixtures/other-sides.yaml';

let built: BuiltCli;
let dir: string;
beforeAll(() => {
  built = buildCli();
  dir = mkdtempSync(join(tmpdir(), 'dd-cli-replay-'));
});
afterAll(() => {
  built.remove();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => built.run(...args);
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let count = 0;
/** A fresh path in this file's temporary directory. */
const path = (name: string) => join(dir, `${count++}-${name}`);

function record(out: string, ...players: string[]) {
  const r = cli('replay', 'record', '--scenario', SCENARIO, ...players, '--seed', '7', '--out', out);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r;
}

/** A recorded game, written once, for the tests that damage a copy of it. */
let good: string;
let goodText: string;
beforeAll(() => {
  good = path('good.json');
  record(good, '--us', 'pragmatist:hard', '--mx', 'sovereigntist');
  goodText = readFileSync(good, 'utf8');
});

/** A copy of the good replay, edited as JSON. */
function edited(name: string, edit: (json: ReturnType<typeof JSON.parse>) => void): string {
  const json = JSON.parse(goodText);
  edit(json);
  const file = path(name);
  writeFileSync(file, JSON.stringify(json, null, 1));
  return file;
}

function written(name: string, text: string): string {
  const file = path(name);
  writeFileSync(file, text);
  return file;
}

/** `replay verify` of one bad file: exit 1, the file named, no stack trace, nothing on stdout. */
function refused(file: string, code: string) {
  const r = cli('replay', 'verify', file);
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`^${literal(file)}: ${code}: `));
  noStackTrace(r.stderr);
  return r.stderr;
}

describe('replay record', () => {
  it('plays one game and writes it as a replay file, saying where, how long and how it ended', () => {
    const out = path('game.json');
    const r = record(out, '--us', 'pragmatist:hard', '--mx', 'sovereigntist');
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.stdout).toBe(`wrote ${out}: ${file.actions.length} actions, final hash ${file.final.hash}\n`);
    expect(file.header).toMatchObject({
      format: 'deadline-diplomacy-replay',
      scenarioId: 'june-2019',
      seed: 7,
      sides: ['us', 'mx'],
      players: {
        us: { kind: 'ai', player: 'pragmatist:hard' },
        mx: { kind: 'ai', player: 'sovereigntist:medium' },
      },
      settings: { mode: 'simulated' },
    });
    expect(file.actions.length).toBeGreaterThan(0);
  });

  it('writes the same file, byte for byte, for the same arguments in any order', () => {
    const a = path('a.json');
    const b = path('b.json');
    record(a, '--us', 'random', '--mx', 'pragmatist');
    const r = cli(
      'replay',
      'record',
      '--out',
      b,
      '--seed',
      '7',
      '--mx',
      'pragmatist',
      '--us',
      'random',
      '--scenario',
      SCENARIO,
    );
    expect(r.status).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('plays the same game as simulate: the same final hash for the same seed and players', () => {
    const out = path('same.json');
    record(out, '--us', 'history', '--mx', 'random');
    const sim = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'history',
      '--mx',
      'random',
      '--seeds',
      '7',
      '--json',
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).final.hash).toBe(JSON.parse(sim.stdout).games[0].finalHash);
  });

  it('makes the directory of the file it writes', () => {
    const out = join(path('deep'), 'a', 'b', 'game.json');
    record(out, '--us', 'random', '--mx', 'random');
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['--us', 'random'], 'replay record needs --mx: a player for each side of june-2019'],
    [['--us', 'robot', '--mx', 'random'], '--us: unknown player "robot"'],
    [['--north', 'random', '--mx', 'random'], 'unknown option "--north": the sides of june-2019 are'],
  ])('gives usage and exit 2 for bad players %#', (players, message) => {
    const r = cli(
      'replay',
      'record',
      '--scenario',
      SCENARIO,
      ...players,
      '--seed',
      '1',
      '--out',
      path('x.json'),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage:');
    noStackTrace(r.stderr);
  });

  it('exits 2 with a message when the file cannot be written', () => {
    const blocker = written('blocker', 'a file, not a directory');
    const r = cli(
      'replay',
      'record',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'random',
      '--seed',
      '1',
      '--out',
      join(blocker, 'game.json'),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${blocker}: could not make the directory: part of the path is a file, not a directory\n`,
    );
    const onDir = cli(
      'replay',
      'record',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'random',
      '--seed',
      '1',
      '--out',
      dir,
    );
    expect(onDir.status).toBe(2);
    expect(onDir.stderr).toBe(`${dir}: could not write the file: it is a directory\n`);
  });
});

describe('replay verify', () => {
  it('verifies a good file: its action count and final hash, exit 0', () => {
    const file = JSON.parse(goodText);
    const r = cli('replay', 'verify', good);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`verified ${file.actions.length} actions ${file.final.hash} ${good}\n`);
  });

  it('finds the shipped scenarios from where the program is, not from the working directory', () => {
    const elsewhere = path('cwd');
    mkdirSync(elsewhere);
    const r = built.runIn(elsewhere, 'replay', 'verify', good);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^verified \d+ actions [0-9a-f]{16} \S+\n$/);
  });

  it('checks every file and exits 1 if any is bad, reporting each by name', () => {
    const empty = written('empty.json', '');
    const r = cli('replay', 'verify', good, empty, good);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toBe(`${empty}: REPLAY_EMPTY: the file is empty: there is no replay in it\n`);
  });

  it('refuses an empty file, a file cut short, and a file that is not JSON, saying where', () => {
    refused(written('blank.json', '\n  \n'), 'REPLAY_EMPTY');
    const cut = refused(written('cut.json', goodText.slice(0, 700)), 'REPLAY_TRUNCATED');
    expect(cut).toMatch(/the file stops in the middle \(line \d+, column \d+\)/);
    const notJson = written('notjson.json', '{\n "header": oops\n}\n');
    const lines = refused(notJson, 'REPLAY_NOT_JSON').trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/: REPLAY_NOT_JSON: the file is not JSON: unexpected .+ at line 2, column 12$/),
      expect.stringMatching(new RegExp(`^${literal(notJson)}:2:12 : unexpected `)),
    ]);
  });

  it('names a damaged field with its line and column', () => {
    const file = edited('damaged.json', (j) => {
      j.header.seed = 'seven';
    });
    const stderr = refused(file, 'REPLAY_MALFORMED');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"seed": "seven"')) + 1;
    expect(stderr).toMatch(
      new RegExp(`\\n${literal(file)}:${line}:\\d+ header\\.seed: expected a whole number`),
    );
  });

  it('refuses JSON that is not a replay', () => {
    refused(written('scenario.json', '{"id": "june-2019"}'), 'REPLAY_NOT_A_REPLAY');
  });

  it('refuses a tampered replay: an action changed, or a hash changed', () => {
    const refusedAction = refused(
      edited('refused.json', (j) => {
        j.actions[0].action.type = 'accept';
      }),
      'REPLAY_ACTION_REFUSED',
    );
    expect(refusedAction).toContain('actions[0]: the rules refuse this action');
    const json = JSON.parse(goodText);
    const index = json.actions.findIndex((a: { action: { type: string } }) =>
      ['propose', 'counter'].includes(a.action.type),
    );
    const changed = edited('changed.json', (j) => {
      j.actions[index].action.say = { text: { en: 'Edited.', es: 'Editado.' } };
    });
    const first = json.checkpoints.findIndex((c: { actions: number }) => c.actions > index);
    expect(refused(changed, 'REPLAY_CHECKPOINT')).toContain(`checkpoints[${first}]: the state after round`);
    const hash = edited('hash.json', (j) => {
      j.checkpoints[1].hash = '0123456789abcdef';
    });
    expect(refused(hash, 'REPLAY_CHECKPOINT')).toContain('the file says 0123456789abcdef');
    const final = edited('final.json', (j) => {
      j.final.hash = 'ffffffffffffffff';
    });
    expect(refused(final, 'REPLAY_FINAL')).toContain('final.hash: the game ends in state');
  });

  it('refuses another format version or an unknown engine version', () => {
    const format = refused(
      edited('format.json', (j) => {
        j.header.formatVersion = 2;
      }),
      'REPLAY_FORMAT_VERSION',
    );
    expect(format).toContain('replay format version 2; this game reads version 1');
    const engine = refused(
      edited('engine.json', (j) => {
        j.header.engineVersion = '0.0.1-old';
      }),
      'REPLAY_ENGINE_VERSION',
    );
    expect(engine).toContain('"0.0.1-old"');
  });

  it('refuses a replay of a scenario it does not have, naming those it has and --scenario', () => {
    const file = edited('atlantis.json', (j) => {
      j.header.scenarioId = 'atlantis-1999';
    });
    const stderr = refused(file, 'REPLAY_UNKNOWN_SCENARIO');
    expect(stderr).toContain('"atlantis-1999"');
    expect(stderr).toContain(
      `${file}: the scenarios here are guatemala-2019, june-2019-senate-votes-no, june-2019-silent-senate, june-2019, mexico-2025, tutorial; name the replay's scenario file with --scenario <file>`,
    );
  });

  it('verifies a replay of another scenario when --scenario names its file', () => {
    const out = path('small.json');
    const rec = cli(
      'replay',
      'record',
      '--scenario',
      OTHER,
      '--north',
      'random',
      '--south',
      'history',
      '--seed',
      '3',
      '--out',
      out,
    );
    expect(rec.status).toBe(0);
    refused(out, 'REPLAY_UNKNOWN_SCENARIO');
    const r = cli('replay', 'verify', out, good, '--scenario', OTHER);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('refuses a replay of a changed scenario, unless the changed copy is given', () => {
    const copy = path('june-2019-edited.yaml');
    const text = readFileSync(join(ROOT, SCENARIO), 'utf8');
    expect(text).toContain('roundsPerWeekendDay: 1');
    writeFileSync(copy, text.replace('roundsPerWeekendDay: 1', 'roundsPerWeekendDay: 2'));
    const out = path('edited-game.json');
    expect(
      cli(
        'replay',
        'record',
        '--scenario',
        copy,
        '--us',
        'random',
        '--mx',
        'random',
        '--seed',
        '2',
        '--out',
        out,
      ).status,
    ).toBe(0);
    expect(refused(out, 'REPLAY_SCENARIO_CHANGED')).toContain('another version of "june-2019"');
    // Given the copy, each replay finds the version of june-2019 it was played on.
    const r = cli('replay', 'verify', out, good, '--scenario', copy);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('refuses a file over 5 MB without reading it', () => {
    const big = path('big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_REPLAY_BYTES + 1);
    expect(refused(big, 'REPLAY_TOO_LARGE')).toMatch(/the file is 5\.0 MB; a replay is at most 5\.0 MB/);
    const huge = path('huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 2 ** 30);
    expect(refused(huge, 'REPLAY_TOO_LARGE')).toContain('the file is 3072.0 MB');
  });

  it('exits 2 for a file it cannot read: missing, a directory, not a regular file', () => {
    const missing = join(dir, 'nope.json');
    const r = cli('replay', 'verify', missing);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${missing}: could not read the file: no such file\n`);
    const directory = cli('replay', 'verify', dir);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toBe(`${dir}: could not read the file: it is a directory, not a replay file\n`);
    if (existsSync('/dev/zero')) {
      const device = cli('replay', 'verify', '/dev/zero');
      expect(device.status).toBe(2);
      expect(device.stderr).toBe('/dev/zero: could not read the file: it is not a regular file\n');
    }
    // The worst status over the files: an unreadable one outranks a bad one.
    const both = cli('replay', 'verify', written('e.json', ''), missing, good);
    expect(both.status).toBe(2);
  });

  it('exits 2 for a --scenario file that does not exist, 1 for one that is invalid', () => {
    const missing = cli('replay', 'verify', good, '--scenario', 'scenarios/nope.yaml');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('scenarios/nope.yaml:1:1 (root): could not read the file: no such file');
    const broken = written('broken.yaml', 'id: Bad Id\n');
    const invalid = cli('replay', 'verify', good, '--scenario', broken);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain(`${broken}:1:`);
  });
});

describe('simulate --replays', () => {
  it('writes every game as a replay named by scenario and seed, each one verifying to its hash', () => {
    const out = join(path('sim'), 'replays');
    const r = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'pragmatist',
      '--seeds',
      '3..7',
      '--json',
      '--replays',
      out,
    );
    expect(r.status).toBe(0);
    const { games } = JSON.parse(r.stdout);
    const names = [
      'june-2019-3.json',
      'june-2019-4.json',
      'june-2019-5.json',
      'june-2019-6.json',
      'june-2019-7.json',
    ];
    expect(readdirSync(out).sort()).toEqual(names);
    const verified = cli('replay', 'verify', ...names.map((n) => join(out, n)));
    expect(verified.status).toBe(0);
    expect(verified.stdout.trimEnd().split('\n')).toEqual(
      names.map((n, i) =>
        expect.stringMatching(
          new RegExp(`^verified \\d+ actions ${games[i].finalHash} ${literal(join(out, n))}$`),
        ),
      ),
    );
    const file = JSON.parse(readFileSync(join(out, names[0] as string), 'utf8'));
    expect(file.header.players).toEqual({
      us: { kind: 'ai', player: 'random' },
      mx: { kind: 'ai', player: 'pragmatist:medium' },
    });
  });

  it('writes the same files as replay record, and works without --json too', () => {
    const out = path('sim-table');
    const r = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'pragmatist',
      '--seeds',
      '7',
      '--replays',
      out,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^june-2019 \([0-9a-f]{12}\): United States random vs Mexico pragmatist:medium/);
    const single = path('single.json');
    record(single, '--us', 'random', '--mx', 'pragmatist:medium');
    expect(readFileSync(join(out, 'june-2019-7.json'), 'utf8')).toBe(readFileSync(single, 'utf8'));
  });

  it('exits 2 before playing when the directory cannot be made', () => {
    const blocker = written('not-a-dir', 'x');
    const r = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'random',
      '--seeds',
      '1..3',
      '--replays',
      blocker,
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${blocker}: could not make the directory`);
  });
});

describe('class-report', () => {
  let replays: string;
  beforeAll(() => {
    replays = path('class');
    const r = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'pragmatist',
      '--seeds',
      '1..12',
      '--replays',
      replays,
    );
    expect(r.status).toBe(0);
  });

  it('writes the CSV and the page from a directory of replays and files, exit 0 when all are good', () => {
    const out = path('report');
    const r = cli('class-report', replays, good, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const csv = join(out, 'class-results.csv');
    const html = join(out, 'class-report.html');
    expect(r.stdout).toBe(`wrote ${csv} and ${html}: 13 games\n`);
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 13 + 1);
    expect(lines[1]).toMatch(/^june-2019,us,mx,random,pragmatist:medium,/);
    expect(lines[13]).toMatch(/^june-2019,us,mx,pragmatist:hard,sovereigntist:medium,/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h1>Class results</h1>');
    expect(page).toContain('13 games.');
    // Nothing about the files themselves: not their names, nor where they were.
    for (const text of [readFileSync(csv, 'utf8'), page]) {
      expect(text).not.toContain(dir);
      expect(text).not.toContain('.json');
    }
  });

  it('takes the files in a directory in the order a person reads them', () => {
    const out = path('order');
    cli('class-report', replays, '--out', out);
    const csv = readFileSync(join(out, 'class-results.csv'), 'utf8');
    const sim = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
      '--mx',
      'pragmatist',
      '--seeds',
      '1..12',
      '--json',
    );
    const games: { score: { us: number } }[] = JSON.parse(sim.stdout).games;
    const scores = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => Number(line.split(',')[9]));
    expect(scores).toEqual(games.map((g) => g.score.us));
  });

  it('leaves a bad replay out, names it on stderr, still writes the report, and exits 1', () => {
    const out = path('with-bad');
    const bad = edited('bad.json', (j) => {
      j.final.hash = 'ffffffffffffffff';
    });
    const empty = written('empty.json', '');
    const r = cli('class-report', replays, bad, empty, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^${literal(bad)}: REPLAY_FINAL: final\\.hash: the game ends in state `),
      ),
      `${empty}: REPLAY_EMPTY: the file is empty: there is no replay in it`,
    ]);
    expect(r.stdout).toMatch(/: 12 games \(2 replay files left out\)\n$/);
    expect(readFileSync(join(out, 'class-results.csv'), 'utf8').split('\r\n')).toHaveLength(1 + 12 + 1);
    expect(readFileSync(join(out, 'class-report.html'), 'utf8')).toContain(
      '2 replay files could not be verified and are left out.',
    );
    noStackTrace(r.stderr);
  });

  it('writes an empty report when no replay is good, and exits 1', () => {
    const out = path('none');
    const r = cli('class-report', written('e.json', '{'), '--out', out);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'class-results.csv'), 'utf8')).toBe(`${CSV_HEADER.join(',')}\r\n`);
    expect(readFileSync(join(out, 'class-report.html'), 'utf8')).toContain('There are no games to show.');
  });

  it('reports an empty directory as no games, and a missing input with exit 2', () => {
    const empty = path('empty-dir');
    mkdirSync(empty);
    const none = cli('class-report', empty, '--out', path('r'));
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/: 0 games\n$/);
    const missing = join(dir, 'absent');
    const r = cli('class-report', missing, '--out', path('r'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${missing}: could not read the file: no such file\n`);
  });

  it('gives usage and exit 2 without --out, and exit 2 when the report cannot be written', () => {
    const r = cli('class-report', replays);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('class-report needs --out <dir>');
    const blocker = written('report-blocker', 'x');
    const w = cli('class-report', replays, '--out', blocker);
    expect(w.status).toBe(2);
    expect(w.stderr).toContain(`${blocker}: could not make the directory`);
  });
});
