// The replay file: a header that names everything the game was played with, the actions in the
// order they were played, the state's hash after every round, and how it ended. Plain JSON, so a
// person can read one and a class report can read hundreds.
import type { Action, DeepReadonly, Outcome } from '../engine';
import type { PerSide, SideId } from '../scenario/sides';

export const REPLAY_FORMAT = 'deadline-diplomacy-replay';
/** Bumped when the file's shape changes; a reader refuses versions it does not know. */
export const REPLAY_FORMAT_VERSION = 1;
/** Larger files are refused before they are parsed: a 200-action game is about 100 KB. */
export const MAX_REPLAY_BYTES = 5 * 1024 * 1024;

/** Who played a side: a person at the screen, or a program named as the command line names it. */
export type ReplayPlayer =
  | { readonly kind: 'person' }
  /** `pragmatist:hard`, `random`, `history`, `fair-minded`, …: see `npm run cli -- help`. */
  | { readonly kind: 'ai'; readonly player: string };

/** How the game was played; nothing in it changes the rules, so nothing here is checked by the engine. */
export interface ReplaySettings {
  /** Against the AI in the browser, two people on one device, or a program on the command line. */
  readonly mode: 'vs-ai' | 'hotseat' | 'simulated';
}

export interface ReplayHeader {
  readonly format: typeof REPLAY_FORMAT;
  readonly formatVersion: typeof REPLAY_FORMAT_VERSION;
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: number;
  /** The scenario's two side ids, in its order. */
  readonly sides: readonly [SideId, SideId];
  readonly players: Readonly<PerSide<ReplayPlayer>>;
  readonly settings: ReplaySettings;
}

/** One action as it was played: who (the action's side), what, and when (the round and its date). */
export interface RecordedAction {
  readonly round: number;
  readonly date: string;
  readonly action: DeepReadonly<Action>;
}

/** The state's hash at the close of a round: after `actions` actions, the round `round` was over. */
export interface Checkpoint {
  readonly round: number;
  readonly actions: number;
  readonly hash: string;
}

export interface ReplayFile {
  readonly header: ReplayHeader;
  readonly actions: readonly RecordedAction[];
  readonly checkpoints: readonly Checkpoint[];
  /** How the game stood at the end of the file: over, or still going (an unfinished game). */
  readonly final: {
    readonly outcome: DeepReadonly<Outcome>;
    readonly hash: string;
  };
}

/** The file as it is written: indented JSON, so a person can read it and a diff can show it. */
export function encodeReplay(file: ReplayFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}
