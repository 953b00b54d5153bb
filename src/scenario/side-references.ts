// The side ids a scenario declares are the only ones it may use: every `side:` field, the keys of
// every per-side record (values, weights, reservation values, scoring) and the calendar's opener.
// Checked before the other cross-references, which read per-side records by the declared ids.
import type { Report } from './finding';
import type { PathSegment } from './problem';
import type { Scenario } from './schema';

/** Reports every side problem; answers whether every side reference resolved. */
export function checkSides(scenario: Scenario, report: Report): boolean {
  const declared: string[] = scenario.sides.map((s) => s.id);
  if (declared[0] === declared[1]) {
    report('duplicate-id', ['sides', 1, 'id'], `side id "${declared[1]}" is already used by the first side`);
  }
  const sides = new SideReferences(declared, report);
  sideFields(scenario, sides);
  perSideRecords(scenario, sides);
  legislatureMeters(scenario, report);
  return sides.resolved;
}

/** Checks values and records against the declared ids, remembering whether any failed. */
class SideReferences {
  resolved = true;
  private readonly known: string;

  constructor(
    private readonly declared: readonly string[],
    private readonly report: Report,
  ) {
    this.known = `the sides are ${declared.map((id) => `"${id}"`).join(' and ')}`;
  }

  /** A `side:` value names a declared side. */
  value(value: string, path: readonly PathSegment[]): void {
    if (!this.declared.includes(value)) this.fail(path, `unknown side "${value}": ${this.known}`, 'value');
  }

  /** A per-side record has exactly the declared sides as keys (besides its basis). */
  record(record: Readonly<Record<string, unknown>>, path: readonly PathSegment[]): void {
    for (const key of Object.keys(record)) {
      if (key === 'source' || key === 'assumption') continue;
      if (!this.declared.includes(key))
        this.fail([...path, key], `unknown side "${key}": ${this.known}`, 'key');
    }
    for (const id of this.declared) {
      if (!(id in record)) this.fail(path, `missing the value for side "${id}" (${this.known})`, 'value');
    }
  }

  private fail(path: readonly PathSegment[], message: string, at: 'key' | 'value'): void {
    this.resolved = false;
    this.report('reference', path, message, at);
  }
}

function sideFields(scenario: Scenario, sides: SideReferences): void {
  sides.value(scenario.calendar.opener, ['calendar', 'opener']);
  const sided: [string, readonly { side: string }[]][] = [
    ['meters', scenario.meters],
    ['winsets', scenario.winsets],
    ['moves', scenario.moves],
    ['consultations', scenario.consultations],
    ['personas', scenario.personas ?? []],
  ];
  for (const [key, items] of sided) {
    items.forEach((item, i) => {
      sides.value(item.side, [key, i, 'side']);
    });
  }
  scenario.historical.script.forEach((step, i) => {
    sides.value(step.side, ['historical', 'script', i, 'side']);
  });
  scenario.events.forEach((e, i) => {
    if (e.trigger.kind === 'walkout' && e.trigger.by !== undefined) {
      sides.value(e.trigger.by, ['events', i, 'trigger', 'by']);
    }
  });
}

function perSideRecords(scenario: Scenario, sides: SideReferences): void {
  scenario.issues.forEach((issue, i) => {
    sides.record(issue.weight, ['issues', i, 'weight']);
    issue.options.forEach((o, j) => {
      sides.record(o.value, ['issues', i, 'options', j, 'value']);
    });
  });
  sides.record(scenario.reservation, ['reservation']);
  sides.record(scenario.scoring, ['scoring']);
}

/** A legislature watches its own side's meters. */
function legislatureMeters(scenario: Scenario, report: Report): void {
  scenario.sides.forEach((side, i) => {
    side.legislature.meters.forEach((id, j) => {
      const meter = scenario.meters.find((m) => m.id === id);
      const path = ['sides', i, 'legislature', 'meters', j];
      if (!meter) report('reference', path, `unknown meter "${id}"`);
      else if (meter.side !== side.id) {
        report('reference', path, `meter "${id}" belongs to ${meter.side}, not to ${side.id}'s legislature`);
      }
    });
  });
}
