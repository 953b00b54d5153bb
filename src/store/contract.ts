// What the session store promises the views: the state they may read and the commands they may
// send. The store (session-store.ts) is the only caller of `rules.apply` and the only holder of a
// GameState; a view reads observations and sends intents, nothing else. DOM panels, Phaser scenes
// and the browser tests all go through this one surface.

import type { Difficulty } from '../ai/difficulty';
import type { Answer, Explanation } from '../ai/explain';
import type { Analysis, DeepReadonly, Observation, Package, Statement } from '../engine';
import type { ClassResults } from '../replay/class-results';
import type { LocalText, Scenario } from '../scenario/schema';
import type { SideId } from '../scenario/sides';

export type Lang = keyof LocalText;
export const LANGS: readonly Lang[] = ['en', 'es'];

export type Screen =
  | 'title'
  | 'setup'
  | 'brief'
  | 'negotiation'
  | 'debrief'
  | 'replays'
  | 'replay'
  | 'classroom'
  | 'class-results';

/** A scenario the game can start: compiled at build time, or dropped in by a teacher later. */
export interface ScenarioEntry {
  readonly id: string;
  readonly hash: string;
  readonly title: LocalText;
  readonly scenario: Scenario;
}

/** Who sits across the table: an AI negotiator, or a second person on the same device (hotseat). */
export type Opponent =
  | { readonly kind: 'ai'; readonly persona: string; readonly difficulty: Difficulty }
  | { readonly kind: 'person' };
export type AiOpponent = Extract<Opponent, { kind: 'ai' }>;

export interface Setup {
  readonly scenarioId: string;
  /** The side the person plays (in hotseat, the side whose brief is read first). */
  readonly side: SideId;
  readonly opponent: Opponent;
  readonly seed: number;
  /** Minutes each meeting may take before the side to move passes; null: no timer (the default). */
  readonly timerMinutes: number | null;
}

export interface Settings {
  readonly lang: Lang;
  /** 'system' follows `prefers-reduced-motion`. */
  readonly motion: 'system' | 'full' | 'reduced';
  /** The pause before each AI move is shown, in ms (0: at once). */
  readonly aiPauseMs: number;
  /** Large type, for a class watching one screen. */
  readonly projector: boolean;
}

/** A problem shown once to the person, then cleared: a refused action, a save that cannot load. */
export interface Notice {
  readonly code: string;
  readonly message: string;
}

/** What the person's draft is worth, judged from their own side's information only. */
export interface DraftAppraisal {
  /** The person's own utility for the package, 0..1. */
  readonly ownUtility: number;
  /** Estimated chance that the other side accepts it now, 0..1, from the person's observation. */
  readonly acceptChance: number;
  /** Whether the person's own principal / win-sets would pass it (their own rules, known exactly). */
  readonly ownWinsetPasses: boolean;
}

/** The counterpart's last answer to the person: a reason for a rejection, or "what would it take?". */
export type CounterpartWords =
  | { readonly kind: 'explanation'; readonly explanation: Explanation }
  | { readonly kind: 'answer'; readonly answer: Answer };

export interface GameView {
  /**
   * The game's setup; null in the replay viewer (nobody at the screen is playing), whose players
   * are in `SessionState.replay`.
   */
  readonly setup: Setup | null;
  readonly scenario: Scenario;
  /** The person's side's observation of the current state: the only game data a view ever sees. */
  readonly observation: Observation;
  /** True while an AI move is pending (shown after the pause). */
  readonly aiThinking: boolean;
  /** After the game: the analysis and the omniscient final observation for the debrief. */
  readonly analysis: DeepReadonly<Analysis> | null;
  readonly counterpart: CounterpartWords | null;
}

export interface SaveSummary {
  readonly scenarioId: string;
  readonly side: SideId;
  readonly date: string;
  readonly round: number;
}

