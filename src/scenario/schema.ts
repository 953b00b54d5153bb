// The scenario file format. The zod schema is the single source of truth: the engine imports only
// the inferred types (type-only), so it never depends on zod at run time.
import { z } from 'zod';
import { ISO_DATE, isRealDate } from './iso-date';
import { BORDER_IDS, COUNTRY_IDS, PLACE_IDS } from './places';
import type { PerSide, SideId } from './sides';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes, like "guard-size"');

const IsoDate = z
  .string()
  // A malformed date is not also reported as "not a calendar date".
  .regex(ISO_DATE, { message: 'dates are written YYYY-MM-DD', abort: true })
  .refine((s) => isRealDate(s), 'not a calendar date');

/**
 * A reference to one of the scenario's two sides. The schema checks its shape; whether it names one
 * of the sides the file declares is a cross-reference, checked in references.ts, after which the
 * loaded scenario carries it as a `SideId`.
 */
const Side = Id as unknown as z.ZodType<SideId, string>;

/**
 * One number for each side, with its basis: `{ us: 0.4, mx: 0.9, source: … }`. The side keys are
 * checked against the declared sides in references.ts.
 */
function perSideNumbers(value: z.ZodNumber) {
  return sourced({}, value) as unknown as z.ZodType<PerSideSourced, Record<string, unknown>>;
}

/**
 * Per-side values. The block also holds its `source:` or `assumption:` note, which the engine never
 * reads, so the type leaves it out.
 */
export type PerSideSourced = PerSide<number>;

/** Every piece of display text exists in English and Spanish. */
export const Text = z.strictObject({ en: z.string().min(1), es: z.string().min(1) });

const Basis = {
  source: z.string().min(3).optional(),
  assumption: z.string().min(3).optional(),
};

const BASIS_MESSAGE =
  'every number needs a `source:` (an outlet and date from HISTORY.md) or an `assumption:` note';

/**
 * A block of numbers that must say where they come from: exactly one of `source:` or
 * `assumption:`.
 */
function sourced<T extends z.ZodRawShape>(shape: T, others?: z.ZodNumber) {
  const object = z.strictObject({ ...shape, ...Basis });
  return withBasis(others ? object.catchall(others) : object, () => true);
}

/**
 * Adds the basis rule to a block, for blocks where `needed` says numbers are present. zod skips
 * refinements on a block that already has a type error; this one runs anyway (`when`), on the raw
 * value, so a block with a wrong type also reports its missing `source:` in the same run.
 */
function withBasis<S extends z.ZodType>(
  schema: S,
  needed: (block: Readonly<Record<string, unknown>>) => boolean,
) {
  return schema.superRefine(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      const b = value as Readonly<Record<string, unknown>>;
      if (b.source === undefined && b.assumption === undefined) {
        if (needed(b)) ctx.addIssue({ code: 'custom', message: BASIS_MESSAGE, path: ['source'] });
      } else if (b.source !== undefined && b.assumption !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'give either `source:` or `assumption:`, not both',
          path: ['assumption'],
        });
      }
    },
    { when: () => true },
  );
}

const Fraction = z.number().min(0).max(1);
const Coefficients = z.record(Id, z.number().min(-1000).max(1000));

/** The world quantities that meter targets, reservation values and win-sets may depend on. */
export const WORLD_VARIABLES = [
  'tariffRate',
  'encountersDropPct',
  'pesoChangePct',
  'growth',
  'trust',
] as const;
const WorldVariable = z.enum(WORLD_VARIABLES);

/** base + Σ coefficient × variable, over meters and world variables. */
const Linear = {
  base: z.number().min(-1000).max(1000),
  meters: Coefficients.optional(),
  world: z.partialRecord(WorldVariable, z.number().min(-1000).max(1000)).optional(),
};
const LinearSchema = z.strictObject(Linear);

const Effects = z.strictObject({
  meters: Coefficients.optional(),
  trust: z.number().min(-100).max(100).optional(),
  pesoPct: z.number().min(-50).max(50).optional(),
  /** A unilateral change in border enforcement in force now, as a share of flows it removes. */
  flowEffect: z.number().min(-1).max(1).optional(),
  tariff: z
    .strictObject({
      addPoints: z.number().min(-25).max(25).optional(),
      shiftDays: z.number().int().min(-90).max(90).optional(),
    })
    .optional(),
});

const Colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'colours are written #rrggbb');

/**
 * A flag or emblem the front end draws from data: its colours and how they are laid out
 * (`canton`: stripes of the first two colours with a canton of the third, as the US flag;
 * `vertical` / `horizontal`: equal bands, as Mexico's tricolour).
 */
const Emblem = z.strictObject({
  layout: z.enum(['vertical', 'horizontal', 'canton']),
  colours: z.array(Colour).min(2).max(4),
  /** Read out to screen readers and shown where the emblem cannot be drawn. */
  alt: Text,
});

