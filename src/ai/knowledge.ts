// What a negotiator may know of the scenario: its public structure (issues, options, effects, the
// historical record, which win-sets exist and what they test), its own side's rules, and nothing of
// the other side's private numbers. The AI is built from this and from observations only, so it
// cannot read what it should not, whatever the scenario file holds.
import type { IntelKind, LocalText, Scenario, ScenarioPersona, ScenarioWinset } from '../scenario/schema';
import { type SideId, sideInfo } from '../scenario/sides';

export interface OptionInfo {
  id: string;
  /** `issue=option`, the key intelligence records and exclusions use, built once. */
  key: string;
  label: LocalText;
  treaty: boolean;
}

export interface IssueInfo {
  id: string;
  label: LocalText;
  statusQuo: string;
  options: OptionInfo[];
}

export interface Knowledge {
  side: SideId;
  negotiator: string;
  principal: string;
  issues: IssueInfo[];
  /** The side's own win-set tests, thresholds included: they are its own side's numbers. */
  ownWinsets: ScenarioWinset[];
  /** The other side's win-sets as structure only: what they test, never their thresholds. */
  otherWinsets: { id: string; when?: { issue: string; options: string[] } }[];
  /**
   * Our side's unilateral moves. A move that costs trust is pressure on the other side; a move that
   * shifts or raises the tariff shows that this side holds the tariff, so its deadline is its own.
   */
  moves: { id: string; label: LocalText; pressure: boolean; tariff: boolean }[];
  consultations: { id: string; label: LocalText; reveals: IntelKind }[];
  /** The other side's moves that put pressure on us (they cost trust). */
  theirPressure: ReadonlySet<string>;
  historical: Scenario['historical'];
  personas: ScenarioPersona[];
}

export function knowledgeFor(scenario: Scenario, side: SideId): Knowledge {
  return {
    side,
    negotiator: sideInfo(scenario, side).negotiator.name,
    principal: sideInfo(scenario, side).principal.name,
    issues: scenario.issues.map((issue) => ({
      id: issue.id,
      label: issue.label,
      statusQuo: issue.statusQuo,
      options: issue.options.map((o) => ({
        id: o.id,
        key: `${issue.id}=${o.id}`,
        label: o.label,
        treaty: o.effects?.treaty === true,
      })),
    })),
    ownWinsets: scenario.winsets.filter((w) => w.side === side),
    otherWinsets: scenario.winsets
      .filter((w) => w.side !== side)
      .map((w) => (w.test.when ? { id: w.id, when: w.test.when } : { id: w.id })),
    moves: scenario.moves
      .filter((m) => m.side === side)
      .map((m) => ({
        id: m.id,
        label: m.label,
        pressure: (m.effects.trust ?? 0) < 0,
        tariff: m.effects.tariff !== undefined,
      })),
    consultations: scenario.consultations
      .filter((c) => c.side === side)
      .map((c) => ({ id: c.id, label: c.label, reveals: c.reveals })),
    theirPressure: new Set(
      scenario.moves.filter((m) => m.side !== side && (m.effects.trust ?? 0) < 0).map((m) => m.id),
    ),
    historical: scenario.historical,
    personas: (scenario.personas ?? []).filter((p) => p.side === side),
  };
}
