// The page: the theme on :root, the session store, and the screen it names drawn as DOM over the
// stage, redrawn at most once per animation frame. The Phaser world is loaded only when the table
// opens and destroyed when it closes, so the title screen loads neither Phaser nor the AI's table.
import './styles/base.css';
import './styles/screens.css';
import './styles/panels.css';
import './styles/focus.css';
import './styles/print-sheets.css';
import './fonts';
import { scenarios } from 'virtual:scenarios';
import type { GameView, KeyValueStorage, Scheduler, Screen, SessionState } from '../store/contract';
import { createSessionStore } from '../store/session-store';
import { createAnnouncer } from './dom/announcer';
import type { View } from './dom/dom-layer';
import { focusScreen } from './dom/focus';
import { drawHandoff } from './dom/handoff';
import { mountBrief } from './dom/screens/brief';
import { mountClassResults } from './dom/screens/class-results';
import { mountClassroom } from './dom/screens/classroom';
import { mountDebriefFrame } from './dom/screens/debrief-frame';
import { mountNegotiation } from './dom/screens/negotiation';
import { mountReplayViewer } from './dom/screens/replay-viewer';
import { mountReplays } from './dom/screens/replays';
import { mountSetup } from './dom/screens/setup';
import { mountTitle } from './dom/screens/title';
import type { MeterAnchor } from './dom/widgets/meter-tips';
import { menuTexts } from './i18n/areas/menu';
import { type Lang, say } from './i18n/texts';
import { cssVariables, typeVariables } from './theme';
import { logLine } from './view-models/log';

for (const [name, value] of Object.entries(cssVariables()))
  document.documentElement.style.setProperty(name, value);

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found) return found;
  const made = document.createElement('div');
  made.id = id;
  document.body.appendChild(made);
  return made;
}

const hud = element('hud');
const worldHost = element('world');
const dialogs = element('dialogs');
const handoffCover = element('handoff');
const announcerRegion = element('announcer');
const announcer = createAnnouncer(announcerRegion);

/** localStorage, or nothing where the browser refuses it (private mode): the game still plays. */
const storage: KeyValueStorage = {
  getItem(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // A full or refused storage loses the autosave, not the game.
    }
  },
  removeItem(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
};

