// Every id is defined once within its kind; a repeat names the line of the first definition.
import type { PathSegment } from './problem';
import type { Rule, RuleContext } from './rule';

/** Ids of one kind, listed at `base`, are unique; `what` names the kind in the message. */
function uniqueIds(
  { report, lineOf }: RuleContext,
  items: readonly { readonly id: string }[],
  base: readonly PathSegment[],
  what: string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      const line = lineOf([...base, earlier, 'id']);
      report('duplicate-id', [...base, i, 'id'], `${what} id "${item.id}" is already used on line ${line}`);
    }
  });
}

const uniqueTopLevelIds: Rule = (context) => {
  const { scenario } = context;
  uniqueIds(context, scenario.issues, ['issues'], 'issue');
  scenario.issues.forEach((issue, i) => {
    uniqueIds(context, issue.options, ['issues', i, 'options'], 'option');
  });
  uniqueIds(context, scenario.meters, ['meters'], 'meter');
  uniqueIds(context, scenario.moves, ['moves'], 'move');
  uniqueIds(context, scenario.consultations, ['consultations'], 'consultation');
  uniqueIds(context, scenario.events, ['events'], 'event');
  uniqueIds(context, scenario.winsets, ['winsets'], 'win-set');
};

// Persona ids are unique per side: `--us pragmatist` and `--mx pragmatist` are different people.
// The message names the id as written, and the side it clashes in.
const uniquePersonaIds: Rule = ({ scenario, report, lineOf }) => {
  const first = new Map<string, number>();
  (scenario.personas ?? []).forEach((p, i) => {
    const key = `${p.side}:${p.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else {
      const line = lineOf(['personas', earlier, 'id']);
      const message = `persona id "${p.id}" is already used for ${p.side} on line ${line}`;
      report('duplicate-id', ['personas', i, 'id'], message);
    }
  });
};

export const idUniquenessRules: readonly Rule[] = [uniqueTopLevelIds, uniquePersonaIds];
