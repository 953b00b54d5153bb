// Parts that are each well formed must also agree with each other and with the calendar: the round
// matches its date, slot and phase, the turn follows who opened the round, the log counts up.
import { sideIds } from '../../scenario/sides';
import type { GameState } from '../state';
import { scheduledRate } from '../tariff';
import type { Problem } from './check';
import { historyProblems } from './history';
import type { Known } from './known';

/** One rule: the path it is about, and what is wrong there (null when the rule holds). */
interface Rule {
  readonly path: string;
  readonly says: (s: GameState, known: Known) => string | null;
}

const live = (s: GameState) => s.phase !== 'over';

function roundField(field: 'date' | 'slot' | 'phase'): Rule {
  return {
    path: field,
    says: (s, { rounds }) => {
      const expected = rounds[s.round]?.[field];
      if (!live(s) || s[field] === expected) return null;
      return `round ${s.round} is held with ${field} ${JSON.stringify(expected)}, not ${JSON.stringify(s[field])}`;
    },
  };
}

/** The initiative alternates: the scenario's opener opens the even rounds and answers the odd ones. */
function turnSide(s: GameState, { scenario }: Known): string | null {
  if (!live(s)) return null;
  const opener: string = scenario.calendar.opener;
  const [a, b] = sideIds(scenario);
  const expected = s.round % 2 === s.turn.step ? opener : opener === a ? b : a;
  if (s.turn.side === expected) return null;
  return `in round ${s.round} step ${s.turn.step} is ${expected}'s turn, not ${s.turn.side}'s`;
}

function outcomeMatchesPhase(s: GameState): string | null {
  if (live(s) === (s.outcome.kind === 'ongoing')) return null;
  return live(s)
    ? `a game in phase ${s.phase} cannot have ended (${s.outcome.kind})`
    : 'a game that is over needs its outcome';
}

function dealMatchesOutcome(s: GameState): string | null {
  if ((s.deal !== null) === (s.outcome.kind === 'deal')) return null;
  return s.deal ? 'a signed deal ends the game in a deal' : 'an outcome of "deal" needs the signed deal';
}

/** Until a deal changes it, the tariff is what its (possibly bent) schedule says for today. */
function tariffOnSchedule(s: GameState): string | null {
  if (s.deal !== null) return null;
  if (s.tariff.status !== 'threatened' && s.tariff.status !== 'in-force')
    return `without a deal the tariff is threatened or in force, not ${s.tariff.status}`;
  const rate = scheduledRate(s.tariff.steps, s.date);
  return s.tariff.rate === rate ? null : `the schedule sets ${rate} on ${s.date}, not ${s.tariff.rate}`;
}

function notAhead(round: number | undefined, s: GameState): string | null {
  return round === undefined || round <= s.round
    ? null
    : `round ${round} is after the current round ${s.round}`;
}

function eventsOnce(s: GameState): string | null {
  const twice = s.firedEvents.find((id, i) => s.firedEvents.indexOf(id) !== i);
  return twice === undefined ? null : `event "${twice}" fires only once`;
}

function actionsCounted(s: GameState): string | null {
  const logged = s.log.reduce((n, e) => n + (e.kind === 'action' ? 1 : 0), 0);
  return logged === s.actionCount ? null : `the log holds ${logged} actions, not ${s.actionCount}`;
}

const RULES: readonly Rule[] = [
  roundField('date'),
  roundField('slot'),
  roundField('phase'),
  { path: 'turn.side', says: turnSide },
  { path: 'outcome.kind', says: outcomeMatchesPhase },
  { path: 'deal', says: dealMatchesOutcome },
  { path: 'tariff.rate', says: tariffOnSchedule },
  { path: 'standing.round', says: (s) => notAhead(s.standing?.round, s) },
  { path: 'deal.signed.round', says: (s) => notAhead(s.deal?.signed.round, s) },
  { path: 'firedEvents', says: eventsOnce },
  { path: 'actionCount', says: actionsCounted },
];

/** Entry by entry: a log is numbered from 0 and never goes back a round. */
function logProblems(s: GameState, problems: Problem[]): void {
  let round = 0;
  s.log.forEach((e, i) => {
    if (e.seq !== i) problems.push({ path: `log[${i}].seq`, message: `entry ${i} is numbered ${e.seq}` });
    const wrong =
      e.round < round ? `goes back to round ${e.round} after round ${round}` : notAhead(e.round, s);
    if (wrong) problems.push({ path: `log[${i}].round`, message: wrong });
    round = Math.max(round, e.round);
  });
}

export function consistencyProblems(s: GameState, known: Known): Problem[] {
  const problems: Problem[] = [];
  for (const rule of RULES) {
    const message = rule.says(s, known);
    if (message !== null) problems.push({ path: rule.path, message });
  }
  logProblems(s, problems);
  return [...problems, ...historyProblems(s, known)];
}
