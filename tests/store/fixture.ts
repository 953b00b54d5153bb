// A session store on the real june-2019 scenario, with a Map for storage and a scheduler the test
// drives: immediate (every AI move at once) or a queue it runs by hand.

import type { Player, Seat } from '../../src/ai/player';
import { createPlayer } from '../../src/ai/registry';
import type { Action, Observation } from '../../src/engine';
import type { SideId } from '../../src/scenario/sides';
import type {
  Intent,
  KeyValueStorage,
  ScenarioEntry,
  Scheduler,
  SessionStore,
} from '../../src/store/contract';
import { createSessionStore } from '../../src/store/session-store';
import { JUNE_2019, loadScenario } from '../support/scenarios';

const loaded = loadScenario(JUNE_2019);
export const entry: ScenarioEntry = {
  id: loaded.scenario.id,
  hash: loaded.hash,
  title: loaded.scenario.title,
  scenario: loaded.scenario,
};

export class MapStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

export const immediate: Scheduler = {
  schedule: (_ms, run) => {
    run();
    return () => {};
  },
};

/** A scheduler whose steps wait in a queue until the test runs them. */
export class ManualScheduler implements Scheduler {
  readonly queue: { ms: number; run: () => void; cancelled: boolean }[] = [];
  schedule(ms: number, run: () => void): () => void {
    const job = { ms, run, cancelled: false };
    this.queue.push(job);
    return () => {
      job.cancelled = true;
    };
  }
  /** The steps still waiting. */
  get waiting(): number {
    return this.queue.filter((j) => !j.cancelled).length;
  }
  /** Runs the oldest waiting step; false when none waits. */
  runNext(): boolean {
    const job = this.queue.find((j) => !j.cancelled);
    if (!job) return false;
    job.cancelled = true;
    job.run();
    return true;
  }
}

export function makeStore(
  options: {
    storage?: MapStorage;
    scheduler?: Scheduler;
    seed?: number;
    scenarios?: readonly ScenarioEntry[];
  } = {},
): {
  store: SessionStore;
  storage: MapStorage;
} {
  const storage = options.storage ?? new MapStorage();
  const store = createSessionStore({
    scenarios: options.scenarios ?? [entry],
    storage,
    scheduler: options.scheduler ?? immediate,
    defaultLang: 'en',
    newSeed: () => options.seed ?? 42,
  });
  return { store, storage };
}

/** Title to the table as `side`, against the default opponent unless one is named. */
export function startAs(store: SessionStore, side: SideId, persona?: string): void {
  store.commands.openSetup();
  store.commands.chooseSetup(
    persona ? { side, opponent: { kind: 'ai', persona, difficulty: 'medium' } } : { side },
  );
  store.commands.startGame();
  store.commands.beginTalks();
}

/** The person, played by a scripted persona that sees only what the view sees. */
export function personFor(side: SideId, seed = 7): Player {
  return createPlayer(
    { kind: 'persona', persona: 'pragmatist', difficulty: 'medium' },
    { scenario: entry.scenario, side, seed },
  );
}

export function seatOf(obs: Observation): Seat {
  return { side: obs.side, legal: () => obs.legal, observe: () => obs };
}

export function intentOf(action: Action): Intent {
  const say = action.say ? { say: action.say } : {};
  switch (action.type) {
    case 'propose':
    case 'counter':
      return { type: 'propose', package: action.package, ...say };
    case 'unilateral':
      return { type: 'unilateral', move: action.move };
    case 'consult':
      return { type: 'consult', consultation: action.consultation };
    case 'wait':
      return { type: 'wait' };
    default:
      return { type: action.type, ...say };
  }
}

/** Plays the person's moves until the game ends or `moves` have been made; returns how many. */
export function playPerson(store: SessionStore, person: Player, moves = Number.POSITIVE_INFINITY): number {
  let made = 0;
  for (let guard = 0; guard < 500 && made < moves; guard++) {
    const game = store.getState().game;
    if (!game || game.observation.phase === 'over') break;
    if (!game.observation.yourTurn) throw new Error('the AI did not move');
    store.commands.act(intentOf(person.decide(seatOf(game.observation))));
    const notice = store.getState().notice;
    if (notice) throw new Error(`refused: ${notice.code} ${notice.message}`);
    made++;
  }
  return made;
}
