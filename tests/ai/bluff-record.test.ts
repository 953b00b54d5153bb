// The debrief's record of bluffs: each side's statements, verdicts and (after the game) own marks.
import { describe, expect, it } from 'vitest';
import { bluffRecord } from '../../src/ai/bluff-record';
import { dayText } from '../../src/ai/day-text';
import { statementTable } from '../../src/ai/statement-record';
import { type GameState, STATEMENT_MAX_LENGTH } from '../../src/engine';
import { checkStatement } from '../../src/engine/statement';
import type { SideId } from '../../src/scenario/sides';
import { passToEnd } from '../engine/play';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';
import { play, propose, say, simple, troops } from '../support/statements';

const rules = loadRules();
const table = statementTable(rules.scenario);
const start = rules.newGame({ seed: 1 });

// June 5: Mexico calls 2,000 troops final (and marks it a bluff); the US threatens the June 10 step
// (meant). June 6: Mexico offers 6,000.
const during = play(rules, start, [
  propose(troops('troops-2000'), say('final-offer', true)),
  simple('reject', say('deadline-threat', false)),
  simple('wait'),
  simple('wait'),
  propose(troops('troops-6000')),
]);
const after = passToEnd(rules, during);

const entriesOf = (state: GameState, viewer: SideId, side: SideId) => {
  const record = bluffRecord(table, rules.observe(state, viewer));
  const mine = record.sides.find((s) => s.side === side);
  if (!mine) throw new Error(`no record for ${side}`);
  return { record, mine };
};

describe('the record of bluffs', () => {
  it('after the game, shows each side’s own marks beside the verdicts', () => {
    for (const viewer of [US, MX]) {
      const { record, mine } = entriesOf(after, viewer, MX);
      expect(record.revealed).toBe(true);
      expect(mine.entries).toHaveLength(1);
      expect(mine.entries[0]).toMatchObject({ intent: 'final-offer', verdict: 'bluff', marked: true });
      expect(mine.markedBluffs).toBe(1);
      expect(mine.judgedBluffs).toBe(1);
      const us = entriesOf(after, viewer, US).mine;
      expect(us.entries[0]).toMatchObject({ intent: 'deadline-threat', verdict: 'kept', marked: false });
      expect(us.markedBluffs).toBe(0);
    }
  });

  it('matches the marks the log holds, entry for entry', () => {
    const { record } = entriesOf(after, US, US);
    const marks = new Map(
      after.log.flatMap((e) =>
        e.kind === 'action' && e.action.say?.intent ? [[e.seq, e.action.say.bluff === true]] : [],
      ),
    );
    const listed = record.sides.flatMap((s) => s.entries.map((e) => [e.seq, e.marked] as const));
    expect(new Map(listed)).toEqual(marks);
  });

  it('hides every mark while the game is on', () => {
    for (const viewer of [US, MX]) {
      const { record } = entriesOf(during, viewer, MX);
      expect(record.revealed).toBe(false);
      for (const side of record.sides) {
        expect(side.markedBluffs).toBeNull();
        for (const e of side.entries) expect(e.marked).toBeNull();
      }
      // Nothing in the text gives a mark away either.
      const text = JSON.stringify(record);
      expect(text).not.toContain('its own note');
      expect(text).not.toContain('su propia nota');
    }
    // The verdicts are already there: they come from what was done, not from the marks.
    expect(entriesOf(during, US, MX).mine.entries[0]?.verdict).toBe('bluff');
  });

  it('says what happened in one plain line in each language, within the statement limit', () => {
    const line = entriesOf(after, US, MX).mine.entries[0]?.line;
    expect(line?.en).toBe(
      'Mexico called its offer final on June 5, then offered more on June 6: a bluff (its own note: a bluff).',
    );
    expect(line?.es).toBe(
      'México dijo el 5 de junio que su oferta era final y el 6 de junio ofreció más: un farol (su propia nota: farol).',
    );
    const threat = entriesOf(after, US, US).mine.entries[0]?.line;
    expect(threat?.en).toContain('the tariff rose to 5% on June 10');
    expect(threat?.es).toContain('el 10 de junio el arancel subió al 5%');
  });

  it('keeps every line plain and short, in random talkative games too', () => {
    const intents = ['final-offer', 'walkout-warning', 'deadline-threat', 'principal-appeal'] as const;
    let lines = 0;
    for (let seed = 1; seed <= 8; seed++) {
      let s = rules.newGame({ seed });
      for (let i = 0; s.phase !== 'over' && i < 200; i++) {
        const side = s.turn.side;
        const intent = intents[(seed + i) % intents.length] ?? 'final-offer';
        const facing = s.standing !== null && s.standing.by !== side;
        const pkg = troops(i % 3 === 0 ? 'troops-10000' : i % 3 === 1 ? 'troops-2000' : 'troops-6000');
        s = play(rules, s, [facing ? simple('reject', say(intent, i % 2 === 0)) : propose(pkg, say(intent))]);
      }
      for (const viewer of [US, MX]) {
        for (const side of bluffRecord(table, rules.observe(s, viewer)).sides) {
          for (const e of side.entries) {
            // The engine's own test of a statement: plain text, one line, within the limit.
            expect(checkStatement({ text: e.line }, side.side, false).ok).toBe(true);
            for (const text of [e.line.en, e.line.es]) {
              lines++;
              expect(Array.from(text).length).toBeLessThanOrEqual(STATEMENT_MAX_LENGTH);
              expect(text.length).toBeGreaterThan(20);
              expect(text).not.toMatch(/undefined|NaN|\[object/);
            }
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(100);
  });

  it('writes dates by hand in both languages', () => {
    expect(dayText('2019-06-07')).toEqual({ en: 'June 7', es: '7 de junio' });
    expect(dayText('2019-10-01')).toEqual({ en: 'October 1', es: '1 de octubre' });
  });
});
