// Rules that the schema cannot state because they span several parts of the file: ids must be unique,
// every id used must exist, and numbers that belong together must agree. Runs only on data that has
// passed the schema, so it can rely on every type.
import type { PathSegment } from './problem';
import type { ConditionalSpec, EffectsSpec, Scenario, ScenarioIssue } from './schema';
import { checkSides, sidesResolved } from './side-references';
import { bySide, sideIds } from './sides';

/** A rule broken; the loader turns the path into a line and column. */
export interface Finding {
  code: 'duplicate-id' | 'reference' | 'consistency';
  path: PathSegment[];
  message: string;
  /** Point at the key itself (an id used as a map key) rather than at its value. */
  at: 'key' | 'value';
}

/** The 1-based line of a path in the source, for messages that point back at an earlier place. */
export type LineOf = (path: readonly PathSegment[]) => number;

const TOLERANCE = 1e-6;

/** Every duplicate id, dangling reference and inconsistency in a schema-valid scenario, in no set order. */
export function checkReferences(scenario: Scenario, lineOf: LineOf): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (code, path, message, at = 'value') => {
    findings.push({ code, path, message, at });
  };

  checkSides(scenario, report);
  // Sums over per-side records read them by the declared ids, which only holds once they resolve.
  const sidesOk = sidesResolved(findings);
  checkDuplicates(scenario, lineOf, report);

  // First definition wins, so a duplicate (already reported) does not also cause reference noise.
  const meters = firstById(scenario.meters);
  const issues = firstById(scenario.issues);
  const moves = firstById(scenario.moves);
  const consultations = firstById(scenario.consultations);
  const meterIds = [...meters.keys()];

  const meterRef = (id: string, path: PathSegment[], at: Finding['at']) => {
    if (!meters.has(id)) report('reference', path, unknown('meter', id, meterIds), at);
  };
  const meterKeys = (record: Record<string, unknown> | undefined, path: PathSegment[]) => {
    for (const id of Object.keys(record ?? {})) meterRef(id, [...path, id], 'key');
  };
  const effects = (e: EffectsSpec, path: PathSegment[]) => meterKeys(e.meters, [...path, 'meters']);

  // Whether `optionId` is an option of issue `issueId`; reports which of the two is missing.
  const optionRef = (
    issueId: string,
    optionId: string,
    issuePath: PathSegment[],
    optionPath: PathSegment[],
  ) => {
    const issue = issues.get(issueId);
    if (issue === undefined) {
      report('reference', issuePath, unknown('issue', issueId, [...issues.keys()]), 'key');
      return;
    }
    const options = issue.options.map((o) => o.id);
    if (!options.includes(optionId)) {
      report('reference', optionPath, unknown('option', optionId, options, `issue "${issueId}"`));
    }
  };
  // issue → option maps: historical conditional, scripted terms and conditionals.
  const terms = (record: Record<string, string>, path: PathSegment[]) => {
    for (const [issueId, optionId] of Object.entries(record)) {
      optionRef(issueId, optionId, [...path, issueId], [...path, issueId]);
    }
  };

  scenario.issues.forEach((issue, i) => {
    const options = issue.options.map((o) => o.id);
    if (!options.includes(issue.statusQuo)) {
      report(
        'reference',
        ['issues', i, 'statusQuo'],
        unknown('option', issue.statusQuo, options, `issue "${issue.id}"`),
      );
    }
  });

  scenario.meters.forEach((m, i) => {
    meterKeys(m.target.meters, ['meters', i, 'target', 'meters']);
  });

  for (const side of sideIds(scenario)) {
    meterKeys(bySide(scenario.reservation, side)?.meters, ['reservation', side, 'meters']);
    for (const id of Object.keys(bySide(scenario.scoring, side)?.meters ?? {})) {
      const path = ['scoring', side, 'meters', id];
      const meter = meters.get(id);
      if (meter === undefined) report('reference', path, unknown('meter', id, meterIds), 'key');
      else if (meter.side !== side) {
        report(
          'reference',
          path,
          `meter "${id}" belongs to ${meter.side}, so ${side} cannot score on it`,
          'key',
        );
      }
    }
  }

  scenario.winsets.forEach((w, i) => {
    const test = w.test;
    const base = ['winsets', i, 'test'];
    if (test.kind === 'utility') meterKeys(test.min.meters, [...base, 'min', 'meters']);
    else meterRef(test.meter, [...base, 'meter'], 'value');
    if (test.when !== undefined) {
      const issue = issues.get(test.when.issue);
      if (issue === undefined) {
        report(
          'reference',
          [...base, 'when', 'issue'],
          unknown('issue', test.when.issue, [...issues.keys()]),
        );
      } else {
        const options = issue.options.map((o) => o.id);
        test.when.options.forEach((id, j) => {
          if (!options.includes(id)) {
            report(
              'reference',
              [...base, 'when', 'options', j],
              unknown('option', id, options, `issue "${issue.id}"`),
            );
          }
        });
      }
    }
  });

  meterKeys(scenario.review.reinstate.meters, ['review', 'reinstate', 'meters']);
  scenario.moves.forEach((m, i) => {
    effects(m.effects, ['moves', i, 'effects']);
  });
  scenario.consultations.forEach((c, i) => {
    effects(c.effects, ['consultations', i, 'effects']);
  });
  scenario.events.forEach((e, i) => {
    effects(e.effects, ['events', i, 'effects']);
    if (e.trigger.kind === 'meter') meterRef(e.trigger.meter, ['events', i, 'trigger', 'meter'], 'value');
  });

  const historical = scenario.historical;
  for (const [issueId, optionIds] of Object.entries(historical.terms)) {
    optionIds.forEach((optionId, j) => {
      // An unknown issue is reported once, not once per option listed under it.
      if (j === 0 || issues.has(issueId)) {
        optionRef(issueId, optionId, ['historical', 'terms', issueId], ['historical', 'terms', issueId, j]);
      }
    });
  }
  if (historical.conditional !== undefined)
    terms(historical.conditional.then, ['historical', 'conditional', 'then']);

  historical.script.forEach((step, i) => {
    const base = ['historical', 'script', i, 'action'];
    const action = step.action;
    if (action.type === 'propose' || action.type === 'counter') {
      terms(action.terms, [...base, 'terms']);
      if (action.conditional !== undefined) terms(action.conditional.then, [...base, 'conditional', 'then']);
    } else if (action.type === 'unilateral') {
      const move = moves.get(action.move);
      if (move === undefined)
        report('reference', [...base, 'move'], unknown('move', action.move, [...moves.keys()]));
      else if (move.side !== step.side) {
        report(
          'reference',
          [...base, 'move'],
          `move "${move.id}" belongs to ${move.side}, but this step is ${step.side}'s`,
        );
      }
    } else if (action.type === 'consult') {
      const c = consultations.get(action.consultation);
      if (c === undefined) {
        report(
          'reference',
          [...base, 'consultation'],
          unknown('consultation', action.consultation, [...consultations.keys()]),
        );
      } else if (c.side !== step.side) {
        report(
          'reference',
          [...base, 'consultation'],
          `consultation "${c.id}" belongs to ${c.side}, but this step is ${step.side}'s`,
        );
      }
    }
  });

  (scenario.personas ?? []).forEach((persona, i) => {
    persona.moves.forEach((id, j) => {
      const move = moves.get(id);
      const path = ['personas', i, 'moves', j];
      if (move === undefined) report('reference', path, unknown('move', id, [...moves.keys()]));
      else if (move.side !== persona.side) {
        report(
          'reference',
          path,
          `move "${id}" belongs to ${move.side}, but persona "${persona.id}" plays ${persona.side}`,
        );
      }
    });
  });

  checkConsistency(scenario, report, sidesOk);
  checkSigningEffects(scenario, report);
  checkOccasionTriggers(scenario, report);
  checkShortfallRange(scenario, report);
  return findings;
}

