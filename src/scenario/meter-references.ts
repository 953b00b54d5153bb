// Every meter named anywhere (as a key of a meter record, or as a win-set's meter) exists, and a
// side scores only on its own meters.
import { unknown } from './defined-ids';
import type { Finding } from './finding';
import type { PathSegment } from './problem';
import type { Rule, RuleContext } from './rule';
import { bySide, sideIds } from './sides';

/** `id`, written at `path`, names a meter. */
export function meterReference(
  { ids, report }: RuleContext,
  id: string,
  path: readonly PathSegment[],
  at: Finding['at'],
): void {
  if (!ids.meters.has(id)) report('reference', path, unknown('meter', id, ids.meters.keys()), at);
}

/** Every key of a record keyed by meter id names a meter. */
function meterKeys(
  context: RuleContext,
  record: Readonly<Record<string, unknown>> | undefined,
  path: readonly PathSegment[],
): void {
  for (const id of Object.keys(record ?? {})) meterReference(context, id, [...path, id], 'key');
}

const meterTargets: Rule = (context) => {
  context.scenario.meters.forEach((m, i) => {
    meterKeys(context, m.target.meters, ['meters', i, 'target', 'meters']);
  });
};

const sideMeters: Rule = (context) => {
  const { scenario, ids, report } = context;
  for (const side of sideIds(scenario)) {
    // Read before the sides are known to resolve, so a missing side's record may be absent.
    meterKeys(context, bySide(scenario.reservation, side)?.meters, ['reservation', side, 'meters']);
    for (const id of Object.keys(bySide(scenario.scoring, side)?.meters ?? {})) {
      const path = ['scoring', side, 'meters', id];
      const meter = ids.meters.get(id);
      if (meter === undefined) report('reference', path, unknown('meter', id, ids.meters.keys()), 'key');
      else if (meter.side !== side) {
        const message = `meter "${id}" belongs to ${meter.side}, so ${side} cannot score on it`;
        report('reference', path, message, 'key');
      }
    }
  }
};

const winsetMeters: Rule = (context) => {
  context.scenario.winsets.forEach((w, i) => {
    const base = ['winsets', i, 'test'];
    if (w.test.kind === 'utility') meterKeys(context, w.test.min.meters, [...base, 'min', 'meters']);
    else meterReference(context, w.test.meter, [...base, 'meter'], 'value');
  });
};

const reinstateMeters: Rule = (context) => {
  meterKeys(context, context.scenario.review.reinstate.meters, ['review', 'reinstate', 'meters']);
};

const effectMeters: Rule = (context) => {
  const { scenario } = context;
  const withEffects = [
    ['moves', scenario.moves],
    ['consultations', scenario.consultations],
    ['events', scenario.events],
  ] as const;
  for (const [key, items] of withEffects) {
    items.forEach((item, i) => {
      meterKeys(context, item.effects.meters, [key, i, 'effects', 'meters']);
    });
  }
};

const signingMeters: Rule = (context) => {
  context.scenario.issues.forEach((issue, i) => {
    issue.options.forEach((option, j) => {
      const path = ['issues', i, 'options', j, 'effects', 'onSigning', 'meters'];
      meterKeys(context, option.effects?.onSigning?.meters, path);
    });
  });
};

export const meterReferenceRules: readonly Rule[] = [
  meterTargets,
  sideMeters,
  winsetMeters,
  reinstateMeters,
  effectMeters,
  signingMeters,
];