export interface SessionState {
  readonly screen: Screen;
  /** The pause menu is open (negotiation only). */
  readonly paused: boolean;
  readonly settings: Settings;
  readonly scenarios: readonly ScenarioEntry[];
  /** The setup being chosen on the setup screen, or the running game's. */
  readonly setup: Setup | null;
  readonly game: GameView | null;
  /** A save that can be continued, or null; a broken save shows as `saveProblem` instead. */
  readonly save: SaveSummary | null;
  readonly saveProblem: Notice | null;
  readonly notice: Notice | null;
  /** The replay being viewed (screen `replay`); its current step is `game.observation`. */
  readonly replay: ReplayView | null;
  /**
   * Hotseat: the device must pass to this side before anything more is shown. While it is set,
   * views show only the "pass the device" cover (the game's last view is that of the side that
   * just moved, who has seen it).
   */
  readonly handoff: SideId | null;
  /** The meeting's timer, when the setup asked for one. */
  readonly timer: TimerView | null;
  /** Why the last replay file or link could not be opened (screen `replays`). */
  readonly replayProblem: ReplayNotice | null;
  /** The class's games opened so far (screen `class-results`), and the files that could not be. */
  readonly classResults: ClassResultsView | null;
  /** A scenario file dropped on the setup screen that could not be loaded, with its problems. */
  readonly scenarioProblem: ScenarioNotice | null;
}

export interface ClassResultsView {
  readonly results: ClassResults;
  readonly refused: readonly ReplayNotice[];
}

export interface ScenarioNotice extends Notice {
  readonly source: string;
  /** Each problem as `file:line:col path: message`. */
  readonly details: readonly string[];
}

export interface TimerView {
  readonly limitMs: number;
  readonly remainingMs: number;
  readonly running: boolean;
}

/** Whose eyes the replay viewer looks through: one side's, or everything (bluffs and both briefs). */
export type ReplayLens = SideId | 'all';

export interface ReplayRound {
  readonly round: number;
  readonly date: string;
  /** The step at which the round begins (the number of actions before it). */
  readonly step: number;
}

export interface ReplayView {
  /** The file's name, or "link" for a share link. */
  readonly source: string;
  readonly scenarioId: string;
  readonly players: Readonly<Record<string, ReplayPlayerView>>;
  readonly mode: 'vs-ai' | 'hotseat' | 'simulated';
  /** How many actions have been played at this point: 0 (the start) to `steps`. */
  readonly step: number;
  readonly steps: number;
  /** The round of the current step, and every round of the game with its first step. */
  readonly round: number;
  readonly rounds: readonly ReplayRound[];
  /** Log entries numbered from this one on were written by the current step's action. */
  readonly freshFrom: number;
  readonly lens: ReplayLens;
  readonly playing: boolean;
  /** Steps per second while playing. */
  readonly speed: number;
}

export type ReplayPlayerView = { readonly kind: 'person' } | { readonly kind: 'ai'; readonly player: string };

/** A replay that could not be opened: the code and message, and each problem at its line. */
export interface ReplayNotice extends Notice {
  readonly source: string;
  readonly details: readonly string[];
}

/** A replay file to download: its name and text. */
export interface ReplayExport {
  readonly fileName: string;
  readonly text: string;
}

/** What a person can do at the table: every one becomes one engine action of their side. */
export type Intent =
  | { readonly type: 'propose'; readonly package: Package; readonly say?: Statement }
  | { readonly type: 'accept'; readonly say?: Statement }
  | { readonly type: 'reject'; readonly say?: Statement }
  | { readonly type: 'wait' }
  | { readonly type: 'walkout'; readonly say?: Statement }
  | { readonly type: 'unilateral'; readonly move: string }
  | { readonly type: 'consult'; readonly consultation: string };

