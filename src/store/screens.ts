// Which screen each step of a session leads to, and from where: a command sent from the wrong
// screen (a double click, a stale button) is ignored rather than half-applied.
import type { Screen } from './contract';

export type Transition = 'openSetup' | 'startGame' | 'beginTalks' | 'continueGame' | 'toDebrief' | 'toTitle';

const FROM: Readonly<Record<Transition, readonly Screen[]>> = {
  openSetup: ['title'],
  startGame: ['setup'],
  beginTalks: ['brief'],
  continueGame: ['title'],
  toDebrief: ['negotiation'],
  toTitle: [
    'title',
    'setup',
    'brief',
    'negotiation',
    'debrief',
    'replays',
    'replay',
    'classroom',
    'class-results',
  ],
};

export const TARGET: Readonly<Record<Transition, Screen>> = {
  openSetup: 'setup',
  startGame: 'brief',
  beginTalks: 'negotiation',
  continueGame: 'negotiation',
  toDebrief: 'debrief',
  toTitle: 'title',
};

export function canGo(from: Screen, transition: Transition): boolean {
  return FROM[transition].includes(from);
}
