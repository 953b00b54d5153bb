// The form in which an action enters the log and the replay file.
import type { Action } from './actions';

/**
 * Only the fields the rules know are logged, in a fixed shape (a checked package's terms are already in
 * issue order), so a replay
 * file holds nothing the engine ignores and equal actions serialise alike whoever built them.
 */
export function cleanAction(action: Action): Action {
  const side = action.side;
  const clean = bareAction(action);
  const say = action.say;
  if (say) {
    // Fields in one fixed order, absent ones left out, so equal statements serialise alike.
    clean.say = {
      text: { en: say.text.en, es: say.text.es },
      ...(say.intent === undefined ? {} : { intent: say.intent }),
      ...(say.cause === undefined ? {} : { cause: say.cause }),
      ...(say.bluff === undefined ? {} : { bluff: say.bluff }),
    };
  }
  return clean;

  function bareAction(a: Action): Action {
    switch (a.type) {
      case 'propose':
      case 'counter':
        // checkPackage already rebuilt it in the scenario's issue order, in the log's fixed shape.
        return { type: a.type, side, package: a.package };
      case 'unilateral':
        return { type: 'unilateral', side, move: a.move };
      case 'consult':
        return { type: 'consult', side, consultation: a.consultation };
      default:
        return { type: a.type, side };
    }
  }
}