export interface SessionCommands {
  openSetup(): void;
  /** The title's "How to play": a game of the tutorial scenario, with its default setup. */
  startTutorial(): void;
  chooseSetup(change: Partial<Omit<Setup, 'seed'>>): void;
  /** From the setup screen: a new game, shown first as the person's private brief. */
  startGame(): void;
  /** From the brief to the table (in hotseat, to the other side's brief first). */
  beginTalks(): void;
  /** Hotseat: the side named by `handoff` has the device; its view is shown. */
  takeDevice(): void;
  /** The meeting's timer: stop or start it, or give the side to move one more minute. */
  pauseTimer(): void;
  resumeTimer(): void;
  extendTimer(): void;
  /** The person's move; a refused one sets `notice` and changes nothing. */
  act(intent: Intent): void;
  /** The counterpart's answer to "what would it take?" for this draft (sets `game.counterpart`). */
  askWhatItTakes(draft: Package): void;
  /** Cheap enough to call on every edit of the draft. */
  appraise(draft: Package): DraftAppraisal | null;
  /** Shows the pending AI move now instead of after the pause. */
  skipPause(): void;
  pause(): void;
  resume(): void;
  setLang(lang: Lang): void;
  setMotion(motion: Settings['motion']): void;
  setProjector(on: boolean): void;
  /** The title's "Classroom": the teacher's guide, the printable briefs, class results. */
  openClassroom(): void;
  openClassResults(): void;
  /** Replay files (their text and name) and share links, one per line, added to the class's games. */
  addClassReplays(
    files: readonly { readonly text: string; readonly source: string; readonly bytes?: number }[],
  ): void;
  addClassLinks(text: string): void;
  clearClassResults(): void;
  /** The class's games as CSV (no personal data), or null with none. */
  classCsv(): ReplayExport | null;
  /**
   * A scenario a teacher dropped in, already parsed and checked by the loader (which the setup
   * screen loads lazily): it joins the scenarios for this session and is chosen. Or its problems.
   */
  addScenario(entry: ScenarioEntry): void;
  refuseScenario(notice: ScenarioNotice): void;
  /** Saves (the game autosaves after every action anyway) and returns to the title. */
  saveAndQuit(): void;
  /** Resumes the saved game exactly where it stood. */
  continueGame(): void;
  /** Deletes the saved game only (settings stay). */
  discardSave(): void;
  toDebrief(): void;
  toTitle(): void;
  clearNotice(): void;
  /** The title's "Replays": the screen that opens a replay file or link. */
  openReplays(): void;
  /**
   * A replay's text (from a file or a link), verified by re-running it; the viewer opens at
   * `round` (0-based) when given, else at the start. A file that fails sets `replayProblem`.
   */
  openReplay(text: string, source: string, round?: number): void;
  /**
   * A share link, or just its fragment (`#r=1.…&round=3`): the replay inside it opened as a file
   * would be, at the fragment's round; a damaged link sets `replayProblem`.
   */
  openReplayLink(link: string): void;
  /** A file too large to read is refused by its size, unread. */
  refuseReplay(source: string, bytes: number): void;
  replayTo(step: number): void;
  replayRound(round: number): void;
  replayLens(lens: ReplayLens): void;
  replayPlay(): void;
  replayPause(): void;
  replaySpeed(stepsPerSecond: number): void;
  /** The game in play or the replay in view as a replay file; null when there is neither. */
  exportReplay(): ReplayExport | null;
  /** A link that opens the game in play or the replay in view, or why it cannot be one. */
  shareReplay(
    base: string,
  ): { readonly ok: true; readonly link: string } | { readonly ok: false; readonly notice: Notice };
}

export interface SessionStore {
  getState(): SessionState;
  /** Every subscribe returns its unsubscribe. */
  subscribe(listener: (state: SessionState, previous: SessionState) => void): () => void;
  readonly commands: SessionCommands;
  /** Stops pending AI moves and timers: for a page that goes away, and for tests. */
  dispose(): void;
}

/** How the store waits before an AI move: a visible pause in the game, immediate in tests. */
export interface Scheduler {
  schedule(ms: number, run: () => void): () => void;
}

/** Where saves and settings live: `localStorage` in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SessionDeps {
  readonly scenarios: readonly ScenarioEntry[];
  readonly storage: KeyValueStorage;
  readonly scheduler: Scheduler;
  /** The language to start in when none is saved (the browser's). */
  readonly defaultLang: Lang;
  /** A seed for a new game (the browser draws one; tests fix it). */
  readonly newSeed: () => number;
}
