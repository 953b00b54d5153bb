// An event's trigger can fire: what it watches exists (a meter, a win-set, an issue's options) and
// its bounds make sense.
import { unknown } from './defined-ids';
import { meterReference } from './meter-references';
import { conditionReferences } from './option-references';
import type { Rule, RuleContext } from './rule';
import type { ScenarioEvent } from './schema';

type Trigger = ScenarioEvent['trigger'];

function checkTrigger(context: RuleContext, trigger: Trigger, base: readonly (string | number)[]): void {
  const { ids, report } = context;
  switch (trigger.kind) {
    case 'meter':
      meterReference(context, trigger.meter, [...base, 'meter'], 'value');
      if (trigger.below === undefined && trigger.above === undefined) {
        report('consistency', base, 'a meter trigger needs `below:` or `above:`');
      }
      return;
    case 'chance':
      if (trigger.from !== undefined && trigger.until !== undefined && trigger.from > trigger.until) {
        report('consistency', [...base, 'until'], `until ${trigger.until} comes before from ${trigger.from}`);
      }
      return;
    case 'signed':
      if (trigger.when !== undefined) conditionReferences(context, trigger.when, [...base, 'when']);
      return;
    case 'ratification-failed':
      if (trigger.winset !== undefined && !ids.winsets.has(trigger.winset)) {
        report('reference', [...base, 'winset'], unknown('win-set', trigger.winset, ids.winsets));
      }
      return;
    case 'date':
    case 'walkout':
      // A date is checked by the schema; a walkout's side by the side references.
      return;
  }
}

const eventTriggers: Rule = (context) => {
  context.scenario.events.forEach((e, i) => {
    checkTrigger(context, e.trigger, ['events', i, 'trigger']);
  });
};

export const eventTriggerRules: readonly Rule[] = [eventTriggers];
