// The historical record as moves: the scripted step for this side and meeting when the table allows
// it, and the test of whether a package is the June 7 deal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHistoricalDeal, scriptedAction } from '../../src/ai/script';
import {
  type Action,
  type GameState,
  historicalPackage,
  isHistorical,
  type Observation,
  type Package,
} from '../../src/engine';
import type { SideId } from '../../src/scenario/sides';
import { mustAll, refusal } from '../support/apply';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const historical = scenario.historical;
const statusQuo = (issue: string) => scenario.issues.find((i) => i.id === issue)?.statusQuo ?? '';

const play = (state: GameState, ...actions: Action[]): GameState => mustAll(rules, state, actions);

const scripted = (state: GameState, side: SideId) =>
  scriptedAction(historical, side, rules.observe(state, side));

/** The scenario's script steps for a side in one meeting. */
function steps(date: string, slot: string, side: SideId) {
  return historical.script.filter((s) => s.date === date && s.slot === slot && s.side === side);
}

function scriptedTerms(date: string, slot: string, side: SideId): Record<string, string> {
  const step = steps(date, slot, side).find(
    (s) => s.action.type === 'propose' || s.action.type === 'counter',
  );
  if (!step || (step.action.type !== 'propose' && step.action.type !== 'counter')) {
    throw new Error(`no scripted offer for ${side} on ${date} ${slot}`);
  }
  return step.action.terms;
}