const Person = z.strictObject({ name: z.string().min(1), role: Text });

const SideInfo = z.strictObject({
  id: Side,
  name: Text,
  emblem: Emblem,
  negotiator: Person,
  /** Others who sat at the table beside the negotiator (Rubio and Bessent beside Lutnick). */
  delegation: z.array(Person).min(1).max(4).optional(),
  principal: Person,
  /** The body that must ratify a treaty, and the meters that stand for it in the win-sets. */
  legislature: z.strictObject({ name: Text, meters: z.array(Id) }),
  brief: Text,
});

const Calendar = sourced({
  start: IsoDate,
  deadline: IsoDate,
  end: IsoDate,
  opener: Side,
  // Slots are named am/pm (or day for a single meeting), so at most two meetings a day.
  roundsPerWorkingDay: z.number().int().min(1).max(2),
  roundsPerWeekendDay: z.number().int().min(0).max(2),
});

const TariffStep = z.strictObject({ date: IsoDate, rate: z.number().min(0).max(100) });

const Tariff = sourced({
  importsBn: z.number().positive().max(100_000),
  schedule: z.array(TariffStep).min(1),
});

const Encounters = sourced({
  initial: z.number().positive(),
  /** Month-of-year multipliers, January first. */
  seasonality: z.array(z.number().min(0.3).max(2)).length(12),
  /** The largest share of flows that any package of measures can remove. */
  maxReduction: Fraction,
  lagDays: z.number().positive().max(365),
  /** Standard deviation of the monthly multiplicative noise. */
  noise: z.number().min(0).max(0.5),
});

const Peso = sourced({
  initial: z.number().positive(),
  /** Percent weaker per point of expected tariff. */
  pctPerTariffPoint: z.number().min(0).max(10),
  lagDays: z.number().positive().max(365),
});

const Growth = sourced({
  initial: z.number().min(-20).max(20),
  perTariffPoint: z.number().min(-5).max(5),
  lagDays: z.number().positive().max(365),
});

const World = z.strictObject({
  encounters: Encounters,
  peso: Peso,
  growth: Growth,
  trust: sourced({ initial: z.number().min(0).max(100) }),
});

const Meter = sourced({
  id: Id,
  side: Side,
  label: Text,
  description: Text,
  initial: z.number(),
  min: z.number(),
  max: z.number(),
  /** Public meters (polls, markets) are seen exactly by both sides; private ones only estimated. */
  visibility: z.enum(['public', 'private']),
  /** Where the meter drifts to, and how much of the gap closes per 30 days. */
  target: LinearSchema,
  ratePerMonth: Fraction,
}).superRefine((m, ctx) => {
  if (m.min >= m.max) ctx.addIssue({ code: 'custom', message: '`min` must be below `max`', path: ['min'] });
  else if (m.initial < m.min || m.initial > m.max)
    ctx.addIssue({
      code: 'custom',
      message: `\`initial\` must lie between ${m.min} and ${m.max}`,
      path: ['initial'],
    });
});

/**
 * What a term does to the meters once, when a deal that holds it is ratified (or when a conditional
 * clause brings it into force): "Remain in Mexico" along the whole border costs the Mexican
 * government with rights groups and the public.
 */
const SigningEffects = sourced({
  meters: Coefficients.optional(),
  trust: z.number().min(-100).max(100).optional(),
  pesoPct: z.number().min(-50).max(50).optional(),
});

const OptionEffectShape = z.strictObject({
  flowEffect: z.number().min(-1).max(1).optional(),
  /** What happens to the tariff once a deal with this option is in force. */
  tariff: z.enum(['suspended', 'delayed', 'imposed']).optional(),
  /** Review schedule in days after signing; the last review is final. */
  reviews: z.array(z.number().int().positive().max(365)).min(1).max(4).optional(),
  /** A treaty needs the other legislature; marks options the win-sets may test. */
  treaty: z.boolean().optional(),
  /**
   * How much this option, in the package's own terms, moves the chance that results fall short at a
   * review (added to `review.shortfallRisk` for the clause's threshold, then held within 0..1):
   * more enforcement makes a shortfall less likely.
   */
  shortfallShift: z.number().min(-1).max(1).optional(),
  onSigning: SigningEffects.optional(),
  ...Basis,
});

// `shortfallShift` is a modelling number, so a block that has one says where it comes from.
// (`onSigning` carries its own basis; `flowEffect` predates the rule.)
const OptionEffect = withBasis(OptionEffectShape, (b) => b.shortfallShift !== undefined);

const IssueOption = z.strictObject({
  id: Id,
  label: Text,
  description: Text.optional(),
  value: perSideNumbers(Fraction),
  effects: OptionEffect.optional(),
});