/** The meters an option moves on signing must exist. */
function checkSigningEffects(scenario: Scenario, report: Report): void {
  const meterIds = [...firstById(scenario.meters).keys()];
  scenario.issues.forEach((issue, i) => {
    issue.options.forEach((option, j) => {
      for (const id of Object.keys(option.effects?.onSigning?.meters ?? {})) {
        if (!meterIds.includes(id)) {
          const path = ['issues', i, 'options', j, 'effects', 'onSigning', 'meters', id];
          report('reference', path, unknown('meter', id, meterIds), 'key');
        }
      }
    });
  });
}

/** A `signed` trigger's condition names a real issue and options; a failed ratification a real win-set. */
function checkOccasionTriggers(scenario: Scenario, report: Report): void {
  const issues = firstById(scenario.issues);
  const winsetIds = [...firstById(scenario.winsets).keys()];
  scenario.events.forEach((e, i) => {
    const t = e.trigger;
    const base = ['events', i, 'trigger'];
    if (t.kind === 'signed' && t.when !== undefined) {
      const issue = issues.get(t.when.issue);
      if (issue === undefined) {
        report('reference', [...base, 'when', 'issue'], unknown('issue', t.when.issue, [...issues.keys()]));
        return;
      }
      const options = issue.options.map((o) => o.id);
      t.when.options.forEach((id, j) => {
        if (!options.includes(id)) {
          const message = unknown('option', id, options, `issue "${issue.id}"`);
          report('reference', [...base, 'when', 'options', j], message);
        }
      });
    } else if (t.kind === 'ratification-failed' && t.winset !== undefined && !winsetIds.includes(t.winset)) {
      report('reference', [...base, 'winset'], unknown('win-set', t.winset, winsetIds));
    }
  });
}

