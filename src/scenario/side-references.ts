// The side ids a scenario declares are the only ones it may use: every `side:` field, the keys of
// every per-side record (values, weights, reservation values, scoring) and the calendar's opener.
// Checked before the other cross-references, which read per-side records by the declared ids.
import type { PathSegment } from './problem';
import type { Finding } from './references';
import type { Scenario } from './schema';

type Report = (code: Finding['code'], path: PathSegment[], message: string, at?: Finding['at']) => void;

export function checkSides(scenario: Scenario, report: Report): void {
  const declared: string[] = scenario.sides.map((s) => s.id);
  if (declared[0] === declared[1]) {
    report('duplicate-id', ['sides', 1, 'id'], `side id "${declared[1]}" is already used by the first side`);
  }
  const known = `the sides are ${declared.map((id) => `"${id}"`).join(' and ')}`;
  const sideRef = (value: string, path: PathSegment[]) => {
    if (!declared.includes(value)) report('reference', path, `unknown side "${value}": ${known}`);
  };
  const perSide = (record: Readonly<Record<string, unknown>>, path: PathSegment[]) => {
    for (const key of Object.keys(record)) {
      if (key === 'source' || key === 'assumption') continue;
      if (!declared.includes(key))
        report('reference', [...path, key], `unknown side "${key}": ${known}`, 'key');
    }
    for (const id of declared) {
      if (!(id in record)) report('reference', path, `missing the value for side "${id}" (${known})`);
    }
  };

  sideRef(scenario.calendar.opener, ['calendar', 'opener']);
  const sided: [string, readonly { side: string }[]][] = [
    ['meters', scenario.meters],
    ['winsets', scenario.winsets],
    ['moves', scenario.moves],
    ['consultations', scenario.consultations],
    ['personas', scenario.personas ?? []],
  ];
  for (const [key, items] of sided) {
    items.forEach((item, i) => {
      sideRef(item.side, [key, i, 'side']);
    });
  }
  scenario.historical.script.forEach((step, i) => {
    sideRef(step.side, ['historical', 'script', i, 'side']);
  });
  scenario.events.forEach((e, i) => {
    if (e.trigger.kind === 'walkout' && e.trigger.by !== undefined)
      sideRef(e.trigger.by, ['events', i, 'trigger', 'by']);
  });

  scenario.issues.forEach((issue, i) => {
    perSide(issue.weight, ['issues', i, 'weight']);
    issue.options.forEach((o, j) => {
      perSide(o.value, ['issues', i, 'options', j, 'value']);
    });
  });
  perSide(scenario.reservation, ['reservation']);
  perSide(scenario.scoring, ['scoring']);

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

/** Whether every side reference resolved: the other checks read per-side records only then. */
export function sidesResolved(findings: readonly Finding[]): boolean {
  return !findings.some(
    (f) => f.message.startsWith('unknown side') || f.message.startsWith('missing the value for side'),
  );
}
