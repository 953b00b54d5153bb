// The session: which screen is up, the setup, the settings, and the one game in play. The game
// state lives only in this closure; the zustand state holds what views may read (the person's
// observation, never the state), and every change to the game goes through `rules.apply` here.
import { createStore } from 'zustand/vanilla';
import { type Estimator, estimateDraft, estimatorFor } from '../ai/estimate';
import {
  type Action,
  createRules,
  facesOffer,
  type GameState,
  NEGOTIATING,
  type Package,
  type Rules,
} from '../engine';
import { recordReplay } from '../replay/record';
import { otherSide, perSide, type SideId } from '../scenario/sides';
import { type AiSeat, createAiSeat, resyncAiSeat } from './ai-seat';
import { createClassSession } from './class-session';
import type {
  CounterpartWords,
  GameView,
  Intent,
  Notice,
  ScenarioEntry,
  SessionCommands,
  SessionDeps,
  SessionState,
  SessionStore,
  Settings,
  Setup,
} from './contract';
import { createReplaySession, replayExport, replayLink } from './replay-session';
import { createRoundTimer } from './round-timer';
import { discardSave, readSave, summaryOf, writeSave } from './saves';
import { canGo, TARGET, type Transition } from './screens';
import { readSettings, writeSettings } from './settings';
import { changedSetup, defaultSetup } from './setup';

/** The one game in play: everything about it that views must not see. */
interface Table {
  readonly entry: ScenarioEntry;
  readonly rules: Rules;
  readonly setup: Setup;
  /** Null in hotseat: a second person plays the other side. */
  readonly ai: AiSeat | null;
  /** Each side's estimator, made when that side first appraises a draft. */
  readonly estimators: Map<SideId, Estimator>;
  state: GameState;
  /** Whose view the screen shows: the person's side, or in hotseat whoever has the device. */
  seat: SideId;
  /** Hotseat: the sides that have read their brief. */
  readonly briefed: Set<SideId>;
  /** Set when the engine refused an AI move: the AI plays no more this game. */
  aiStopped: boolean;
}

interface Pending {
  readonly run: () => void;
  cancel: (() => void) | null;
}

