import { describe, expect, it } from 'vitest';
import type { GameState, LogEntry, Rules } from '../../src/engine';
import { fireEvents } from '../../src/engine/events';
import type { ScenarioEvent } from '../../src/scenario/schema';
import { MX, US } from '../support/sides';
import { loadRules, variantRules } from './fixture';
import { editable, edited, must, passRound, passToEnd, passToRound } from './play';

const rules = loadRules();

type EventEntry = Extract<LogEntry, { kind: 'event' }>;
const events = (s: GameState, id?: string): EventEntry[] =>
  s.log.filter((e): e is EventEntry => e.kind === 'event' && (id === undefined || e.event === id));

/** Passes the whole game, returning the state at the start of every round. */
function roundStarts(r: Rules, seed: number): GameState[] {
  const out: GameState[] = [];
  let s = r.newGame({ seed });
  while (s.phase !== 'over') {
    out.push(s);
    s = passRound(r, s);
  }
  return out;
}

describe('dated events', () => {
  it('fire before play begins as background when dated before the first meeting', () => {
    const s = rules.newGame({ seed: 1 });
    expect(events(s)).toMatchObject([
      { event: 'announcement', background: true, visibility: 'public', round: 0 },
    ]);
    expect(s.firedEvents).toContain('announcement');
    expect(s.meters.approval).toBe(43);
  });

  it('fire on their date, not as background, and only once', () => {
    const starts = roundStarts(rules, 1);
    const first = starts.findIndex((s) => s.firedEvents.includes('market-drop'));
    expect(starts[first]?.date).toBe('2019-06-06');
    expect(starts[first - 1]?.date).toBe('2019-06-05');
    const end = passToEnd(rules, rules.newGame({ seed: 1 }));
    expect(events(end, 'market-drop')).toMatchObject([{ background: false, date: '2019-06-06', round: 2 }]);
    expect(end.firedEvents.filter((id) => id === 'market-drop')).toHaveLength(1);
  });

  it('fire at the first round on or after their date when it falls between rounds', () => {
    const r = variantRules((sc) => {
      const drop = sc.events.find((e) => e.id === 'market-drop');
      if (drop) drop.trigger = { kind: 'date', date: '2019-06-15' };
    });
    const end = passToEnd(r, r.newGame({ seed: 1 }));
    expect(events(end, 'market-drop')).toMatchObject([{ date: '2019-07-01' }]);
  });

  it('apply their effects exactly, and draw nothing from the random stream', () => {
    const none = variantRules((sc) => {
      const drop = sc.events.find((e) => e.id === 'market-drop');
      if (drop) drop.effects = {};
    });
    const a = passToRound(rules, rules.newGame({ seed: 3 }), 2);
    const b = passToRound(none, none.newGame({ seed: 3 }), 2);
    expect(a.meters.senate).toBeCloseTo((b.meters.senate ?? 0) - 2, 6);
    expect(a.world.peso).toBeCloseTo(b.world.peso * 1.01, 3);
    expect(a.rng).toEqual(b.rng);
  });

  it("fire during a deal's review period too", () => {
    const r = variantRules((sc) => {
      const drop = sc.events.find((e) => e.id === 'market-drop');
      if (drop) drop.trigger = { kind: 'date', date: '2019-08-01' };
    });
    let s = r.newGame({ seed: 1 });
    s = must(r, s, { type: 'propose', side: MX, package: { terms: { guard: 'troops-6000' } } });
    s = must(r, s, { type: 'accept', side: US });
    expect(s.outcome.kind).toBe('deal');
    const [entry] = events(s, 'market-drop');
    expect(entry?.date && entry.date >= '2019-08-01').toBe(true);
  });
});