/**
 * A clause's shortfall risk is the threshold's risk plus the package's `shortfallShift`s. If some
 * package could push it past 0 or 1 it would be held there, and the clause would be valued as certain
 * (or impossible) to come due, so every reachable sum must stay within 0..1.
 */
function checkShortfallRange(scenario: Scenario, report: Report): void {
  let lowest = 0;
  let highest = 0;
  for (const issue of scenario.issues) {
    const shifts = issue.options.map((o) => o.effects?.shortfallShift ?? 0);
    lowest += Math.min(...shifts);
    highest += Math.max(...shifts);
  }
  if (lowest === 0 && highest === 0) return;
  for (const [threshold, risk] of Object.entries(scenario.review.shortfallRisk)) {
    const low = risk + lowest;
    const high = risk + highest;
    if (low >= -TOLERANCE && high <= 1 + TOLERANCE) continue;
    report(
      'consistency',
      ['review', 'shortfallRisk', threshold],
      `the options' shortfallShift values move this risk of ${show(risk)} to between ${show(low)} and ` +
        `${show(high)}; every package's risk must stay within 0..1, so shrink the shifts or this risk`,
    );
  }
}

type Report = (code: Finding['code'], path: PathSegment[], message: string, at?: Finding['at']) => void;

function checkDuplicates(scenario: Scenario, lineOf: LineOf, report: Report): void {
  const unique = (items: readonly { id: string }[], base: PathSegment[], what: string) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else {
        const line = lineOf([...base, earlier, 'id']);
        report('duplicate-id', [...base, i, 'id'], `${what} id "${item.id}" is already used on line ${line}`);
      }
    });
  };
  unique(scenario.issues, ['issues'], 'issue');
  scenario.issues.forEach((issue, i) => {
    unique(issue.options, ['issues', i, 'options'], 'option');
  });
  unique(scenario.meters, ['meters'], 'meter');
  unique(scenario.moves, ['moves'], 'move');
  unique(scenario.consultations, ['consultations'], 'consultation');
  unique(scenario.events, ['events'], 'event');
  unique(scenario.winsets, ['winsets'], 'win-set');
  // Persona ids are unique per side: `--us pragmatist` and `--mx pragmatist` are different people.
  // The message names the id as written, and the side it clashes in.
  const personaFirst = new Map<string, number>();
  (scenario.personas ?? []).forEach((p, i) => {
    const key = `${p.side}:${p.id}`;
    const earlier = personaFirst.get(key);
    if (earlier === undefined) personaFirst.set(key, i);
    else {
      const line = lineOf(['personas', earlier, 'id']);
      const message = `persona id "${p.id}" is already used for ${p.side} on line ${line}`;
      report('duplicate-id', ['personas', i, 'id'], message);
    }
  });
}

