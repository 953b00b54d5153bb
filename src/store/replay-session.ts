// The replay viewer's half of the session: a replay file or link, verified by re-running the
// engine, then stepped through. Every state of the game is kept (a game is a few dozen actions), so
// a jump to any round is a lookup; what views get is the observation of the current step through
// the chosen lens, as at the table.
import type { GameState, Rules } from '../engine';
import { encodeReplay, type ReplayFile } from '../replay/format';
import { readReplay, tooLarge } from '../replay/read';
import { replayTextFromLink, shareLink } from '../replay/share-link';
import { type VerifiedReplay, verifyReplay } from '../replay/verify';
import { isSideId, sideIds } from '../scenario/sides';
import type {
  GameView,
  Notice,
  ReplayExport,
  ReplayLens,
  ReplayRound,
  ReplayView,
  ScenarioEntry,
  Scheduler,
  SessionCommands,
  SessionState,
} from './contract';
import { replayNotice, rulesById } from './replay-notice';
import { sentence } from './sentence';

export const REPLAY_SPEEDS: readonly number[] = [0.5, 1, 2, 4];
const DEFAULT_SPEED = 1;

export interface ReplaySessionDeps {
  /** The scenarios of the session: the shipped ones and any a teacher dropped in. */
  readonly scenarios: () => readonly ScenarioEntry[];
  readonly rulesFor: (entry: ScenarioEntry) => Rules;
  readonly scheduler: Scheduler;
  readonly get: () => SessionState;
  readonly set: (partial: Partial<SessionState>) => void;
}

export type ReplayCommands = Pick<
  SessionCommands,
  | 'openReplays'
  | 'openReplay'
  | 'openReplayLink'
  | 'refuseReplay'
  | 'replayTo'
  | 'replayRound'
  | 'replayLens'
  | 'replayPlay'
  | 'replayPause'
  | 'replaySpeed'
>;

export interface ReplaySession {
  readonly commands: ReplayCommands;
  /** The replay in view, for export and share links; null when none is open. */
  viewed(): ReplayFile | null;
  /** Leaves the viewer: stops playing and lets the replay go. */
  close(): void;
}

/** A file name for a replay: the scenario, the seed and how far the game went. */
export function replayFileName(file: ReplayFile): string {
  const last = file.actions[file.actions.length - 1];
  const date = last ? last.date : 'start';
  return `${file.header.scenarioId}-${date}-seed-${file.header.seed}.replay.json`;
}

export function replayExport(file: ReplayFile): ReplayExport {
  return { fileName: replayFileName(file), text: encodeReplay(file) };
}

/** A share link for `file`, or the notice that says to share the file instead. */
export function replayLink(
  file: ReplayFile,
  base: string,
): { readonly ok: true; readonly link: string } | { readonly ok: false; readonly notice: Notice } {
  const link = shareLink(file, base);
  if (link.ok) return { ok: true, link: link.value };
  return { ok: false, notice: { code: link.error.code, message: sentence(link.error.message) } };
}