const Issue = z.strictObject({
  id: Id,
  label: Text,
  description: Text,
  /** The option that holds when a package leaves the issue out, and when there is no deal. */
  statusQuo: Id,
  weight: perSideNumbers(Fraction),
  options: z.array(IssueOption).min(2).max(8),
});

const Condition = z.strictObject({ issue: Id, options: z.array(Id).min(1) });

const WinsetTest = z.discriminatedUnion('kind', [
  sourced({
    kind: z.literal('utility'),
    when: Condition.optional(),
    min: LinearSchema,
  }),
  sourced({
    kind: z.literal('meter'),
    when: Condition.optional(),
    meter: Id,
    min: z.number(),
  }),
]);

const Winset = z.strictObject({
  id: Id,
  side: Side,
  label: Text,
  /** Shown to the signing sides when a deal fails this test. */
  failure: Text,
  test: WinsetTest,
});

const Move = sourced({
  id: Id,
  side: Side,
  label: Text,
  description: Text,
  /** When the move may be made. */
  phase: z.enum(['talks', 'tariff', 'any']),
  once: z.boolean(),
  effects: Effects,
});

export const INTEL_KINDS = ['own-winset', 'other-reservation', 'other-priorities', 'other-meters'] as const;

const Consultation = sourced({
  id: Id,
  side: Side,
  label: Text,
  description: Text,
  reveals: z.enum(INTEL_KINDS),
  effects: Effects,
});

const Trigger = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: IsoDate }),
  z.strictObject({
    kind: z.literal('meter'),
    meter: Id,
    below: z.number().optional(),
    above: z.number().optional(),
  }),
  z.strictObject({
    kind: z.literal('chance'),
    perRound: Fraction,
    from: IsoDate.optional(),
    until: IsoDate.optional(),
  }),
  /** A deal is ratified; with `when`, only a deal holding one of those options. */
  z.strictObject({ kind: z.literal('signed'), when: Condition.optional() }),
  /** A signed deal fails ratification; with `winset`, only when that win-set is among the failures. */
  z.strictObject({ kind: z.literal('ratification-failed'), winset: Id.optional() }),
  /** A side walks out; with `by`, only that side. */
  z.strictObject({ kind: z.literal('walkout'), by: Side.optional() }),
]);

const GameEvent = sourced({
  id: Id,
  title: Text,
  text: Text,
  trigger: Trigger,
  effects: Effects,
});

const Reservation = sourced(Linear);

const Scoring = sourced({
  /** Share of the score that comes from the terms of the outcome; the rest from final meters. */
  terms: Fraction,
  meters: z.record(Id, Fraction),
});

const Review = sourced({
  /** The fall in monthly encounters, against the starting level, that the US calls sufficient. */
  targetDropPct: z.number().int().min(0).max(100),
  /** Chance the US reinstates tariffs when it judges results insufficient. */
  reinstate: LinearSchema,
  /** Probability that results fall short, used to value a conditional clause in advance. */
  shortfallRisk: z.record(z.string().regex(/^\d+$/), Fraction),
});

const ConditionalClause = z.strictObject({
  review: z.number().int().positive().max(365),
  /** Omitted: judged at the US's discretion against the scenario's review target. */
  minDropPct: z.number().int().min(0).max(100).optional(),
  then: z.record(Id, Id),
});

const ScriptedAction = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('propose'),
    terms: z.record(Id, Id),
    conditional: ConditionalClause.optional(),
  }),
  z.strictObject({
    type: z.literal('counter'),
    terms: z.record(Id, Id),
    conditional: ConditionalClause.optional(),
  }),
  z.strictObject({ type: z.literal('accept') }),
  z.strictObject({ type: z.literal('reject') }),
  z.strictObject({ type: z.literal('wait') }),
  z.strictObject({ type: z.literal('unilateral'), move: Id }),
  z.strictObject({ type: z.literal('consult'), consultation: Id }),
]);

const ScriptStep = z.strictObject({
  date: IsoDate,
  slot: z.enum(['am', 'pm', 'day', 'month']),
  side: Side,
  note: Text,
  action: ScriptedAction,
});

const Historical = sourced({
  date: IsoDate,
  title: Text,
  text: Text,
  /** Each issue named here must hold one of the listed options for a deal to count as historical. */
  terms: z.record(Id, z.array(Id).min(1)),
  conditional: ConditionalClause.optional(),
  /** The moves the `history` player makes, in order. */
  script: z.array(ScriptStep).min(1),
  /**
   * The debrief's comparison with another scenario of the library (Mexico 2025 with June 2019): what
   * changed and what repeated. The scenario named need not be shipped; its title is written here.
   */
  comparison: z.strictObject({ scenario: Id, title: Text, text: Text }).optional(),
});

/**
 * An AI negotiator's character, as data so teachers can add their own. The difficulty (easy,
 * medium, hard) is chosen at play time and changes how well it reads and exploits the other side.
 */