describe('scriptedAction', () => {
  const start = rules.newGame({ seed: 1 });

  it('gives Mexico its opening offer on the morning of June 5, with the record’s note', () => {
    const obs = rules.observe(start, MX);
    expect([obs.date, obs.slot]).toEqual(['2019-06-05', 'am']);
    const step = steps('2019-06-05', 'am', MX)[0];
    expect(scripted(start, MX)).toEqual({
      type: 'propose',
      side: MX,
      package: { terms: scriptedTerms('2019-06-05', 'am', MX) },
      say: { text: step?.note },
    });
  });

  it('returns null to a side whose turn it is not, even if the script has a step for it', () => {
    expect(steps('2019-06-05', 'am', US).length).toBeGreaterThan(0);
    expect(scripted(start, US)).toBeNull();
  });

  it('the US counter follows Mexico’s offer, and becomes a proposal when nothing stands', () => {
    const offered = play(start, scripted(start, MX) as Action);
    const counter = scripted(offered, US);
    expect(counter?.type).toBe('counter');
    expect(counter?.type === 'counter' && counter.package.terms).toEqual(
      scriptedTerms('2019-06-05', 'am', US),
    );
    expect(refusal(rules.validate(offered, counter))).toBeNull();

    const waited = play(start, { type: 'wait', side: MX });
    const proposal = scripted(waited, US);
    expect(proposal?.type).toBe('propose');
    expect(proposal?.type === 'propose' && proposal.package.terms).toEqual(
      scriptedTerms('2019-06-05', 'am', US),
    );
    expect(refusal(rules.validate(waited, proposal))).toBeNull();
  });

  it('a scripted offer is made as whichever of propose and counter the table allows', () => {
    // Jun 6 pm: the US has the initiative, Mexico's step is a counter.
    let s = start;
    while (!(s.date === '2019-06-06' && s.slot === 'pm')) {
      const side = s.turn.side;
      const facing = s.standing !== null && s.standing.by !== side;
      s = play(s, { type: facing ? 'reject' : 'wait', side });
    }
    expect(s.turn.side).toBe(US);
    const terms = scriptedTerms('2019-06-06', 'pm', MX);
    const facing = play(s, { type: 'propose', side: US, package: { terms: { stc: 'treaty-now' } } });
    const counter = scripted(facing, MX);
    expect(counter?.type).toBe('counter');
    expect(counter?.type === 'counter' && counter.package.terms).toEqual(terms);
    expect(refusal(rules.validate(facing, counter))).toBeNull();
    const open = play(s, { type: 'wait', side: US });
    const proposal = scripted(open, MX);
    expect(proposal?.type).toBe('propose');
    expect(proposal?.type === 'propose' && proposal.package.terms).toEqual(terms);
    expect(refusal(rules.validate(open, proposal))).toBeNull();

    // Jun 6 am: Mexico's step is a proposal. Mexico has the initiative then, so no offer can face it
    // in a real game; the same observation with a facing table turns the proposal into a counter.
    let t = start;
    while (!(t.date === '2019-06-06' && t.slot === 'am')) {
      const side = t.turn.side;
      const f = t.standing !== null && t.standing.by !== side;
      t = play(t, { type: f ? 'reject' : 'wait', side });
    }
    t = play(t, { type: 'unilateral', side: MX, move: 'unity-rally' });
    const obs = rules.observe(t, MX);
    const faced: Observation = {
      ...obs,
      legal: [{ type: 'accept' }, { type: 'reject' }, { type: 'counter' }],
    };
    const turned = scriptedAction(historical, MX, faced);
    expect(turned?.type).toBe('counter');
    expect(turned?.type === 'counter' && turned.package.terms).toEqual(scriptedTerms('2019-06-06', 'am', MX));
  });

  it('skips a unilateral step that is no longer legal and takes the next step of the meeting', () => {
    // Jun 5 pm, the US: the script says reaffirm the deadline, then wait.
    let s = play(start, { type: 'wait', side: MX }, { type: 'wait', side: US });
    expect([s.date, s.slot, s.turn.side]).toEqual(['2019-06-05', 'pm', US]);
    const first = scripted(s, US);
    expect(first).toMatchObject({ type: 'unilateral', side: US, move: 'reaffirm-deadline' });
    s = play(s, { type: 'consult', side: US, consultation: 'ask-trump' });
    expect(scripted(s, US)).toMatchObject({ type: 'wait', side: US });

    // A once-only move already made: Mexico's Jun 6 rally.
    let t = play(start, { type: 'unilateral', side: MX, move: 'unity-rally' }, { type: 'wait', side: MX });
    t = play(t, { type: 'wait', side: US }, { type: 'wait', side: US }, { type: 'wait', side: MX });
    expect([t.date, t.slot, t.turn.side, t.turn.slotUsed]).toEqual(['2019-06-06', 'am', MX, false]);
    const obs: Observation = rules.observe(t, MX);
    expect(obs.legal.some((l) => l.type === 'unilateral' && l.move === 'unity-rally')).toBe(false);
    expect(scripted(t, MX)?.type).toBe('propose');
  });

  it('returns null when the scripted step is illegal and nothing else is scripted', () => {
    // Jun 5 am: Mexico proposes, the US rejects. Jun 5 pm: the US waits; Mexico's step is to reject,
    // but nothing stands.
    let s = play(start, scripted(start, MX) as Action, { type: 'reject', side: US });
    s = play(s, { type: 'wait', side: US });
    expect([s.date, s.slot, s.turn.side, s.standing]).toEqual(['2019-06-05', 'pm', MX, null]);
    expect(steps('2019-06-05', 'pm', MX).map((x) => x.action.type)).toEqual(['reject']);
    expect(scripted(s, MX)).toBeNull();
  });

  it('returns null on a meeting the script does not cover', () => {
    let s = start;
    while (s.date !== '2019-06-08') {
      const side = s.turn.side;
      const facing = s.standing !== null && s.standing.by !== side;
      s = play(s, { type: facing ? 'reject' : 'wait', side });
    }
    expect(historical.script.some((x) => x.date === '2019-06-08')).toBe(false);
    expect(scripted(s, s.turn.side)).toBeNull();
  });

  it('the June 7 afternoon proposal carries the supplementary agreement', () => {
    const step = steps('2019-06-07', 'pm', US).find((x) => x.action.type === 'propose');
    expect(historical.conditional).toBeDefined();
    expect(step?.action).toMatchObject({ type: 'propose', conditional: historical.conditional });
    let s = start;
    while (!(s.date === '2019-06-07' && s.slot === 'pm')) {
      const side = s.turn.side;
      const facing = s.standing !== null && s.standing.by !== side;
      s = play(s, { type: facing ? 'reject' : 'wait', side });
    }
    expect(s.turn.side).toBe(US);
    const action = scripted(s, US);
    expect(action?.type).toBe('propose');
    if (action?.type !== 'propose' || step?.action.type !== 'propose') return;
    expect(action.package.conditional).toEqual(step.action.conditional);
    expect(isHistoricalDeal(historical, statusQuo, action.package)).toBe(true);
  });
});