export function createReplaySession(deps: ReplaySessionDeps): ReplaySession {
  let open: { verified: VerifiedReplay; entry: ScenarioEntry; rounds: readonly ReplayRound[] } | null = null;
  let cancelTick: (() => void) | null = null;

  const stopTicking = () => {
    cancelTick?.();
    cancelTick = null;
  };

  const show = (step: number, change: Partial<ReplayView> = {}) => {
    const o = open;
    const view = deps.get().replay;
    if (!o || !view) return;
    const states = o.verified.states;
    const at = Math.max(0, Math.min(states.length - 1, Math.round(step)));
    const state = states[at] as GameState;
    const freshFrom = at === 0 ? 0 : (states[at - 1] as GameState).log.length;
    const next: ReplayView = { ...view, ...change, step: at, round: state.round, freshFrom };
    deps.set({ replay: next, game: gameView(o.verified, o.entry, state, next.lens) });
  };

  const tick = () => {
    stopTicking();
    const view = deps.get().replay;
    if (!view?.playing) return;
    if (view.step >= view.steps) {
      show(view.step, { playing: false });
      return;
    }
    cancelTick = deps.scheduler.schedule(1000 / view.speed, () => {
      cancelTick = null;
      const now = deps.get().replay;
      if (!now?.playing) return;
      show(now.step + 1, { playing: now.step + 1 < now.steps });
      tick();
    });
  };

  const commands: ReplayCommands = {
    openReplays() {
      const screen = deps.get().screen;
      if (screen !== 'title' && screen !== 'replay') return;
      stopTicking();
      open = null;
      deps.set({ screen: 'replays', replay: null, game: null, replayProblem: null, notice: null });
    },
    openReplay(text, source, round) {
      const screen = deps.get().screen;
      if (screen !== 'title' && screen !== 'replays') return;
      const read = readReplay(text);
      const verified = read.ok ? verifyReplay(read.value, rulesById(deps.scenarios, deps.rulesFor)) : read;
      if (!verified.ok) {
        deps.set({
          screen: 'replays',
          replay: null,
          game: null,
          replayProblem: replayNotice(source, verified.error),
        });
        return;
      }
      stopTicking();
      const v = verified.value;
      const entry = deps.scenarios().find((e) => e.id === v.file.header.scenarioId) as ScenarioEntry;
      const rounds = roundsOf(v.states);
      open = { verified: v, entry, rounds };
      const start = round === undefined ? 0 : (rounds.find((r) => r.round === round)?.step ?? 0);
      const state = v.states[start] as GameState;
      const replay: ReplayView = {
        source,
        scenarioId: entry.id,
        players: v.file.header.players,
        mode: v.file.header.settings.mode,
        step: start,
        steps: v.states.length - 1,
        round: state.round,
        rounds,
        freshFrom: start === 0 ? 0 : (v.states[start - 1] as GameState).log.length,
        lens: 'all',
        playing: false,
        speed: DEFAULT_SPEED,
      };
      deps.set({
        screen: 'replay',
        replay,
        replayProblem: null,
        notice: null,
        game: gameView(v, entry, state, replay.lens),
      });
    },
    openReplayLink(link) {
      const screen = deps.get().screen;
      if (screen !== 'title' && screen !== 'replays') return;
      const text = replayTextFromLink(link);
      if (!text.ok) {
        deps.set({
          screen: 'replays',
          replay: null,
          game: null,
          replayProblem: replayNotice('link', text.error),
        });
        return;
      }
      const hash = link.includes('#') ? link.slice(link.indexOf('#')) : '';
      const round = Number(new URLSearchParams(hash.slice(1)).get('round'));
      commands.openReplay(text.value, 'link', Number.isInteger(round) && round > 0 ? round - 1 : undefined);
    },
    refuseReplay(source, bytes) {
      const screen = deps.get().screen;
      if (screen !== 'title' && screen !== 'replays') return;
      deps.set({ screen: 'replays', replayProblem: replayNotice(source, tooLarge(bytes)) });
    },
    replayTo(step) {
      stopTicking();
      show(step, { playing: false });
    },
    replayRound(round) {
      const r = open?.rounds.find((x) => x.round === round);
      if (!r) return;
      stopTicking();
      show(r.step, { playing: false });
    },
    replayLens(lens) {
      const view = deps.get().replay;
      if (!open || !view) return;
      if (lens !== 'all' && !isSideId(open.entry.scenario, lens)) return;
      show(view.step, { lens });
    },
    replayPlay() {
      const view = deps.get().replay;
      if (!view || view.playing) return;
      // Play from the start again once the end is reached, as a media player does.
      show(view.step >= view.steps ? 0 : view.step, { playing: true });
      tick();
    },
    replayPause() {
      stopTicking();
      const view = deps.get().replay;
      if (view?.playing) show(view.step, { playing: false });
    },
    replaySpeed(stepsPerSecond) {
      const view = deps.get().replay;
      if (!view || !REPLAY_SPEEDS.includes(stepsPerSecond)) return;
      show(view.step, { speed: stepsPerSecond });
      if (view.playing) tick();
    },
  };

  return {
    commands,
    viewed: () => open?.verified.file ?? null,
    close() {
      stopTicking();
      open = null;
    },
  };
}

/** The step at which each round begins: the first state that stands in it. */
function roundsOf(states: readonly GameState[]): ReplayRound[] {
  const rounds: ReplayRound[] = [];
  states.forEach((s, step) => {
    if (rounds[rounds.length - 1]?.round !== s.round) rounds.push({ round: s.round, date: s.date, step });
  });
  return rounds;
}

function gameView(v: VerifiedReplay, entry: ScenarioEntry, state: GameState, lens: ReplayLens): GameView {
  const rules = v.rules;
  const observation =
    lens === 'all' ? rules.observeAll(state, sideIds(rules.scenario)[0]) : rules.observe(state, lens);
  return {
    setup: null,
    scenario: entry.scenario,
    observation,
    aiThinking: false,
    analysis: state.phase === 'over' ? rules.analyse(state) : null,
    counterpart: null,
  };
}
