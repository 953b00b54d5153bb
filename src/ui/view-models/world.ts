// Everything the negotiation screen's canvas shows, as plain data computed from the person's
// observation and the scenario: the Phaser scene only draws it, and the tests check it in Node.
// Only the observation is read, so the other side's private meters reach the canvas as bands.
import { buildRounds, daysBetween } from '../../engine/calendar';
import type { Observation } from '../../engine/observe';
import type { Scenario } from '../../scenario/schema';
import { type SideId, sideIds, sideInfo } from '../../scenario/sides';
import { worldTexts as t } from '../i18n/areas/world';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../i18n/formats';
import { type Lang, say } from '../i18n/texts';
import { type TroopsView, troopsView } from './world-troops';

export type { TroopMarker, TroopsView } from './world-troops';

export type RungState = 'paid' | 'now' | 'next' | 'later' | 'cancelled';

export interface LadderRung {
  readonly date: string;
  readonly dateText: string;
  readonly rate: number;
  readonly rateText: string;
  readonly state: RungState;
}

export interface LadderView {
  readonly title: string;
  readonly rungs: readonly LadderRung[];
  /** The rate in force today, in percentage points. */
  readonly rate: number;
  readonly rateText: string;
  readonly statusText: string;
  readonly next: { readonly date: string; readonly rate: number; readonly days: number } | null;
  /** "10% in 21 days", or the status when nothing is coming. */
  readonly nextText: string;
}

export type MeetingState = 'past' | 'today' | 'ahead';

export interface MeetingDay {
  readonly date: string;
  /** Short label: "Jun 5" / "5 jun". */
  readonly label: string;
  /** The day of the month alone ("5"), for a strip too narrow for the label. */
  readonly dayOfMonth: string;
  /** Meetings held on that day (two on a working day, one at the weekend). */
  readonly meetings: number;
  /** Of those, the meetings already held (all of a past day's, some of today's). */
  readonly held: number;
  /** Of those, the meetings that will never be held: the talks ended before them. */
  readonly cancelled: number;
  readonly state: MeetingState;
}

export interface CalendarView {
  readonly title: string;
  readonly date: string;
  readonly dateText: string;
  /** 1-based meeting number, and the number of meetings in the game. */
  readonly round: number;
  readonly roundCount: number;
  readonly roundText: string;
  /** Meetings still to come before the deadline, counting the one now. */
  readonly meetingsLeft: number;
  readonly daysToDeadline: number;
  readonly deadline: string;
  readonly afterDeadline: boolean;
  /** The countdown line: days to the deadline, or after it, the next tariff step. */
  readonly countdownText: string;
  readonly leftText: string;
  /** The talks' days up to the deadline, for the strip. */
  readonly days: readonly MeetingDay[];
  /** The talks' month or months ("July–August" / "julio–agosto"), for a strip of bare day numbers. */
  readonly monthText: string;
}

export interface FlowsView {
  /** The model's monthly border encounters now. */
  readonly encounters: number;
  readonly text: string;
  readonly changeText: string;
  /** encounters / reference (the scenario's starting level), clamped to 0.05..1.5. */
  readonly density: number;
  readonly series: readonly { readonly date: string; readonly encounters: number }[];
}

export type Tone = 'first' | 'second' | 'third';

export interface MeterItem {
  readonly id: string;
  readonly side: SideId;
  readonly tone: Tone;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Exact for own and public meters; null for the other side's private ones. */
  readonly value: number | null;
  /** The band the other side's private meter lies in. */
  readonly estimate: readonly [number, number] | null;
  /** 0..1 positions on the bar: the value, or the band's ends. */
  readonly share: number | null;
  readonly band: readonly [number, number] | null;
  readonly text: string;
}

export type PortraitFile =
  | 'ebrard'
  | 'pence'
  | 'amlo'
  | 'trump'
  | 'lutnick'
  | 'sheinbaum'
  | 'mcaleenan'
  | 'degenhart'
  | 'morales'
  | 'generic-a'
  | 'generic-b';