describe('meter-triggered events', () => {
  /** Mexico lobbies US senators in rounds 0 and 1, pushing the US approval meter down 3 each time. */
  function lobbyTwice(): GameState[] {
    let s = rules.newGame({ seed: 1 });
    s = must(rules, s, { type: 'unilateral', side: MX, move: 'lobby' });
    const states = [s];
    s = passRound(rules, must(rules, s, { type: 'wait', side: MX }));
    states.push(s);
    s = must(rules, s, { type: 'wait', side: US });
    s = must(rules, s, { type: 'unilateral', side: MX, move: 'lobby' });
    states.push(s);
    s = must(rules, s, { type: 'wait', side: MX });
    states.push(s);
    return states;
  }

  it('do not fire before the meter crosses its line', () => {
    for (const s of lobbyTwice().slice(0, 3)) {
      expect(s.firedEvents).not.toContain('approval-slump');
    }
    const quiet = passToEnd(rules, rules.newGame({ seed: 1 }));
    expect(quiet.firedEvents).not.toContain('approval-slump');
  });

  it('fire at the next round once the meter is across, apply their effects, and fire only once', () => {
    const states = lobbyTwice();
    const lobbied = states[2] as GameState;
    expect(lobbied.meters.approval).toBeLessThan(38);
    const next = states[3] as GameState;
    expect(next.round).toBe(2);
    expect(events(next, 'approval-slump')).toMatchObject([{ round: 2, background: false }]);
    // Trust: the round's 0.5 days change nothing else, so the event's −10 is the whole change.
    expect(next.world.trust).toBe(lobbied.world.trust - 10);
    const end = passToEnd(rules, next);
    expect(events(end, 'approval-slump')).toHaveLength(1);
  });

  it('fire at the start of a game when the meter starts across the line', () => {
    const r = variantRules((sc) => {
      const m = sc.meters.find((x) => x.id === 'approval');
      if (m) m.initial = 30;
    });
    expect(r.newGame({ seed: 1 }).firedEvents).toContain('approval-slump');
  });

  it('can fire on `above` too', () => {
    const r = variantRules((sc) => {
      const e = sc.events.find((x) => x.id === 'approval-slump');
      if (e) e.trigger = { kind: 'meter', meter: 'approval', above: 44 };
    });
    const s = edited(r.newGame({ seed: 1 }), (c) => {
      c.meters.approval = 50;
    });
    const draft = editable(s);
    fireEvents(r.scenario, draft);
    expect(draft.firedEvents).toContain('approval-slump');
    expect(draft.world.trust).toBe(s.world.trust - 10);
  });
});

describe('chance events', () => {
  const window = new Set(['2019-06-06', '2019-06-07']);

  it('fire only inside their window, at most once, about as often as their odds say', () => {
    let fired = 0;
    const n = 300;
    for (let seed = 1; seed <= n; seed++) {
      const end = passToEnd(rules, rules.newGame({ seed }));
      const entries = events(end, 'caravan');
      expect(entries.length).toBeLessThanOrEqual(1);
      for (const e of entries) expect(window.has(e.date)).toBe(true);
      fired += entries.length;
    }
    // Four rounds in the window at 0.5 each: 1 − 0.5⁴ = 0.9375.
    expect(fired / n).toBeGreaterThan(0.88);
    expect(fired / n).toBeLessThan(0.98);
  });

  it("fire in the window's first round when certain, and never when impossible", () => {
    const sure = variantRules((sc) => {
      const e = sc.events.find((x) => x.id === 'caravan');
      if (e) e.trigger = { kind: 'chance', perRound: 1, from: '2019-06-06', until: '2019-06-07' };
    });
    const never = variantRules((sc) => {
      const e = sc.events.find((x) => x.id === 'caravan');
      if (e) e.trigger = { kind: 'chance', perRound: 0, from: '2019-06-06', until: '2019-06-07' };
    });
    for (let seed = 1; seed <= 20; seed++) {
      expect(events(passToEnd(sure, sure.newGame({ seed })), 'caravan')).toMatchObject([{ round: 2 }]);
      expect(events(passToEnd(never, never.newGame({ seed })), 'caravan')).toEqual([]);
    }
  });

  it('apply their effects when they fire', () => {
    const sure = variantRules((sc) => {
      const e = sc.events.find((x) => x.id === 'caravan');
      if (e) e.trigger = { kind: 'chance', perRound: 1, from: '2019-06-05', until: '2019-06-05' };
    });
    expect(sure.newGame({ seed: 1 }).meters.approval).toBe(42);
    expect(rules.newGame({ seed: 1 }).meters.approval).toBe(43);
  });

  it("draw from the game's seeded stream only while inside the window", () => {
    const r = variantRules((sc) => {
      sc.events = sc.events.filter((e) => e.trigger.kind === 'chance');
      sc.world.encounters.noise = 0;
    });
    const s = r.newGame({ seed: 9 });
    // Outside the window (June 5), firing the events again draws nothing.
    const draft = editable(s);
    fireEvents(r.scenario, draft);
    expect(draft.rng).toEqual(s.rng);
    // Inside it, a not-yet-fired chance event draws.
    const inside = edited(s, (c) => {
      c.date = '2019-06-06';
    });
    const draft2 = editable(inside);
    fireEvents(r.scenario, draft2);
    expect(draft2.rng).not.toEqual(inside.rng);
  });
});