describe('isHistoricalDeal', () => {
  const deal = historicalPackage(scenario);

  it('accepts the historical package and the one the script signs', () => {
    expect(isHistoricalDeal(historical, statusQuo, deal)).toBe(true);
    const signed = historical.script.filter((s) => s.action.type === 'propose').at(-1);
    expect(signed?.action.type).toBe('propose');
    if (signed?.action.type !== 'propose') return;
    const pkg: Package = signed.action.conditional
      ? { terms: signed.action.terms, conditional: signed.action.conditional }
      : { terms: signed.action.terms };
    expect(isHistoricalDeal(historical, statusQuo, pkg)).toBe(true);
  });

  it('accepts any of the options the record allows on an issue', () => {
    for (const [issue, options] of Object.entries(historical.terms)) {
      for (const option of options) {
        const pkg = { ...deal, terms: { ...deal.terms, [issue]: option } };
        expect(isHistoricalDeal(historical, statusQuo, pkg), `${issue}=${option}`).toBe(true);
      }
    }
  });

  it('rejects a package with any term changed to an option the record does not allow', () => {
    let checked = 0;
    for (const [issue, allowed] of Object.entries(historical.terms)) {
      const options = scenario.issues.find((i) => i.id === issue)?.options ?? [];
      for (const o of options) {
        if (allowed.includes(o.id)) continue;
        const pkg = { ...deal, terms: { ...deal.terms, [issue]: o.id } };
        expect(isHistoricalDeal(historical, statusQuo, pkg), `${issue}=${o.id}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('reads a term left out at its status quo', () => {
    for (const issue of Object.keys(historical.terms)) {
      const { [issue]: _dropped, ...rest } = deal.terms;
      const expected = (historical.terms[issue] ?? []).includes(statusQuo(issue));
      expect(isHistoricalDeal(historical, statusQuo, { ...deal, terms: rest }), issue).toBe(expected);
    }
  });

  it('rejects a package without the supplementary clause, or with a different one', () => {
    const wanted = historical.conditional;
    expect(wanted).toBeDefined();
    if (!wanted) return;
    expect(isHistoricalDeal(historical, statusQuo, { terms: deal.terms })).toBe(false);
    expect(
      isHistoricalDeal(historical, statusQuo, { terms: deal.terms, conditional: { ...wanted, review: 90 } }),
    ).toBe(false);
    expect(
      isHistoricalDeal(historical, statusQuo, {
        terms: deal.terms,
        conditional: { ...wanted, then: { stc: 'regional-talks' } },
      }),
    ).toBe(false);
    expect(
      isHistoricalDeal(historical, statusQuo, { terms: deal.terms, conditional: { ...wanted, then: {} } }),
    ).toBe(false);
  });

  it('agrees with the engine’s own test on any package', () => {
    const termsArb = fc.record(
      Object.fromEntries(
        scenario.issues.map((i) => {
          const allowed = historical.terms[i.id] ?? [];
          // Mostly historical options, so that both answers come up often.
          const options = i.options.map((o) => o.id);
          return [
            i.id,
            fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...(allowed.length ? allowed : options)) },
              fc.constantFrom(...options),
            ),
          ];
        }),
      ),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Record<string, string>>;
    const clauseArb = fc.option(
      fc.record({
        review: fc.constantFrom(45, 90),
        then: fc.constantFrom({ stc: 'treaty-now' }, { stc: 'regional-talks' }),
      }),
    );
    let yes = 0;
    fc.assert(
      fc.property(termsArb, clauseArb, (terms, clause) => {
        const pkg: Package = clause ? { terms, conditional: clause } : { terms };
        const ours = isHistoricalDeal(historical, statusQuo, pkg);
        if (ours) yes++;
        expect(ours).toBe(isHistorical(scenario, pkg));
      }),
      { numRuns: 500 },
    );
    expect(yes).toBeGreaterThan(0);
  });
});
