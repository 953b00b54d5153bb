// The offer builder's draft and its history: a draft can be changed, undone and redone freely
// until it is sent. Pure: a scenario and an observation in, what the builder shows out.
import type { Observation, Package } from '../../engine';
import type { LocalText, Scenario } from '../../scenario/schema';

export interface ClauseDraft {
  readonly on: boolean;
  readonly review: number;
  /** null: judged at the discretion the scenario's review describes. */
  readonly minDropPct: number | null;
  readonly thenIssue: string;
  readonly thenOption: string;
}

export interface Draft {
  readonly terms: Readonly<Record<string, string>>;
  readonly clause: ClauseDraft;
}

export interface DraftHistory {
  readonly past: readonly Draft[];
  readonly present: Draft;
  readonly future: readonly Draft[];
}

export function statusQuo(scenario: Scenario): Record<string, string> {
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) terms[issue.id] = issue.statusQuo;
  return terms;
}

/** The review days a clause may name: those the scenario's options schedule, in order. */
export function reviewDays(scenario: Scenario): number[] {
  const days = new Set<number>();
  for (const issue of scenario.issues)
    for (const option of issue.options) for (const d of option.effects?.reviews ?? []) days.add(d);
  if (days.size === 0) days.add(scenario.historical.conditional?.review ?? 45);
  return [...days].sort((a, b) => a - b);
}

function defaultClause(scenario: Scenario): ClauseDraft {
  const hist = scenario.historical.conditional;
  const firstThen = hist ? Object.entries(hist.then)[0] : undefined;
  const issue = scenario.issues.find((i) => i.id === firstThen?.[0]) ?? scenario.issues[0];
  const option = firstThen?.[1] ?? issue?.options.find((o) => o.id !== issue.statusQuo)?.id ?? '';
  return {
    on: false,
    review: hist?.review ?? reviewDays(scenario)[0] ?? 45,
    minDropPct: hist?.minDropPct ?? null,
    thenIssue: issue?.id ?? '',
    thenOption: option,
  };
}

export function draftFromPackage(scenario: Scenario, pkg: Package | null): Draft {
  const terms = { ...statusQuo(scenario), ...(pkg?.terms ?? {}) };
  const base = defaultClause(scenario);
  const c = pkg?.conditional;
  if (!c) return { terms, clause: base };
  const then = Object.entries(c.then)[0];
  return {
    terms,
    clause: {
      on: true,
      review: c.review,
      minDropPct: c.minDropPct ?? null,
      thenIssue: then?.[0] ?? base.thenIssue,
      thenOption: then?.[1] ?? base.thenOption,
    },
  };
}

/** The draft a turn starts from: the offer on the table if there is one, else the status quo. */
export function startingDraft(scenario: Scenario, observation: Observation): Draft {
  const standing = observation.standing;
  return draftFromPackage(scenario, standing ? (standing.package as Package) : null);
}

export function draftToPackage(draft: Draft): Package {
  const terms = { ...draft.terms };
  const c = draft.clause;
  if (!c.on || !c.thenIssue || !c.thenOption) return { terms };
  return {
    terms,
    conditional: {
      review: c.review,
      ...(c.minDropPct === null ? {} : { minDropPct: c.minDropPct }),
      then: { [c.thenIssue]: c.thenOption },
    },
  };
}

export function newHistory(draft: Draft): DraftHistory {
  return { past: [], present: draft, future: [] };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Records a change; a change to the same draft is not one, and a new change drops the redo list. */
export function change(history: DraftHistory, next: Draft): DraftHistory {
  if (sameDraft(history.present, next)) return history;
  return { past: [...history.past, history.present], present: next, future: [] };
}

export function setTerm(history: DraftHistory, issue: string, option: string): DraftHistory {
  return change(history, { ...history.present, terms: { ...history.present.terms, [issue]: option } });
}

export function setClause(history: DraftHistory, patch: Partial<ClauseDraft>): DraftHistory {
  const clause = { ...history.present.clause, ...patch };
  return change(history, { ...history.present, clause });
}

export function undo(history: DraftHistory): DraftHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: DraftHistory): DraftHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/** Back to `draft` (the turn's start), as one more change that can itself be undone. */
export function reset(history: DraftHistory, draft: Draft): DraftHistory {
  return change(history, draft);
}

export const canUndo = (h: DraftHistory) => h.past.length > 0;
export const canRedo = (h: DraftHistory) => h.future.length > 0;

export interface OptionView {
  readonly id: string;
  readonly label: LocalText;
  /** The person's own value for this option, 0..1. */
  readonly value: number;
}

export interface IssueCard {
  readonly id: string;
  readonly label: LocalText;
  readonly description: LocalText;
  /** The issue's weight for the person's side, 0..1. */
  readonly weight: number;
  readonly options: readonly OptionView[];
  readonly selected: string;
  /** Off the status quo. */
  readonly changed: boolean;
}

export function issueCards(scenario: Scenario, observation: Observation, draft: Draft): IssueCard[] {
  return scenario.issues.map((issue) => {
    const values = observation.you.values[issue.id] ?? {};
    const selected = draft.terms[issue.id] ?? issue.statusQuo;
    return {
      id: issue.id,
      label: issue.label,
      description: issue.description,
      weight: observation.you.weights[issue.id] ?? 0,
      options: issue.options.map((o) => ({ id: o.id, label: o.label, value: values[o.id] ?? 0 })),
      selected,
      changed: selected !== issue.statusQuo,
    };
  });
}

/** Five-step stars for an option's value, so the value is text as well as a bar. */
export function stars(value: number): string {
  const n = Math.max(0, Math.min(5, Math.round(value * 5)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}