export interface PortraitItem {
  readonly side: SideId;
  readonly tone: Tone;
  readonly role: 'negotiator' | 'principal';
  readonly name: string;
  readonly roleText: string;
  readonly file: PortraitFile;
  /** The person's side sits left, the counterpart right. */
  readonly seat: 'left' | 'right';
  readonly you: boolean;
  readonly speaking: boolean;
}

export interface SideColumn {
  readonly side: SideId;
  readonly tone: Tone;
  readonly seat: 'left' | 'right';
  readonly name: string;
  readonly meters: readonly MeterItem[];
  readonly portraits: readonly [PortraitItem, PortraitItem];
}

export interface WorldView {
  readonly lang: Lang;
  readonly ladder: LadderView;
  readonly calendar: CalendarView;
  readonly flows: FlowsView;
  readonly troops: TroopsView;
  readonly meters: readonly MeterItem[];
  readonly portraits: readonly PortraitItem[];
  /** Left (the person's side) then right (the counterpart). */
  readonly columns: readonly [SideColumn, SideColumn];
  readonly over: boolean;
}

/** `watching`: the replay viewer, where nobody at the screen sits at the table ("You" is shown on no one). */
export function worldView(
  scenario: Scenario,
  observation: Observation,
  lang: Lang,
  watching = false,
): WorldView {
  const [left, right] = seats(scenario, observation.side);
  const tones = toneOf(scenario);
  const meters = metersView(scenario, observation, lang, tones);
  const speaker = lastSpeaker(observation);
  const portraits = [left, right].flatMap((side) =>
    portraitsOf(scenario, side, observation.side, speaker, lang, tones, watching),
  );
  const column = (side: SideId, seat: 'left' | 'right'): SideColumn => {
    const own = portraits.filter((p) => p.side === side);
    const [negotiator, principal] = [own[0], own[1]];
    if (!negotiator || !principal) throw new Error('two portraits per side');
    return {
      side,
      tone: tones(side),
      seat,
      name: sideInfo(scenario, side).name[lang],
      meters: meters.filter((m) => m.side === side),
      portraits: [negotiator, principal],
    };
  };
  return {
    lang,
    ladder: ladderView(scenario, observation, lang),
    calendar: calendarView(scenario, observation, lang),
    flows: flowsView(scenario, observation, lang),
    troops: troopsView(scenario, observation, lang),
    meters,
    portraits,
    columns: [column(left, 'left'), column(right, 'right')],
    over: observation.phase === 'over',
  };
}

function seats(scenario: Scenario, you: SideId): [SideId, SideId] {
  const [a, b] = sideIds(scenario);
  return you === a ? [a, b] : [b, a];
}

function toneOf(scenario: Scenario): (side: SideId) => Tone {
  const [a, b] = sideIds(scenario);
  return (side) => (side === a ? 'first' : side === b ? 'second' : 'third');
}

export function ladderView(scenario: Scenario, observation: Observation, lang: Lang): LadderView {
  const { tariff, date } = observation;
  const steps = [...tariff.steps].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const off = tariff.status === 'suspended' || tariff.status === 'frozen';
  // A step counts as paid only if its rate was ever in force: one reached after a deal suspended
  // the tariff was called off, not paid.
  const highest = Math.max(tariff.rate, ...observation.timeline.map((s) => s.tariff));
  const reached = steps.filter((s) => s.date <= date && s.rate <= highest);
  const current = off || tariff.rate <= 0 ? null : reached.filter((s) => s.rate === tariff.rate).pop();
  const rungs = steps.map((s): LadderRung => {
    let state: RungState;
    if (s.date <= date) state = s === current ? 'now' : s.rate <= highest ? 'paid' : 'cancelled';
    else if (off) state = 'cancelled';
    else if (tariff.next && s.date === tariff.next.date) state = 'next';
    else state = 'later';
    return {
      date: s.date,
      dateText: shortDate(lang, s.date),
      rate: s.rate,
      rateText: percent(lang, s.rate),
      state,
    };
  });
  const next = tariff.next
    ? { date: tariff.next.date, rate: tariff.next.rate, days: daysBetween(date, tariff.next.date) }
    : null;
  const statusText = say(lang, STATUS[tariff.status]);
  let nextText = statusText;
  if (next) {
    const vars = { rate: percent(lang, next.rate), days: next.days };
    nextText = say(
      lang,
      next.days <= 0 ? t.ladderNextToday : next.days === 1 ? t.ladderNextOne : t.ladderNext,
      vars,
    );
  } else if (off) nextText = say(lang, t.ladderSuspended);
  return {
    // The tariff falls on the second side's goods (the authoring guide's convention).
    title: say(lang, t.ladderTitle, { country: scenario.sides[1].name[lang] }),
    rungs,
    rate: tariff.rate,
    rateText: say(lang, t.ladderToday, { rate: percent(lang, tariff.rate) }),
    statusText,
    next,
    nextText,
  };
}