export function createSessionStore(deps: SessionDeps): SessionStore {
  const rulesCache = new Map<string, Rules>();
  const rulesFor = (entry: ScenarioEntry): Rules => {
    let rules = rulesCache.get(entry.id);
    if (!rules) {
      rules = createRules(entry.scenario, entry.hash);
      rulesCache.set(entry.id, rules);
    }
    return rules;
  };

  let table: Table | null = null;
  let pending: Pending | null = null;
  let disposed = false;
  const unsubscribes = new Set<() => void>();

  const saved = readSave(deps.storage, deps.scenarios, rulesFor);
  const store = createStore<SessionState>()(() => ({
    screen: 'title',
    paused: false,
    settings: readSettings(deps.storage, deps.defaultLang),
    scenarios: deps.scenarios,
    setup: null,
    game: null,
    save: saved?.ok ? summaryOf(saved.value) : null,
    saveProblem: saved && !saved.ok ? saved.error : null,
    notice: null,
    handoff: null,
    timer: null,
    replay: null,
    replayProblem: null,
    classResults: null,
    scenarioProblem: null,
  }));

  const get = store.getState;
  const set = (partial: Partial<SessionState>) => {
    if (!disposed) store.setState(partial);
  };
  const setNotice = (notice: Notice) => set({ notice });
  /** The pause menu stopped the meeting's clock, so closing it starts the clock again. */
  let timerHeldByMenu = false;
  const timer = createRoundTimer({
    scheduler: deps.scheduler,
    show: (view) => set({ timer: view }),
    // The clock runs only while a person at the screen is to move.
    ticking: () => {
      const t = table;
      const s = get();
      return (
        !!t &&
        s.screen === 'negotiation' &&
        !s.paused &&
        !s.handoff &&
        !aiToMove(t) &&
        t.state.phase !== 'over'
      );
    },
    expire: () => {
      const t = table;
      if (!t) return;
      const wait = t.rules.legalActions(t.state, t.state.turn.side).some((l) => l.type === 'wait');
      if (wait) commands.act({ type: 'wait' });
      set({ notice: { code: 'TIME_UP', message: 'Time is up for this meeting: the turn passed.' } });
    },
  });
  const go = (transition: Transition): boolean => {
    if (disposed || !canGo(get().screen, transition)) return false;
    return true;
  };

  // The shipped scenarios, and any a teacher dropped in this session.
  const scenarios = () => get().scenarios;
  const classroom = createClassSession({ scenarios, rulesFor, get, set });
  const replays = createReplaySession({
    scenarios,
    rulesFor,
    scheduler: deps.scheduler,
    get,
    set,
  });

  /** The game at the table as a replay: who played each side (a person, or the AI's persona). */
  const tableReplay = (t: Table) => {
    const o = t.setup.opponent;
    return recordReplay(
      t.rules,
      {
        players: perSide(t.rules.scenario, (side) =>
          side === t.setup.side || o.kind === 'person'
            ? { kind: 'person' as const }
            : { kind: 'ai' as const, player: `${o.persona}:${o.difficulty}` },
        ),
        settings: { mode: o.kind === 'person' ? 'hotseat' : 'vs-ai' },
      },
      t.state,
    );
  };
  const replayInView = () => (table ? tableReplay(table) : replays.viewed());

  const setGame = (change: Partial<GameView>) => {
    const game = get().game;
    if (game) set({ game: { ...game, ...change } });
  };
  const observationOf = (t: Table) => t.rules.observe(t.state, t.seat);

  /** Hotseat: the device goes to `side`; nothing of its view is shown until it is taken. */
  const passTo = (t: Table, side: SideId) => {
    t.seat = side;
    set({ handoff: side });
  };
  /** After a move in hotseat, the side to move next takes the device. */
  const passIfTheirTurn = (t: Table) => {
    if (t.ai || t.state.phase === 'over' || t.state.turn.side === t.seat) return;
    passTo(t, t.state.turn.side);
  };

  const autosave = (t: Table) => {
    if (!writeSave(deps.storage, t.setup, t.rules, t.state)) {
      setNotice({
        code: 'SAVE_FAILED',
        message: 'The game could not be saved: the browser refused to store it.',
      });
    }
  };

  const cancelPending = () => {
    const p = pending;
    pending = null;
    p?.cancel?.();
  };

  const aiToMove = (t: Table): t is Table & { ai: AiSeat } =>
    t.ai !== null &&
    !t.aiStopped &&
    t.state.phase !== 'over' &&
    t.state.turn.side === t.ai.side &&
    get().screen === 'negotiation';

  /** Puts the AI's next move on the scheduler when it is its turn; one move per step. */
  const scheduleAi = () => {
    const t = table;
    if (disposed || !t || get().paused || !aiToMove(t)) {
      if (get().game?.aiThinking) setGame({ aiThinking: false });
      return;
    }
    if (pending) return;
    setGame({ aiThinking: true });
    const mine: Pending = { run: () => aiStep(t), cancel: null };
    pending = mine;
    const cancel = deps.scheduler.schedule(get().settings.aiPauseMs, () => {
      if (pending !== mine) return;
      pending = null;
      mine.run();
    });
    // An immediate scheduler has already run the step (and maybe scheduled the next one).
    if (pending === mine) mine.cancel = cancel;
  };

  const aiStep = (t: Table) => {
    if (t !== table || !aiToMove(t)) return scheduleAi();
    const ai = t.ai;
    const before = t.state;
    const action = ai.decide(before);
    const words = wordsBefore(ai, t, before, action);
    const applied = t.rules.apply(before, action);
    if (!applied.ok) {
      t.aiStopped = true;
      setGame({ aiThinking: false });
      setNotice({
        code: 'AI_REFUSED',
        message: `The opponent chose a move the rules refuse (${applied.error.code}); it will play no more.`,
      });
      return;
    }
    t.state = applied.value;
    autosave(t);
    timer.onMove(t.state);
    setGame({ observation: observationOf(t), aiThinking: false, ...(words ? { counterpart: words } : {}) });
    scheduleAi();
  };

  /** Why the AI will not take the person's offer, judged on what it saw before answering. */
  const wordsBefore = (ai: AiSeat, t: Table, before: GameState, action: Action): CounterpartWords | null => {
    const standing = before.standing;
    if (!standing || !facesOffer(standing, ai.side) || action.type === 'accept') return null;
    if (!(NEGOTIATING as readonly string[]).includes(action.type)) return null;
    const explanation = ai.explainRefusal(t.rules.observe(before, ai.side), standing.package as Package);
    return { kind: 'explanation', explanation };
  };

  const openTable = (
    entry: ScenarioEntry,
    setup: Setup,
    state: GameState,
    ai: AiSeat | null,
    screen: SessionState['screen'],
    seat: SideId = setup.side,
  ) => {
    const rules = rulesFor(entry);
    const t: Table = {
      entry,
      rules,
      setup,
      ai,
      estimators: new Map(),
      state,
      seat,
      briefed: new Set(),
      aiStopped: false,
    };
    table = t;
    set({
      screen,
      paused: false,
      setup,
      notice: null,
      // In hotseat the first view is shown only to the side it belongs to.
      handoff: ai ? null : seat,
      game: {
        setup,
        scenario: entry.scenario,
        observation: observationOf(t),
        aiThinking: false,
        analysis: null,
        counterpart: null,
      },
    });
    return t;
  };

  const closeTable = () => {
    cancelPending();
    timer.stop();
    const t = table;
    table = null;
    // A finished game is not there to continue.
    if (t && t.state.phase === 'over') discardSave(deps.storage);
  };

  const refreshSave = () => {
    const again = readSave(deps.storage, scenarios(), rulesFor);
    set({
      save: again?.ok ? summaryOf(again.value) : null,
      saveProblem: again && !again.ok ? again.error : null,
    });
  };

  const writeSettingsNow = (settings: Settings) => {
    set({ settings });
    if (!writeSettings(deps.storage, settings)) {
      setNotice({ code: 'SETTINGS_NOT_SAVED', message: 'Your settings apply now but could not be stored.' });
    }
  };

  const actionOf = (t: Table, intent: Intent): Action => {
    const side = t.seat;
    const say = 'say' in intent && intent.say ? { say: intent.say } : {};
    switch (intent.type) {
      case 'propose': {
        const obs = get().game?.observation;
        const counter =
          obs !== undefined && facesOffer(obs.standing, side) && obs.legal.some((l) => l.type === 'counter');
        return { type: counter ? 'counter' : 'propose', side, package: intent.package, ...say };
      }
      case 'unilateral':
        return { type: 'unilateral', side, move: intent.move };
      case 'consult':
        return { type: 'consult', side, consultation: intent.consultation };
      case 'wait':
        return { type: 'wait', side };
      default:
        return { type: intent.type, side, ...say };
    }
  };

  const commands: SessionCommands = {
    openSetup() {
      if (!go('openSetup')) return;
      const first = scenarios()[0];
      const setup = first ? defaultSetup(first) : null;
      if (!setup) return setNotice({ code: 'NO_SCENARIO', message: 'There is no scenario to play.' });
      set({ screen: TARGET.openSetup, setup, notice: null });
    },
    startTutorial() {
      if (!go('openSetup')) return;
      const entry = scenarios().find((e) => e.scenario.tutorial !== undefined);
      const setup = entry ? defaultSetup(entry) : null;
      if (!setup) return setNotice({ code: 'NO_TUTORIAL', message: 'There is no tutorial to play.' });
      set({ screen: TARGET.openSetup, setup, notice: null });
      commands.startGame();
    },
    chooseSetup(change) {
      const setup = get().setup;
      if (disposed || get().screen !== 'setup' || !setup) return;
      const next = changedSetup(scenarios(), setup, change);
      if (next.ok) set({ setup: next.value, notice: null });
      else setNotice(next.error);
    },
    startGame() {
      const chosen = get().setup;
      if (!go('startGame') || !chosen) return;
      const entry = scenarios().find((e) => e.id === chosen.scenarioId);
      if (!entry) return setNotice({ code: 'UNKNOWN_SCENARIO', message: 'That scenario is not available.' });
      const setup: Setup = { ...chosen, seed: deps.newSeed() >>> 0 };
      const rules = rulesFor(entry);
      const ai = setup.opponent.kind === 'ai' ? createAiSeat(rules, setup) : null;
      if (ai && !ai.ok) return setNotice(ai.error);
      const t = openTable(
        entry,
        setup,
        rules.newGame({ seed: setup.seed }),
        ai?.value ?? null,
        TARGET.startGame,
      );
      autosave(t);
      set({ save: null, saveProblem: null });
    },
    beginTalks() {
      const t = table;
      if (!go('beginTalks') || !t || get().handoff) return;
      if (!t.ai) {
        // Hotseat: each side reads its own brief, alone, before the talks begin.
        t.briefed.add(t.seat);
        const other = otherSide(t.rules.scenario, t.seat);
        if (!t.briefed.has(other)) return passTo(t, other);
      }
      set({ screen: TARGET.beginTalks });
      if (!t.ai) passIfTheirTurn(t);
      timer.start(t.setup.timerMinutes, t.state);
      scheduleAi();
    },
    takeDevice() {
      const t = table;
      if (disposed || !t || get().handoff !== t.seat) return;
      set({ handoff: null });
      setGame({ observation: observationOf(t), counterpart: null });
    },
    pauseTimer: () => {
      timer.pause();
    },
    resumeTimer: () => timer.resume(),
    extendTimer: () => timer.extend(),
    act(intent) {
      const t = table;
      if (disposed || !t || get().screen !== 'negotiation') return;
      if (get().paused) return setNotice({ code: 'PAUSED', message: 'The game is paused.' });
      if (get().handoff) return setNotice({ code: 'HANDOFF', message: 'Pass the device first.' });
      const applied = t.rules.apply(t.state, actionOf(t, intent));
      if (!applied.ok) return setNotice({ code: applied.error.code, message: applied.error.message });
      t.state = applied.value;
      // A refusal shown before is answered by this move.
      if (get().notice) set({ notice: null });
      autosave(t);
      timer.onMove(t.state);
      setGame({ observation: observationOf(t), counterpart: null });
      passIfTheirTurn(t);
      scheduleAi();
    },
    askWhatItTakes(draft) {
      const t = table;
      if (disposed || !t) return;
      if (!t.ai) {
        return setNotice({
          code: 'NO_AI',
          message: 'The other side is a person: ask them across the table what it would take.',
        });
      }
      const answer = t.ai.counterpart.whatWouldItTake(t.rules.observe(t.state, t.ai.side), draft);
      if (answer.ok) setGame({ counterpart: { kind: 'answer', answer: answer.value } });
      else setNotice({ code: answer.error.code, message: answer.error.message });
    },
    appraise(draft) {
      const t = table;
      const obs = get().game?.observation;
      if (disposed || !t || !obs) return null;
      let estimator = t.estimators.get(t.seat);
      if (!estimator) {
        estimator = estimatorFor(t.entry.scenario, t.seat);
        t.estimators.set(t.seat, estimator);
      }
      return estimateDraft(estimator, obs, draft);
    },
    skipPause() {
      const p = pending;
      if (disposed || !p) return;
      pending = null;
      p.cancel?.();
      p.run();
    },
    pause() {
      if (disposed || get().screen !== 'negotiation') return;
      cancelPending();
      timerHeldByMenu = timer.pause();
      set({ paused: true });
      setGame({ aiThinking: false });
    },
    resume() {
      if (disposed || !get().paused) return;
      set({ paused: false });
      if (timerHeldByMenu) timer.resume();
      timerHeldByMenu = false;
      scheduleAi();
    },
    setLang(lang) {
      if (!disposed) writeSettingsNow({ ...get().settings, lang });
    },
    setMotion(motion) {
      if (!disposed) writeSettingsNow({ ...get().settings, motion });
    },
    setProjector(on) {
      if (!disposed) writeSettingsNow({ ...get().settings, projector: on });
    },
    ...classroom.commands,
    addScenario(entry) {
      if (disposed || get().screen !== 'setup') return;
      const known = get().scenarios;
      const same = known.find((e) => e.id === entry.id);
      if (same && same.hash !== entry.hash) {
        return set({
          scenarioProblem: {
            code: 'SCENARIO_ID_TAKEN',
            message: `A scenario with the id "${entry.id}" is already here: give this one another id.`,
            source: entry.id,
            details: [],
          },
        });
      }
      if (!same) set({ scenarios: [...known, entry] });
      set({ scenarioProblem: null });
      commands.chooseSetup({ scenarioId: entry.id });
    },
    refuseScenario(notice) {
      if (!disposed && get().screen === 'setup') set({ scenarioProblem: notice });
    },
    saveAndQuit() {
      const t = table;
      if (disposed || !t) return;
      autosave(t);
      closeTable();
      set({ screen: 'title', paused: false, setup: null, game: null, handoff: null, timer: null });
      refreshSave();
    },
    continueGame() {
      if (!go('continueGame')) return;
      const loaded = readSave(deps.storage, scenarios(), rulesFor);
      if (!loaded) return set({ save: null });
      if (!loaded.ok) return set({ save: null, saveProblem: loaded.error });
      const { entry, rules, setup, state } = loaded.value;
      const ai = setup.opponent.kind === 'ai' ? resyncAiSeat(rules, setup, state) : null;
      if (ai && !ai.ok) return set({ save: null, saveProblem: ai.error });
      // Hotseat resumes with the side to move, once it has the device.
      const seat = ai || state.phase === 'over' ? setup.side : state.turn.side;
      const t = openTable(entry, setup, state, ai?.value ?? null, TARGET.continueGame, seat);
      timer.start(setup.timerMinutes, t.state);
      scheduleAi();
    },
    discardSave() {
      if (disposed) return;
      discardSave(deps.storage);
      set({ save: null, saveProblem: null });
    },
    toDebrief() {
      const t = table;
      if (!go('toDebrief') || !t || t.state.phase !== 'over') return;
      set({ screen: TARGET.toDebrief });
      setGame({ analysis: t.rules.analyse(t.state), observation: observationOf(t), aiThinking: false });
    },
    toTitle() {
      if (!go('toTitle')) return;
      closeTable();
      replays.close();
      set({
        screen: TARGET.toTitle,
        paused: false,
        setup: null,
        game: null,
        notice: null,
        replay: null,
        replayProblem: null,
        handoff: null,
        timer: null,
      });
      refreshSave();
    },
    clearNotice() {
      if (get().notice) set({ notice: null });
    },
    ...replays.commands,
    exportReplay() {
      const file = disposed ? null : replayInView();
      return file ? replayExport(file) : null;
    },
    shareReplay(base) {
      const file = disposed ? null : replayInView();
      if (!file) return { ok: false, notice: { code: 'NO_REPLAY', message: 'There is no game to share.' } };
      return replayLink(file, base);
    },
  };

  return {
    getState: get,
    subscribe(listener) {
      if (disposed) return () => {};
      const off = store.subscribe(listener);
      const unsubscribe = () => {
        off();
        unsubscribes.delete(unsubscribe);
      };
      unsubscribes.add(unsubscribe);
      return unsubscribe;
    },
    commands,
    dispose() {
      cancelPending();
      timer.stop();
      replays.close();
      for (const off of [...unsubscribes]) off();
      table = null;
      disposed = true;
    },
  };
}
