import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine';
import { encodeReplay, type ReplayFile } from '../../src/replay/format';
import { readReplay } from '../../src/replay/read';
import { verifyReplay } from '../../src/replay/verify';
import { loadRules } from '../support/scenarios';
import { cutShort, playedGame, replayOf } from './games';

const rules = loadRules();
const rulesFor = (id: string) => (id === rules.scenario.id ? rules : null);

/** The file written, read back and re-run, as the viewer and `replay verify` do. */
function roundTrip(file: ReplayFile) {
  const read = readReplay(encodeReplay(file));
  if (!read.ok) throw new Error(read.error.message);
  return verifyReplay(read.value, rulesFor);
}

/** A replay edited as text would be: parsed (as untyped as JSON.parse gives it), changed, checked again. */
function edited(file: ReplayFile, edit: (json: ReturnType<typeof JSON.parse>) => void) {
  const json = JSON.parse(encodeReplay(file));
  edit(json);
  const read = readReplay(JSON.stringify(json));
  return read.ok ? verifyReplay(read.value, rulesFor) : read;
}

const LINEUPS: readonly (readonly [string, string])[] = [
  ['random', 'random'],
  ['history', 'history'],
  ['pragmatist:hard', 'sovereigntist:easy'],
  ['stubborn', 'pragmatist'],
];

describe('a recorded game re-runs to the same state', () => {
  for (const lineup of LINEUPS) {
    it(`${lineup.join(' vs ')}, seeds 1..8`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const state = playedGame(rules, lineup, seed);
        const file = replayOf(rules, state, lineup);
        expect(file.actions).toHaveLength(state.actionCount);
        const verified = roundTrip(file);
        if (!verified.ok) throw new Error(verified.error.message);
        const states = verified.value.states;
        expect(states).toHaveLength(state.actionCount + 1);
        expect(stateHash(states[states.length - 1] as never)).toBe(stateHash(state));
        expect(file.final.hash).toBe(stateHash(state));
        // Every closed round has its checkpoint, in order.
        expect(file.checkpoints.map((c) => c.round)).toEqual(
          [...new Set(file.checkpoints.map((c) => c.round))].sort((a, b) => a - b),
        );
      }
    });
  }

  it('is the same file for the same seed and players', () => {
    const a = encodeReplay(replayOf(rules, playedGame(rules, ['random', 'random'], 7), ['random', 'random']));
    const b = encodeReplay(replayOf(rules, playedGame(rules, ['random', 'random'], 7), ['random', 'random']));
    expect(a).toBe(b);
  });

  it('records a game that is still going, as far as it went', () => {
    const whole = playedGame(rules, ['random', 'random'], 3);
    const part = cutShort(rules, whole, 9);
    const file = replayOf(rules, part, ['random', 'random']);
    expect(file.actions).toHaveLength(9);
    expect(file.final.outcome).toEqual({ kind: 'ongoing' });
    const verified = roundTrip(file);
    expect(verified.ok).toBe(true);
  });
});

describe('a tampered replay is refused, naming what differs', () => {
  const lineup = ['pragmatist', 'pragmatist'] as const;
  const file = replayOf(rules, playedGame(rules, lineup, 11), lineup);

  it('an action that the rules refuse', () => {
    const r = edited(file, (j) => {
      j.actions[0].action.type = 'accept';
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REPLAY_ACTION_REFUSED');
    expect(r.error.message).toMatch(/^actions\[0\]: the rules refuse this action \([A-Z_]+: /);
  });

  it('an action changed into another legal one: the first checkpoint after it differs', () => {
    const index = file.actions.findIndex((a) => a.action.type === 'propose' || a.action.type === 'counter');
    const r = edited(file, (j) => {
      const say = { text: { en: 'Edited.', es: 'Editado.' } };
      j.actions[index].action.say = say;
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REPLAY_CHECKPOINT');
    const first = file.checkpoints.findIndex((c) => c.actions > index);
    expect(r.error.message).toContain(
      `checkpoints[${first}]: the state after round ${file.checkpoints[first]?.round}`,
    );
  });

  it('a checkpoint hash changed', () => {
    const r = edited(file, (j) => {
      j.checkpoints[2].hash = '0123456789abcdef';
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REPLAY_CHECKPOINT');
    expect(r.error.message).toMatch(/^checkpoints\[2\]: .*the file says 0123456789abcdef/);
  });

  it('the seed changed', () => {
    const r = edited(file, (j) => {
      j.header.seed += 1;
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(['REPLAY_CHECKPOINT', 'REPLAY_ACTION_REFUSED']).toContain(r.error.code);
  });

  it('a checkpoint missing, or one too many', () => {
    const missing = edited(file, (j) => {
      j.checkpoints.pop();
    });
    expect(!missing.ok && missing.error.code).toBe('REPLAY_CHECKPOINT');
    const extra = edited(file, (j) => {
      j.checkpoints.push({ round: 40, actions: 999, hash: '0123456789abcdef' });
    });
    expect(!extra.ok && extra.error.code).toBe('REPLAY_CHECKPOINT');
    expect(!extra.ok && extra.error.message).toMatch(/^checkpoints\[\d+\]: a checkpoint for round 40/);
  });

  it('the final hash or outcome changed', () => {
    const hash = edited(file, (j) => {
      j.final.hash = 'ffffffffffffffff';
    });
    expect(!hash.ok && hash.error.code).toBe('REPLAY_FINAL');
    const outcome = edited(file, (j) => {
      j.final.outcome = { kind: 'no-deal', date: '2019-10-31', round: 12, finalTariff: 25 };
    });
    expect(!outcome.ok && outcome.error.code).toBe('REPLAY_FINAL');
    expect(!outcome.ok && outcome.error.message).toMatch(/^final\.outcome: the game ends as "/);
  });

  it('an action dated in the wrong round, or after the end', () => {
    const dated = edited(file, (j) => {
      j.actions[3].round += 1;
    });
    expect(!dated.ok && dated.error.code).toBe('REPLAY_ACTION_OUT_OF_PLACE');
    expect(!dated.ok && dated.error.message).toMatch(/^actions\[3\]: dated round/);
    const after = edited(file, (j) => {
      j.actions.push(j.actions[j.actions.length - 1]);
    });
    expect(!after.ok && after.error.code).toBe('REPLAY_ACTION_OUT_OF_PLACE');
  });

  it('a scenario this game does not have, or another version of it', () => {
    const unknown = edited(file, (j) => {
      j.header.scenarioId = 'atlantis-1999';
    });
    expect(!unknown.ok && unknown.error.code).toBe('REPLAY_UNKNOWN_SCENARIO');
    expect(!unknown.ok && unknown.error.message).toContain('"atlantis-1999"');
    const changed = edited(file, (j) => {
      j.header.scenarioHash = 'abcdefabcdef0000';
    });
    expect(!changed.ok && changed.error.code).toBe('REPLAY_SCENARIO_CHANGED');
  });

  it('sides or players that are not the scenario’s', () => {
    const sides = edited(file, (j) => {
      j.header.sides.reverse();
    });
    expect(!sides.ok && sides.error.code).toBe('REPLAY_MALFORMED');
    expect(!sides.ok && sides.error.message).toMatch(/^header\.sides: expected \["us", "mx"\]/);
    const players = edited(file, (j) => {
      j.header.players = { us: { kind: 'person' }, ca: { kind: 'person' } };
    });
    expect(!players.ok && players.error.message).toMatch(/^header\.players: /);
  });
});
