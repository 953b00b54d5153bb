// How well a persona plays. The persona says who it is; the difficulty says how sharp it is.
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface Skill {
  /** Accepts a little below its own target instead of comparing with its next offer (AC-next). */
  acceptsEarly: boolean;
  /** Consultations it asks for, in order, at the start of the talks. */
  consults: ('own-winset' | 'other-reservation' | 'other-priorities')[];
  /** Gives the other side no more than its estimated reservation value requires. */
  exploits: boolean;
  /**
   * How fast its clock runs (1 as the persona's curve says): an easy negotiator gives ground
   * sooner, so it is there to be won.
   */
  pace: number;
  /** How fast its clock runs against a side that has stopped moving (1: it does not notice). */
  standstillPace: number;
  /** The share of its persona's aspiration it opens with: an easy one asks for less. */
  ambition: number;
  /** How many pressure moves it spends on a side that has stopped moving (it answers pressure whatever). */
  standstillPressure: number;
  /** How far it lets the other side's words move it, on top of their record: an easy one believes. */
  credulity: number;
  /**
   * Which single concession it makes first: the one worth most to the other side for what it costs
   * (generous), or the cheapest one (a sharper negotiator gives no more per step than it must).
   */
  concedes: 'best-value' | 'cheapest';
  /**
   * How many readings of the other side's priorities it takes at the start: each narrows what it
   * can prove about their values, and so the trades it may offer without ever making one worse.
   */
  readings: number;
}

export const SKILLS: Record<Difficulty, Skill> = {
  // Even an easy negotiator knows its principal's line and hears how the other side ranks the
  // issues: without them it offers what its own side refuses and cannot tell a concession from an
  // offer worse for both, and a person across the table would see it stumble, not lose.
  easy: {
    acceptsEarly: true,
    consults: ['own-winset', 'other-priorities'],
    exploits: false,
    pace: 1,
    standstillPace: 0.6,
    ambition: 1,
    standstillPressure: 2,
    credulity: 1,
    concedes: 'cheapest',
    readings: 3,
  },
  medium: {
    acceptsEarly: false,
    consults: ['own-winset', 'other-priorities'],
    exploits: false,
    pace: 1,
    standstillPace: 0.25,
    ambition: 1,
    standstillPressure: 2,
    credulity: 0.8,
    concedes: 'best-value',
    readings: 3,
  },
  hard: {
    acceptsEarly: false,
    consults: ['own-winset', 'other-reservation', 'other-priorities'],
    exploits: true,
    pace: 1,
    standstillPace: 0.25,
    ambition: 1,
    standstillPressure: 2,
    credulity: 0.6,
    concedes: 'cheapest',
    readings: 3,
  },
};

export function isDifficulty(text: string): text is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(text);
}