describe('events on an occasion', () => {
  const TROOPS = { terms: { guard: 'troops-6000', tariff: 'suspended' } };
  const TREATY = { terms: { guard: 'troops-6000', 'third-country': 'treaty' } };

  /** The small fixture plus one event, id `it`, with this trigger; it costs 10 trust. */
  function withEvent(trigger: ScenarioEvent['trigger']): Rules {
    return variantRules((sc) => {
      sc.events.push({
        id: 'it',
        title: { en: 'It', es: 'Eso' },
        text: { en: 'It happens.', es: 'Sucede.' },
        trigger,
        effects: { trust: -10 },
        assumption: 'Test',
      });
    });
  }

  function signing(r: Rules, pkg: { terms: Record<string, string> }): GameState {
    const s = must(r, r.newGame({ seed: 1 }), { type: 'propose', side: MX, package: pkg });
    return must(r, s, { type: 'accept', side: US });
  }

  it('`signed` fires once, at the signature, when the deal is ratified', () => {
    const r = withEvent({ kind: 'signed' });
    const s = signing(r, TROOPS);
    expect(s.outcome.kind).toBe('deal');
    const entries = events(s, 'it');
    expect(entries).toMatchObject([{ date: '2019-06-05', round: 0, background: false }]);
    // It lands between the deal entry and the review period's first month.
    const at = s.log.findIndex((e) => e.kind === 'event' && e.event === 'it');
    expect(s.log[at - 1]?.kind).toBe('deal');
  });

  it('`signed` with `when` fires only for a deal holding one of those options', () => {
    const r = withEvent({ kind: 'signed', when: { issue: 'review', options: ['at-45-and-90'] } });
    expect(events(signing(r, TROOPS), 'it')).toEqual([]);
    const held = signing(r, { terms: { ...TROOPS.terms, review: 'at-45-and-90' } });
    expect(events(held, 'it')).toHaveLength(1);
  });

  it('`signed` does not fire when ratification fails, and `ratification-failed` does', () => {
    const signed = withEvent({ kind: 'signed' });
    const s = signing(signed, TREATY);
    expect(s.phase).not.toBe('over');
    expect(events(s, 'it')).toEqual([]);
    const failed = withEvent({ kind: 'ratification-failed' });
    const before = failed.newGame({ seed: 1 });
    const t = signing(failed, TREATY);
    expect(events(t, 'it')).toMatchObject([{ date: '2019-06-05', round: 0 }]);
    expect(t.world.trust).toBe(before.world.trust - 10);
    expect(events(signing(failed, TROOPS), 'it')).toEqual([]);
  });

  it('`ratification-failed` with `winset` fires only when that win-set is among the failures', () => {
    const other = withEvent({ kind: 'ratification-failed', winset: 'trump-enough' });
    expect(events(signing(other, TREATY), 'it')).toEqual([]);
    const senate = withEvent({ kind: 'ratification-failed', winset: 'senate-ratifies' });
    expect(events(signing(senate, TREATY), 'it')).toHaveLength(1);
  });

  /** The first meeting after the deadline, where a walk-out is legal. */
  function afterDeadline(r: Rules): GameState {
    let s = r.newGame({ seed: 1 });
    while (s.phase === 'talks') s = passRound(r, s);
    return s;
  }

  it('`walkout` fires at the walk-out, for either side or only the one named', () => {
    const any = withEvent({ kind: 'walkout' });
    const s0 = afterDeadline(any);
    const s = must(any, s0, { type: 'walkout', side: s0.turn.side });
    expect(s.outcome.kind).toBe('walkout');
    expect(events(s, 'it')).toMatchObject([{ date: s0.date, round: s0.round }]);

    const byUs = withEvent({ kind: 'walkout', by: US });
    const t0 = afterDeadline(byUs);
    const first = t0.turn.side;
    const t1 = must(byUs, t0, { type: 'wait', side: first });
    const second = t1.turn.side;
    const leaves = (state: GameState, side: typeof first) =>
      events(must(byUs, state, { type: 'walkout', side }), 'it').length;
    expect(first === US ? leaves(t0, first) : leaves(t1, second)).toBe(1);
    expect(first === US ? leaves(t1, second) : leaves(t0, first)).toBe(0);
  });

  it('never fire as rounds pass, and draw nothing from the random stream', () => {
    for (const trigger of [
      { kind: 'signed' },
      { kind: 'ratification-failed' },
      { kind: 'walkout' },
    ] as const) {
      const r = withEvent(trigger);
      const end = passToEnd(r, r.newGame({ seed: 2 }));
      expect(events(end, 'it')).toEqual([]);
      expect(end.rng).toEqual(passToEnd(rules, rules.newGame({ seed: 2 })).rng);
    }
  });
});
