// The debrief's view models on real games: the June 7 deal (historical personas) and a walk-out
// (random players), each seen from one side after the game.
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../../src/ai/match';
import { createPlayer, type PlayerSpec } from '../../../src/ai/registry';
import type { GameState } from '../../../src/engine';
import type { SideId } from '../../../src/scenario/sides';
import { debriefView } from '../../../src/ui/view-models/debrief';
import { overTimeView } from '../../../src/ui/view-models/over-time';
import { ENUMERATE_MAX, packageCloud, SAMPLE_SIZE } from '../../../src/ui/view-models/utility-space';
import { loadRules } from '../../support/scenarios';
import { MX, US } from '../../support/sides';

const rules = loadRules();
const { scenario } = rules;

function game(spec: PlayerSpec, seed: number): GameState {
  const context = { scenario, seed };
  return playMatch(
    rules,
    {
      [US]: createPlayer(spec, { ...context, side: US }),
      [MX]: createPlayer(spec, { ...context, side: MX }),
    },
    seed,
  ).state;
}

const historical: PlayerSpec = { kind: 'persona', persona: 'historical', difficulty: 'medium' };
const deal = game(historical, 1);
const walkout = game({ kind: 'random' }, 1);

const view = (state: GameState, side: SideId, lang: 'en' | 'es' = 'en') =>
  debriefView({ scenario, observation: rules.observe(state, side), analysis: rules.analyse(state), lang });