const scheduler: Scheduler = {
  schedule(ms, run) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

const store = createSessionStore({
  scenarios,
  storage,
  scheduler,
  defaultLang: navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en',
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 2019,
});

// The world and its anchors arrive together, lazily, with the table.
interface World {
  destroy(): void;
  stale(): boolean;
}
let world: World | null = null;
let worldLoading: Promise<void> | null = null;
let anchorsOf: ((game: GameView, lang: Lang) => readonly MeterAnchor[]) | null = null;

function openWorld(): void {
  if (world || worldLoading) return;
  worldLoading = (async () => {
    const [{ createWorld }, { worldAnchors }, { worldView }] = await Promise.all([
      import('./phaser/world'),
      import('./phaser/anchors'),
      import('./view-models/world'),
    ]);
    anchorsOf = (game, lang) => worldAnchors(worldView(game.scenario, game.observation, lang)).meters;
    if (!showsWorld(store.getState().screen)) {
      worldLoading = null;
      return;
    }
    const created = await createWorld(worldHost, store);
    worldLoading = null;
    // The table may have closed while the scene was starting: a world nobody shows goes at once.
    if (!showsWorld(store.getState().screen)) created.destroy();
    else {
      world = created;
      // For the benchmark and the tests: the canvases are up and have drawn.
      worldHost.dataset.state = 'ready';
    }
    schedule();
  })();
}

// Canvases are drawn at the scale they are shown: after a resize that changes it, the world is
// made again (the game itself lives in the store, so nothing of it is lost).
let resizing: ReturnType<typeof setTimeout> | null = null;
window.addEventListener('resize', () => {
  if (resizing !== null) clearTimeout(resizing);
  resizing = setTimeout(() => {
    resizing = null;
    if (world?.stale() && showsWorld(store.getState().screen)) {
      closeWorld();
      openWorld();
    }
  }, 300);
});

function closeWorld(): void {
  world?.destroy();
  world = null;
  delete worldHost.dataset.state;
}

let screen: Screen | null = null;
let view: View<SessionState> | null = null;

function mount(s: SessionState): View<SessionState> {
  switch (s.screen) {
    case 'title':
      return mountTitle(hud, store, dialogs);
    case 'setup':
      return mountSetup(hud, store);
    case 'brief':
      return mountBrief(hud, store);
    case 'negotiation':
      return mountNegotiation(hud, store, { dialogs, anchors: (g, l) => anchorsOf?.(g, l) ?? [] });
    case 'debrief':
      return mountDebriefFrame(hud, store);
    case 'replays':
      return mountReplays(hud, store);
    case 'replay':
      return mountReplayViewer(hud, store);
    case 'classroom':
      return mountClassroom(hud, store);
    case 'class-results':
      return mountClassResults(hud, store);
  }
}

/** The screens that show the world: the table, and the replay viewer stepping through a game. */
const showsWorld = (s: Screen | null) => s === 'negotiation' || s === 'replay';

// Announce what is new in the log since the last frame; a new game starts from its opening log.
let announcedGame: unknown = null;
let announcedSeq = -1;
let announcedWords: unknown = null;

function announce(s: SessionState): void {
  const game = s.game;
  if (!game) return;
  const log = game.observation.log;
  if (announcedGame !== game.setup) {
    // Another game: its log starts afresh, and the last game's lines are not read out again.
    announcer.clear();
    announcedGame = game.setup;
    announcedSeq = log[log.length - 1]?.seq ?? -1;
    announcedWords = game.counterpart;
    return;
  }
  for (const entry of log) {
    if (entry.seq <= announcedSeq) continue;
    announcedSeq = entry.seq;
    const line = logLine(game.scenario, s.settings.lang, entry);
    if (line) announcer.say(line.text);
  }
  if (game.counterpart && game.counterpart !== announcedWords) {
    const w = game.counterpart;
    announcer.say(w.kind === 'answer' ? w.answer.text[s.settings.lang] : w.explanation.text[s.settings.lang]);
  }
  announcedWords = game.counterpart;
}

const reducedQuery = window.matchMedia('(prefers-reduced-motion: reduce)');

function draw(): void {
  const s = store.getState();
  const root = document.documentElement;
  root.lang = s.settings.lang;
  announcerRegion.setAttribute('aria-label', say(s.settings.lang, menuTexts.announcements));
  root.dataset.motion =
    s.settings.motion === 'reduced' || (s.settings.motion === 'system' && reducedQuery.matches)
      ? 'reduced'
      : 'full';
  root.dataset.screen = s.screen;
  if (root.hasAttribute('data-projector') !== s.settings.projector) {
    root.toggleAttribute('data-projector', s.settings.projector);
    for (const [name, value] of Object.entries(typeVariables(s.settings.projector)))
      root.style.setProperty(name, value);
  }
  if (s.screen !== screen) {
    view?.destroy();
    screen = s.screen;
    view = mount(s);
    view.update(s);
    focusScreen(hud);
    if (showsWorld(screen)) openWorld();
    else closeWorld();
  } else {
    view?.update(s);
  }
  // Hotseat: what was read out for the side that moved is not left for the next to find.
  if (s.handoff && s.handoff !== lastHandoff) announcer.clear();
  lastHandoff = s.handoff;
  drawHandoff(handoffCover, s, store);
  if (s.screen === 'negotiation' && !s.handoff) announce(s);
  if (s.screen === 'replay') announceReplay(s);
  keepReplayRound(s);
}

// The replay viewer reads out what each step did, once per step.
let announcedStep: unknown = null;
function announceReplay(s: SessionState): void {
  const r = s.replay;
  const game = s.game;
  if (!r || !game) return;
  const key = `${r.step}|${r.lens}|${r.source}`;
  if (key === announcedStep) return;
  if (announcedStep === null) announcer.clear();
  announcedStep = key;
  for (const entry of game.observation.log) {
    if (entry.seq < r.freshFrom || r.step === 0) continue;
    const line = logLine(game.scenario, s.settings.lang, entry);
    if (line) announcer.say(line.text);
  }
}

// The viewer's round lives in the address (`#round=3`, beside a share link's `r=`), replaced in
// place: stepping through a game must not fill the browser's history.
let shownRound: string | null = null;
function keepReplayRound(s: SessionState): void {
  if (s.screen !== 'replay' || !s.replay) {
    announcedStep = null;
    if (shownRound !== null && s.screen === 'title') {
      shownRound = null;
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    return;
  }
  const round = String(s.replay.round + 1);
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get('round') === round) return;
  params.set('round', round);
  shownRound = round;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${params.toString()}`);
}

let lastHandoff: SessionState['handoff'] = null;
let frame = 0;
function schedule(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    draw();
  });
}

store.subscribe(schedule);
reducedQuery.addEventListener('change', schedule);
// A share link opens the viewer straight away.
if (new URLSearchParams(location.hash.slice(1)).has('r')) store.commands.openReplayLink(location.href);
draw();
window.addEventListener('pagehide', () => store.dispose());
