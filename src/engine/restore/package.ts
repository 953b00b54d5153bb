// Packages and actions as saved: terms name known issues and their options, and a package must be
// one the rules would accept as an offer today (the same `checkPackage` that checks live offers).
import {
  type Action,
  type Conditional,
  OFFER_CAUSES,
  type Package,
  STATEMENT_INTENTS,
  type Statement,
} from '../actions';
import { checkPackage } from '../offer';
import {
  at,
  bool,
  type Check,
  FAIL,
  literal,
  num,
  object,
  oneOf,
  optional,
  problem,
  record,
  refine,
  str,
  tagged,
} from './check';
import type { Known } from './known';

type Terms = Record<string, string>;

/** The check for each issue's options, built once: terms are checked in every logged offer. */
const optionChecks = new WeakMap<Known, ReadonlyMap<string, Check<string>>>();

function optionOf(known: Known, issue: string): Check<string> | null {
  let checks = optionChecks.get(known);
  if (!checks) {
    const entries = [...known.options].map(
      ([id, options]) => [id, oneOf(options, `an option of issue "${id}"`)] as const,
    );
    checks = new Map(entries);
    optionChecks.set(known, checks);
  }
  return checks.get(issue) ?? null;
}

/** Issue → option; `complete` terms name every issue (a deal's), others at least one. */
export function terms(known: Known, complete = false): Check<Terms> {
  const base = record((issue) => optionOf(known, issue), 'an issue of this scenario');
  return (value, path, problems) => {
    const t = base(value, path, problems);
    if (t === FAIL) return FAIL;
    if (!complete)
      return Object.keys(t).length > 0
        ? t
        : problem(problems, path, 'names no issue; terms settle at least one');
    const missing = [...known.options.keys()].filter((issue) => t[issue] === undefined);
    for (const issue of missing)
      problem(problems, at(path, issue), 'is missing (a deal settles every issue)');
    return missing.length === 0 ? t : FAIL;
  };
}

export function conditional(known: Known): Check<Conditional> {
  return object<Conditional>({
    review: num({ int: true, min: 1, max: 365 }),
    minDropPct: optional(num({ int: true, min: 0, max: 100 })),
    then: terms(known),
  });
}

export function packageOf(known: Known): Check<Package> {
  const shape = object<Package>({ terms: terms(known), conditional: optional(conditional(known)) });
  return refine(shape, (pkg) => {
    const checked = checkPackage(known.scenario, pkg);
    return checked.ok ? null : checked.error.message;
  });
}

const statement: Check<Statement> = object<Statement>({
  text: object({ en: str, es: str }),
  intent: optional(oneOf(STATEMENT_INTENTS, 'a statement intent')),
  cause: optional(oneOf(OFFER_CAUSES, 'an offer cause')),
  bluff: optional(bool),
});

type Variant<K extends Action['type']> = Extract<Action, { type: K }>;

export function actionOf(known: Known): Check<Action> {
  const pkg = packageOf(known);
  const side = known.side;
  const say = optional(statement);
  return tagged<Action>('type', {
    propose: object<Variant<'propose'>>({ type: literal('propose'), side, package: pkg, say }),
    counter: object<Variant<'counter'>>({ type: literal('counter'), side, package: pkg, say }),
    accept: object<Variant<'accept'>>({ type: literal('accept'), side, say }),
    reject: object<Variant<'reject'>>({ type: literal('reject'), side, say }),
    wait: object<Variant<'wait'>>({ type: literal('wait'), side, say }),
    walkout: object<Variant<'walkout'>>({ type: literal('walkout'), side, say }),
    unilateral: object<Variant<'unilateral'>>({ type: literal('unilateral'), side, move: known.move, say }),
    consult: object<Variant<'consult'>>({
      type: literal('consult'),
      side,
      consultation: known.consultation,
      say,
    }),
  });
}