describe('the debrief of the June 7 deal', () => {
  const d = view(deal, MX);

  it('reports a historical deal signed on June 7, with the engine’s scores', () => {
    expect(d.outcome).toMatchObject({ kind: 'deal', date: '2019-06-07', historical: true, by: null });
    const analysis = rules.analyse(deal);
    expect(d.outcome.sides.map((s) => s.score)).toEqual([analysis.score[US], analysis.score[MX]]);
    expect(d.outcome.sides.find((s) => s.you)?.side).toBe(MX);
  });

  it('breaks each score into rows that add up to it', () => {
    for (const s of d.outcome.sides) {
      const sum = s.rows.reduce((total, r) => total + r.points, 0);
      expect(Math.abs(sum - s.score)).toBeLessThanOrEqual(0.3);
      expect(s.rows[0]).toMatchObject({ kind: 'terms', basis: 'deal', weight: 0.8 });
    }
    // Mexico sees its own meters, not the US's private ones: those are one derived row.
    const us = d.outcome.sides.find((s) => s.side === US);
    expect(us?.rows.some((r) => r.kind === 'hidden')).toBe(true);
    const mx = d.outcome.sides.find((s) => s.side === MX);
    expect(mx?.rows.filter((r) => r.kind === 'meter').map((r) => r.kind === 'meter' && r.meter)).toEqual(
      Object.keys(scenario.scoring[MX]?.meters ?? {}),
    );
  });

  it('draws a frontier where no point dominates another', () => {
    const f = d.space.frontier;
    expect(f.length).toBeGreaterThan(10);
    const dominated = f.filter((a) =>
      f.some((b) => b.x >= a.x && b.y >= a.y && (b.x > a.x + 1e-9 || b.y > a.y + 1e-9)),
    );
    expect(dominated).toEqual([]);
    expect(f.some((p) => p.clause)).toBe(true);
  });

  it('puts one point on the path for every offer in the log, with both sides’ utilities', () => {
    const offers = deal.log.filter(
      (e) => e.kind === 'action' && (e.action.type === 'propose' || e.action.type === 'counter'),
    );
    expect(d.space.offers).toHaveLength(offers.length);
    expect(d.space.offers.map((o) => o.seq)).toEqual(offers.map((e) => e.seq));
    expect(d.space.offers.map((o) => o.n)).toEqual(offers.map((_, i) => i + 1));
    for (const o of d.space.offers) {
      expect(o.x).toBeGreaterThanOrEqual(0);
      expect(o.x).toBeLessThanOrEqual(1);
    }
  });

  it('marks the outcome at the agreed utilities, which is the June 7 deal here', () => {
    const analysis = rules.analyse(deal);
    expect(d.space.outcome).toEqual({ x: analysis.agreed?.[US], y: analysis.agreed?.[MX], deal: true });
    expect(d.space.historical).toEqual({ x: analysis.historical[US], y: analysis.historical[MX] });
    expect(d.space.nash).not.toBeNull();
    expect(d.space.reservation).toEqual({ x: analysis.reservation[US], y: analysis.reservation[MX] });
  });

  it('samples the packages deterministically when there are too many to draw', () => {
    const total = scenario.issues.reduce((p, i) => p * i.options.length, 1);
    expect(total).toBeGreaterThan(ENUMERATE_MAX);
    expect(d.space.packages).toMatchObject({ total, sampled: true });
    expect(d.space.packages.points).toHaveLength(SAMPLE_SIZE);
    const again = packageCloud({ ...scenario }, US, MX);
    expect(again.points).toEqual(d.space.packages.points);
    const xs = new Set(d.space.packages.points.map((p) => p.x.toFixed(3)));
    expect(xs.size).toBeGreaterThan(100);
  });

  it('sets the model’s monthly encounters beside the record, each figure with its source', () => {
    const months = d.time.encounters.map((m) => m.month);
    expect(months).toEqual(['2019-06', '2019-07', '2019-08', '2019-09', '2019-10']);
    for (const m of d.time.encounters) {
      expect(m.record?.source).toMatch(/CBP/);
      expect(m.complete).toBe(true);
      // The calibration keeps the historical path within 15% of the record in each month.
      const record = m.record?.encounters ?? 0;
      expect(Math.abs(m.model - record) / record).toBeLessThan(0.15);
    }
    expect(d.time.encounters[0]?.record?.encounters).toBe(104_311);
    expect(d.time.hasRecord).toBe(true);
  });

  it('has no record beside the model for a scenario other than the real crisis', () => {
    const other = overTimeView({ ...scenario, id: 'a-teachers-scenario' }, rules.observe(deal, MX));
    expect(other.hasRecord).toBe(false);
    expect(other.encounters.every((m) => m.record === null)).toBe(true);
    expect(other.encounters.map((m) => m.model)).toEqual(d.time.encounters.map((m) => m.model));
  });

  it('charts the meters the side may see, one value per timeline row', () => {
    expect(d.time.dates).toHaveLength(deal.timeline.length);
    expect(d.time.tariff).toHaveLength(deal.timeline.length);
    for (const m of d.time.meters) expect(m.values).toHaveLength(deal.timeline.length);
    const hidden = scenario.meters.filter((m) => m.side !== MX && m.visibility === 'private');
    expect(d.time.hiddenMeters).toBe(hidden.length);
    expect(d.time.meters.map((m) => m.id)).not.toContain(hidden[0]?.id);
  });

  it('tells what really happened in the chosen language, with its sources', () => {
    expect(d.history.title).toBe(scenario.historical.title.en);
    expect(d.history.sources.length).toBeGreaterThan(3);
    expect(d.history.paragraphs.join(' ')).not.toMatch(/Sources:/);
    const es = view(deal, MX, 'es');
    expect(es.history.title).toBe(scenario.historical.title.es);
    expect(es.history.sources.join(' ')).toMatch(/Departamento de Estado/);
  });

  it('reveals the bluff marks once the game is over', () => {
    expect(d.statements.revealed).toBe(true);
    const marked = deal.log.filter((e) => e.kind === 'action' && e.action.say?.bluff === true);
    expect(d.statements.bluffs.map((b) => b.seq)).toEqual(marked.map((e) => e.seq));
    for (const s of d.statements.sides) {
      expect(s.kept + s.bluffs + s.pending).toBe(s.entries.length);
      expect(s.marked).not.toBeNull();
    }
  });
});

describe('the debrief of a walk-out', () => {
  const w = view(walkout, US);

  it('says who walked out, and puts the outcome at the reservation values', () => {
    expect(walkout.outcome.kind).toBe('walkout');
    expect(w.outcome.kind).toBe('walkout');
    expect(w.outcome.by).toBe(walkout.outcome.kind === 'walkout' ? walkout.outcome.by : null);
    expect(w.outcome.verdict).toBeNull();
    expect(w.space.outcome).toEqual({ ...w.space.reservation, deal: false });
    for (const s of w.outcome.sides) expect(s.rows[0]).toMatchObject({ kind: 'terms', basis: 'no-deal' });
  });

  it('has one path point per offer and rows that add up to each score', () => {
    const offers = walkout.log.filter(
      (e) => e.kind === 'action' && (e.action.type === 'propose' || e.action.type === 'counter'),
    );
    expect(w.space.offers).toHaveLength(offers.length);
    for (const s of w.outcome.sides) {
      const sum = s.rows.reduce((total, r) => total + r.points, 0);
      expect(Math.abs(sum - s.score)).toBeLessThanOrEqual(0.3);
    }
  });
});