function checkConsistency(scenario: Scenario, report: Report, sidesOk: boolean): void {
  const { start, deadline, end } = scenario.calendar;
  // ISO dates compare correctly as strings.
  if (!(start < deadline)) {
    report(
      'consistency',
      ['calendar', 'deadline'],
      `the deadline ${deadline} must come after the start ${start}`,
    );
  }
  if (!(deadline <= end)) {
    report(
      'consistency',
      ['calendar', 'end'],
      `the end ${end} must not come before the deadline ${deadline}`,
    );
  }

  scenario.tariff.schedule.forEach((step, i) => {
    const path = ['tariff', 'schedule', i, 'date'];
    if (i === 0) {
      if (step.date !== deadline) {
        report(
          'consistency',
          path,
          `the first tariff step must fall on the deadline ${deadline}, not ${step.date}`,
        );
      }
    } else {
      const previous = scenario.tariff.schedule[i - 1]!.date;
      if (!(step.date > previous)) {
        report(
          'consistency',
          path,
          `tariff steps must be in date order: ${step.date} does not come after ${previous}`,
        );
      }
    }
  });

  for (const side of sidesOk ? sideIds(scenario) : []) {
    const sum = total(scenario.issues.map((issue: ScenarioIssue) => bySide(issue.weight, side)));
    if (!nearlyOne(sum)) {
      report('consistency', ['issues'], `the ${side} issue weights sum to ${show(sum)}; they must sum to 1`);
    }
    const scoring = bySide(scenario.scoring, side);
    const meters = total(Object.values(scoring.meters));
    if (!nearlyOne(scoring.terms + meters)) {
      report(
        'consistency',
        ['scoring', side],
        `terms ${show(scoring.terms)} plus meters ${show(meters)} make ${show(scoring.terms + meters)}; they must make 1`,
      );
    }
  }

  const risk = scenario.review.shortfallRisk;
  const thresholds = scenario.conditionalThresholds;
  thresholds.forEach((t, i) => {
    if (!(String(t) in risk)) {
      report(
        'consistency',
        ['conditionalThresholds', i],
        `review.shortfallRisk has no entry "${t}" for this threshold`,
      );
    }
  });
  const target = scenario.review.targetDropPct;
  if (!(String(target) in risk)) {
    report(
      'consistency',
      ['review', 'targetDropPct'],
      `review.shortfallRisk has no entry "${target}" for the target`,
    );
  }

  const reviewDays = [
    ...new Set(scenario.issues.flatMap((i) => i.options.flatMap((o) => o.effects?.reviews ?? []))),
  ];
  reviewDays.sort((a, b) => a - b);
  const conditional = (c: ConditionalSpec | undefined, path: PathSegment[]) => {
    if (c === undefined) return;
    if (!reviewDays.includes(c.review)) {
      const offered =
        reviewDays.length === 0 ? 'no option offers reviews' : `offered: ${reviewDays.join(', ')}`;
      report('consistency', [...path, 'review'], `no option offers a review on day ${c.review} (${offered})`);
    }
    if (c.minDropPct !== undefined && !thresholds.includes(c.minDropPct)) {
      report(
        'consistency',
        [...path, 'minDropPct'],
        `${c.minDropPct} is not one of the conditionalThresholds (${thresholds.join(', ')})`,
      );
    }
  };
  conditional(scenario.historical.conditional, ['historical', 'conditional']);
  scenario.historical.script.forEach((step, i) => {
    if (step.action.type === 'propose' || step.action.type === 'counter') {
      conditional(step.action.conditional, ['historical', 'script', i, 'action', 'conditional']);
    }
  });

  scenario.events.forEach((e, i) => {
    const t = e.trigger;
    if (t.kind === 'meter' && t.below === undefined && t.above === undefined) {
      report('consistency', ['events', i, 'trigger'], 'a meter trigger needs `below:` or `above:`');
    }
    if (t.kind === 'chance' && t.from !== undefined && t.until !== undefined && t.from > t.until) {
      report(
        'consistency',
        ['events', i, 'trigger', 'until'],
        `until ${t.until} comes before from ${t.from}`,
      );
    }
  });

  scenario.historical.script.forEach((step, i) => {
    const previous = i > 0 ? scenario.historical.script[i - 1]!.date : undefined;
    if (previous !== undefined && step.date < previous) {
      report(
        'consistency',
        ['historical', 'script', i, 'date'],
        `script steps must be in date order: ${step.date} comes before ${previous}`,
      );
    }
  });
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

// Listing what does exist turns most typos into a one-glance fix.
function unknown(what: string, id: string, known: readonly string[], owner = ''): string {
  const name = `unknown ${what} "${id}"${owner === '' ? '' : ` in ${owner}`}`;
  if (known.length === 0) return `${name}: there are none`;
  const list = known.length <= 12 ? known.join(', ') : `${known.slice(0, 12).join(', ')}, …`;
  return `${name} (known: ${list})`;
}

function total(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function nearlyOne(x: number): boolean {
  return Math.abs(x - 1) <= TOLERANCE;
}

// Sums of decimals pick up binary noise (0.1 + 0.2); six places is finer than the tolerance.
function show(x: number): string {
  return String(Number(x.toFixed(6)));
}