const Persona = sourced({
  id: Id,
  side: Side,
  label: Text,
  description: Text,
  /** Follows the scenario's historical script while the talks stay on the record. */
  historical: z.boolean(),
  bidding: z.strictObject({
    /** The opening target, as a share of the best terms utility the side can get. */
    aspiration: z.number().min(0.5).max(1),
    /** Below 1 holds firm until late (Boulware); above 1 concedes early (conceder). */
    exponent: z.number().min(0.05).max(10),
    /** The share of the other side's concessions it gives back (tit for tat). */
    reciprocity: Fraction,
  }),
  /** Unilateral moves it makes when they are legal, most wanted first. */
  moves: z.array(Id),
  /** Says "final offer" before its last offer; the log marks it and the debrief reveals it. */
  bluffs: z.boolean(),
});

/**
 * What the map shows for this scenario: the countries drawn as the talks' own (the others muted),
 * the borders traced, the places named (the view frames them), and the routes the flows walk. A
 * scenario without one shows June 2019's region. Only ids the build projects are allowed.
 */
const MapView = z.strictObject({
  countries: z.array(z.enum(COUNTRY_IDS)).min(1),
  borders: z.array(z.enum(BORDER_IDS)),
  places: z.array(z.enum(PLACE_IDS)).min(2),
  /** The places the view must show, when not just the named ones. */
  frame: z.array(z.enum(PLACE_IDS)).min(2).optional(),
  routes: z
    .array(z.array(z.enum(PLACE_IDS)).min(2))
    .min(1)
    .optional(),
});

/** The steps of the tutorial a hint belongs to, in the order the front end walks them. */
export const HINT_STEPS = ['offer', 'what-it-takes', 'propose', 'accept', 'debrief'] as const;

/**
 * A hint the front end shows while the player learns the controls: `offer` while the player first
 * builds an offer, `what-it-takes` until they have asked, `propose` until they have sent one,
 * `accept` once an offer of theirs can be taken, `debrief` on the debrief.
 */
const Hint = z.strictObject({ id: Id, step: z.enum(HINT_STEPS), text: Text });

export const ScenarioSchema = z.strictObject({
  id: Id,
  formatVersion: z.literal(1),
  title: Text,
  summary: Text,
  /** The two sides, in the order the analysis puts them on its axes. */
  sides: z.tuple([SideInfo, SideInfo]),
  calendar: Calendar,
  tariff: Tariff,
  world: World,
  meters: z.array(Meter).min(1),
  issues: z.array(Issue).min(1).max(16),
  conditionalThresholds: z.array(z.number().int().min(0).max(100)).min(1),
  winsets: z.array(Winset),
  moves: z.array(Move),
  consultations: z.array(Consultation),
  events: z.array(GameEvent),
  reservation: z.record(Side, Reservation) as unknown as z.ZodType<PerSide<z.infer<typeof Reservation>>>,
  scoring: z.record(Side, Scoring) as unknown as z.ZodType<PerSide<z.infer<typeof Scoring>>>,
  review: Review,
  historical: Historical,
  personas: z.array(Persona).optional(),
  /**
   * A variant's base (written by the loader from `extends:`) and what the variant changes and why
   * it matters for teaching, shown with the scenario.
   */
  variant: z.strictObject({ base: Id, about: Text }).optional(),
  map: MapView.optional(),
  /** A tutorial's hints, one or more per step; "How to play" on the title starts the tutorial. */
  tutorial: z.strictObject({ hints: z.array(Hint).min(1) }).optional(),
});

export type ScenarioSide = z.infer<typeof SideInfo>;
export type LocalText = z.infer<typeof Text>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioIssue = Scenario['issues'][number];
export type ScenarioOption = ScenarioIssue['options'][number];
export type ScenarioMeter = Scenario['meters'][number];
export type ScenarioMove = Scenario['moves'][number];
export type ScenarioConsultation = Scenario['consultations'][number];
export type ScenarioEvent = Scenario['events'][number];
export type ScenarioWinset = Scenario['winsets'][number];
export type ScenarioPersona = z.infer<typeof Persona>;
export type ScenarioHint = z.infer<typeof Hint>;
export type ScenarioMap = z.infer<typeof MapView>;
export type HintStep = (typeof HINT_STEPS)[number];
export type EffectsSpec = z.infer<typeof Effects>;
export type TriggerSpec = z.infer<typeof Trigger>;
export type LinearSpec = z.infer<typeof LinearSchema>;
export type ConditionalSpec = z.infer<typeof ConditionalClause>;
export type ScriptStepSpec = z.infer<typeof ScriptStep>;
export type IntelKind = (typeof INTEL_KINDS)[number];
export type WorldVariableName = (typeof WORLD_VARIABLES)[number];