const STATUS = {
  threatened: t.ladderThreatened,
  'in-force': t.ladderInForce,
  suspended: t.ladderSuspended,
  frozen: t.ladderFrozen,
  reinstated: t.ladderReinstated,
} as const;

function percent(lang: Lang, points: number): string {
  return formatPercent(lang, points / 100);
}

export function calendarView(scenario: Scenario, observation: Observation, lang: Lang): CalendarView {
  const rounds = buildRounds(scenario);
  const { date, deadline, round } = observation;
  const meetingsLeft = rounds.filter((r) => r.index >= round && r.date < deadline).length;
  const afterDeadline = date >= deadline;
  let countdownText: string;
  if (observation.deal)
    countdownText = say(lang, t.calendarDeal, { date: formatDate(lang, observation.deal.signed.date) });
  else if (!afterDeadline) {
    const days = observation.daysToDeadline;
    const deadlineText = formatDate(lang, deadline);
    countdownText = say(lang, days === 1 ? t.calendarDayOne : t.calendarDays, { days, date: deadlineText });
  } else if (date === deadline) countdownText = say(lang, t.calendarDeadlineToday);
  else if (observation.tariff.next)
    countdownText = say(lang, t.calendarAfter, { date: formatDate(lang, observation.tariff.next.date) });
  else countdownText = say(lang, t.calendarAfterNone);
  const talkDays = new Map<string, number>();
  for (const r of rounds) if (r.phase === 'talks') talkDays.set(r.date, (talkDays.get(r.date) ?? 0) + 1);
  const over = observation.outcome.kind !== 'ongoing';
  const heldOn = (day: string) => rounds.filter((r) => r.date === day && r.index < round).length;
  const days: MeetingDay[] = [...talkDays].map(([day, meetings]) => {
    const held = heldOn(day);
    return {
      date: day,
      label: shortDate(lang, day),
      dayOfMonth: String(Number(day.slice(8, 10))),
      meetings,
      held,
      cancelled: over ? meetings - held : 0,
      state: day < date ? 'past' : day === date ? 'today' : 'ahead',
    };
  });
  const deadlineHeld = date > deadline ? 1 : 0;
  days.push({
    date: deadline,
    label: shortDate(lang, deadline),
    dayOfMonth: String(Number(deadline.slice(8, 10))),
    meetings: 1,
    held: deadlineHeld,
    cancelled: over ? 1 - deadlineHeld : 0,
    state: date > deadline ? 'past' : date === deadline ? 'today' : 'ahead',
  });
  return {
    title: say(lang, t.calendarTitle),
    monthText: monthSpan(lang, days[0]?.date ?? deadline, deadline),
    date,
    dateText: formatDate(lang, date),
    round: round + 1,
    roundCount: observation.roundCount,
    roundText: say(lang, t.calendarRound, { round: round + 1, count: observation.roundCount }),
    meetingsLeft,
    daysToDeadline: observation.daysToDeadline,
    deadline,
    afterDeadline,
    countdownText,
    leftText:
      afterDeadline || over
        ? ''
        : say(lang, meetingsLeft === 1 ? t.calendarLeftOne : t.calendarLeft, { count: meetingsLeft }),
    days,
  };
}

const SHORT: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** "July", or "July–August" when the talks run into the next month. */
function monthSpan(lang: Lang, first: string, last: string): string {
  const a = formatMonth(lang, first);
  return first.slice(0, 7) === last.slice(0, 7) ? a : `${a}–${formatMonth(lang, last)}`;
}

