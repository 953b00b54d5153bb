// The debrief's first part: how the game ended and what each side's score is made of. A score is
// the scenario's mix of the terms a side ends with and its domestic meters (src/engine/score.ts);
// this rebuilds the mix row by row from what the person's side may see, and puts whatever the
// other side's private meters add in one row of its own, so the rows always sum to the score.
import type { Analysis, DeepReadonly, Observation } from '../../engine';
import { termsUtility } from '../../engine';
import type { LocalText, Scenario } from '../../scenario/schema';
import { bySide, type SideId, sideIds, sideInfo } from '../../scenario/sides';

export type OutcomeKind = 'deal' | 'walkout' | 'no-deal' | 'ongoing';

export type ScoreRow =
  | {
      readonly kind: 'terms';
      readonly basis: 'deal' | 'reinstated' | 'no-deal';
      readonly weight: number;
      readonly value: number;
      readonly points: number;
    }
  | {
      readonly kind: 'meter';
      readonly meter: string;
      readonly label: LocalText;
      readonly weight: number;
      readonly value: number;
      readonly points: number;
    }
  /** What the other side's private meters add: known only as the rest of the score. */
  | { readonly kind: 'hidden'; readonly weight: number; readonly points: number };

export interface SideScore {
  readonly side: SideId;
  readonly name: LocalText;
  readonly you: boolean;
  /** 0..100, one decimal: the engine's score. */
  readonly score: number;
  readonly rows: readonly ScoreRow[];
}

export interface OutcomeView {
  readonly kind: OutcomeKind;
  readonly date: string | null;
  /** Who walked out. */
  readonly by: SideId | null;
  readonly historical: boolean;
  readonly verdict: 'held' | 'clause-triggered' | 'tariffs-reinstated' | null;
  readonly finalTariff: number | null;
  readonly tariffPaidBn: number;
  readonly sides: readonly [SideScore, SideScore];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function outcomeView(
  scenario: Scenario,
  obs: Observation,
  analysis: DeepReadonly<Analysis>,
): OutcomeView {
  const o = obs.outcome;
  const [first, second] = sideIds(scenario);
  return {
    kind: o.kind === 'walkout' ? 'walkout' : o.kind,
    date: o.kind === 'ongoing' ? null : o.date,
    by: o.kind === 'walkout' ? o.by : null,
    historical: o.kind === 'deal' && o.historical,
    verdict: o.kind === 'deal' ? o.verdict : null,
    finalTariff: o.kind === 'ongoing' ? null : o.finalTariff,
    tariffPaidBn: obs.world.tariffPaidBn,
    sides: [sideScore(scenario, obs, analysis, first), sideScore(scenario, obs, analysis, second)],
  };
}

function finalTerms(scenario: Scenario, obs: Observation): Record<string, string> | null {
  const deal = obs.deal;
  if (!deal || obs.outcome.kind !== 'deal') return null;
  const terms: Record<string, string> = { ...deal.terms };
  if (deal.reinstated) {
    for (const issue of scenario.issues) {
      const imposed = issue.options.find((o) => o.effects?.tariff === 'imposed');
      if (imposed) terms[issue.id] = imposed.id;
    }
  }
  return terms;
}

function sideScore(
  scenario: Scenario,
  obs: Observation,
  analysis: DeepReadonly<Analysis>,
  side: SideId,
): SideScore {
  const scoring = bySide(scenario.scoring, side);
  const terms = finalTerms(scenario, obs);
  // Without a deal a side ends with what no deal is worth, which the analysis reports for now.
  const value = terms ? termsUtility(scenario, side, terms) : (analysis.reservation[side] ?? 0);
  const basis = !terms ? 'no-deal' : obs.deal?.reinstated ? 'reinstated' : 'deal';
  const rows: ScoreRow[] = [
    { kind: 'terms', basis, weight: scoring.terms, value, points: round1(100 * scoring.terms * value) },
  ];
  let hiddenWeight = 0;
  for (const [id, weight] of Object.entries(scoring.meters)) {
    const meter = scenario.meters.find((m) => m.id === id);
    if (!meter) continue;
    const seen = obs.meters.find((m) => m.id === id)?.value ?? null;
    if (seen === null) {
      hiddenWeight += weight;
      continue;
    }
    const share = (seen - meter.min) / (meter.max - meter.min);
    rows.push({
      kind: 'meter',
      meter: id,
      label: meter.label,
      weight,
      value: seen,
      points: round1(100 * weight * share),
    });
  }
  const score = analysis.score[side] ?? 0;
  if (hiddenWeight > 0) {
    const shown = rows.reduce((sum, r) => sum + r.points, 0);
    rows.push({ kind: 'hidden', weight: hiddenWeight, points: round1(Math.max(0, score - shown)) });
  }
  return { side, name: sideInfo(scenario, side).name, you: side === obs.side, score, rows };
}
