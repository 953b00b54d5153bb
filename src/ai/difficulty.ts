// How well a persona plays. The persona says who it is; the difficulty says how sharp it is.
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface Skill {
  /** Accepts a little below its own target instead of comparing with its next offer (AC-next). */
  acceptsEarly: boolean;
  /** Standard deviation of the noise on its target utility. */
  targetNoise: number;
  /** Consultations it asks for, in order, at the start of the talks. */
  consults: ('own-winset' | 'other-reservation' | 'other-priorities')[];
  /** Gives the other side no more than its estimated reservation value requires. */
  exploits: boolean;
}

export const SKILLS: Record<Difficulty, Skill> = {
  // Even an easy negotiator hears how the other side ranks the issues: without it, it cannot tell a
  // concession from an offer worse for both, and a person across the table would see it stumble.
  easy: { acceptsEarly: true, targetNoise: 0.04, consults: ['other-priorities'], exploits: false },
  medium: {
    acceptsEarly: false,
    targetNoise: 0,
    consults: ['own-winset', 'other-priorities'],
    exploits: false,
  },
  hard: {
    acceptsEarly: false,
    targetNoise: 0,
    consults: ['own-winset', 'other-reservation', 'other-priorities'],
    exploits: true,
  },
};

export function isDifficulty(text: string): text is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(text);
}