/** "2019-06-05" → "May": the month whose level the encounters start from. */
function monthBefore(lang: Lang, iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return formatMonth(lang, d.toISOString().slice(0, 10));
}

function shortDate(lang: Lang, iso: string): string {
  return SHORT[lang].format(new Date(`${iso}T12:00:00Z`));
}

/**
 * Density 1 is the scenario's starting level, the month before the talks open (May 2019 for June
 * 2019's); the dots never vanish entirely.
 */
export function flowsView(scenario: Scenario, observation: Observation, lang: Lang): FlowsView {
  const reference = scenario.world.encounters.initial;
  const encounters = observation.world.encounters;
  const density = Math.min(1.5, Math.max(0.05, reference > 0 ? encounters / reference : 0));
  const change = reference > 0 ? encounters / reference - 1 : 0;
  return {
    encounters,
    text: say(lang, t.flowsLabel, { count: formatNumber(lang, Math.round(encounters)) }),
    changeText: say(lang, t.flowsChange, {
      change: `${change > 0 ? '+' : ''}${formatPercent(lang, change)}`,
      month: monthBefore(lang, scenario.calendar.start),
    }),
    density,
    series: observation.timeline.map((s) => ({ date: s.date, encounters: s.encounters })),
  };
}

function metersView(
  scenario: Scenario,
  observation: Observation,
  lang: Lang,
  tones: (side: SideId) => Tone,
): MeterItem[] {
  return observation.meters.flatMap((m): MeterItem[] => {
    const spec = scenario.meters.find((s) => s.id === m.id);
    if (!spec) return [];
    const span = spec.max - spec.min || 1;
    const share = m.value === null ? null : clamp01((m.value - spec.min) / span);
    const band: [number, number] | null = m.estimate
      ? [clamp01((m.estimate[0] - spec.min) / span), clamp01((m.estimate[1] - spec.min) / span)]
      : null;
    const text =
      m.value !== null
        ? formatNumber(lang, m.value)
        : m.estimate
          ? say(lang, t.meterEstimateShort, { low: m.estimate[0], high: m.estimate[1] })
          : '';
    return [
      {
        id: m.id,
        side: m.side,
        tone: tones(m.side),
        label: spec.label[lang],
        min: spec.min,
        max: spec.max,
        value: m.value,
        estimate: m.estimate ? [m.estimate[0], m.estimate[1]] : null,
        share,
        band,
        text,
      },
    ];
  });
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** The side of the last negotiating move in the person's log, or null before anyone has moved. */
function lastSpeaker(observation: Observation): SideId | null {
  for (let i = observation.log.length - 1; i >= 0; i--) {
    const entry = observation.log[i];
    if (entry?.kind === 'action') return entry.action.side;
  }
  return null;
}

/** The portraits drawn for this project, by the person's name; anyone else gets a generic face. */
const PORTRAIT_FILES: Readonly<Record<string, PortraitFile>> = {
  'Marcelo Ebrard': 'ebrard',
  'Mike Pence': 'pence',
  'Andrés Manuel López Obrador': 'amlo',
  'Donald Trump': 'trump',
  'Howard Lutnick': 'lutnick',
  'Claudia Sheinbaum': 'sheinbaum',
  'Kevin McAleenan': 'mcaleenan',
  'Enrique Degenhart': 'degenhart',
  'Jimmy Morales': 'morales',
};

export function portraitFile(name: string, role: 'negotiator' | 'principal'): PortraitFile {
  return PORTRAIT_FILES[name] ?? (role === 'negotiator' ? 'generic-a' : 'generic-b');
}

function portraitsOf(
  scenario: Scenario,
  side: SideId,
  you: SideId,
  speaker: SideId | null,
  lang: Lang,
  tones: (side: SideId) => Tone,
  watching: boolean,
): PortraitItem[] {
  const info = sideInfo(scenario, side);
  const seat = side === you ? 'left' : 'right';
  return (['negotiator', 'principal'] as const).map((role) => ({
    side,
    tone: tones(side),
    role,
    name: info[role].name,
    roleText: info[role].role[lang],
    file: portraitFile(info[role].name, role),
    seat,
    you: !watching && side === you && role === 'negotiator',
    speaking: role === 'negotiator' && speaker === side,
  }));
}
