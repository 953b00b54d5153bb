// The DOM half of the table (the canvas is the world's): the offer builder with its estimate and
// message, the action bar, the counterpart's words, the log drawer, the meter tooltips, the pause
// menu and, when the game is over, the outcome banner.
import type { Observation, Package, Statement, StatementIntent } from '../../../engine';
import { otherSide, sideInfo } from '../../../scenario/sides';
import type { GameView, Intent, SessionState, SessionStore } from '../../../store/contract';
import { logTexts as L } from '../../i18n/areas/log';
import { menuTexts as M } from '../../i18n/areas/menu';
import { tableTexts as T } from '../../i18n/areas/table';
import { formatDate, formatPercent } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import {
  change,
  type DraftHistory,
  draftFromPackage,
  draftToPackage,
  newHistory,
  redo,
  reset,
  setClause,
  setTerm,
  startingDraft,
  undo,
} from '../../view-models/offer-form';
import { tableView } from '../../view-models/table';
import { currentHint } from '../../view-models/tutorial';
import { confirmDialog, type DialogHandle } from '../dialog';
import { h, inputs, patch, type View } from '../dom-layer';
import { type ActionBarView, actionBarView } from '../widgets/action-bar';
import { renderCounterpartWords } from '../widgets/counterpart-words';
import { renderDraftEstimate } from '../widgets/draft-estimate';
import { renderHintCard } from '../widgets/hint-card';
import { renderLogPanel } from '../widgets/log-panel';
import { type MeterAnchor, renderMeterTips } from '../widgets/meter-tips';
import { type OfferFormView, offerFormView } from '../widgets/offer-form';
import { openPauseMenu } from './pause-menu';

const INTENTS: readonly StatementIntent[] = [
  'final-offer',
  'deadline-threat',
  'walkout-warning',
  'principal-appeal',
];
const MESSAGE_MAX = 280;

export interface NegotiationDeps {
  readonly dialogs: HTMLElement;
  /** The meters' rectangles on the canvas, once the world has loaded. */
  readonly anchors: (game: GameView, lang: Lang) => readonly MeterAnchor[];
}

function turnKey(o: Observation): string {
  return `${o.round}|${o.turn.side}|${o.turn.step}|${JSON.stringify(o.standing?.package ?? null)}`;
}

export function mountNegotiation(
  container: HTMLElement,
  store: SessionStore,
  deps: NegotiationDeps,
): View<SessionState> {
  const c = store.commands;
  const root = h('div', { class: 'table-hud' });
  const words = h('section', { class: 'words-panel', id: 'words' });
  const tips = h('div', { id: 'tips' });
  const panelBar = h('div', { class: 'panel-bar' });
  const timerSlot = h('div', {});
  const hintSlot = h('div', {});
  const noteSlot = h('div', {});
  const formSlot = h('div', {});
  const estimateSlot = h('div', {});
  const messageSlot = h('div', {});
  const scroll = h('div', { class: 'offer-scroll' }, hintSlot, noteSlot, formSlot, estimateSlot, messageSlot);
  // The action bar's slot: display: contents, so the bar lays out as the panel's own child.
  const actions = h('div', { class: 'action-slot' });
  const panel = h(
    'aside',
    { class: 'offer-panel', id: 'offer-panel', 'aria-labelledby': 'offer-heading' },
    panelBar,
    timerSlot,
    scroll,
    actions,
  );
  const drawer = h('aside', {
    class: 'log-drawer',
    id: 'log-drawer',
    hidden: true,
    'aria-labelledby': 'log-heading',
  });
  const overlay = h('div', {});
  root.append(tips, words, panel, drawer, overlay);
  container.appendChild(root);

  let history: DraftHistory | null = null;
  let key = '';
  let message = '';
  let intent: StatementIntent | '' = '';
  let logOpen = false;
  let logFilter: string | null = null;
  let menu: DialogHandle | null = null;
  let menuLang: Lang | null = null;
  // Set while the menu is closed only to be drawn again (in a new language): not a resume.
  let redrawingMenu = false;
  let last: SessionState = store.getState();
  const tipsIn = inputs();
  const wordsIn = inputs();
  const barIn = inputs();
  const timerIn = inputs();
  const noteIn = inputs();
  const formIn = inputs();
  const formDraftIn = inputs();
  const estimateIn = inputs();
  const messageIn = inputs();
  let form: OfferFormView | null = null;
  let sent = 0;
  const actionsIn = inputs();
  const barViewIn = inputs();
  let actionBar: ActionBarView | null = null;
  const drawerIn = inputs();
  const overlayIn = inputs();
  let anchors: readonly MeterAnchor[] = [];

  const redraw = () => render(store.getState());
  // A tutorial's hints follow what the player has done; two things only this screen sees.
  const tutorial = { edited: false, asked: false, hidden: false };
  const hintIn = inputs();
  const edit = (next: DraftHistory) => {
    tutorial.edited = true;
    history = next;
    redraw();
  };
  const statement = (): Statement | undefined => {
    const text = message.trim();
    if (!text && !intent) return undefined;
    const words = text || say(last.settings.lang, intent ? T[`intent-${intent}`] : T.intentNone);
    return { text: { en: words, es: words }, ...(intent ? { intent } : {}) };
  };
  const send = (intentToSend: Intent) => {
    message = '';
    intent = '';
    sent++;
    c.act(intentToSend);
  };
  const withSay = <I extends Intent>(i: I): I => {
    const s = statement();
    return s ? { ...i, say: s } : i;
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    if (logOpen) {
      logOpen = false;
      redraw();
      document.getElementById('log-open')?.focus();
      return;
    }
    c.pause();
  };
  document.addEventListener('keydown', onKey);

  function render(s: SessionState): void {
    last = s;
    const game = s.game;
    if (!game) return;
    const lang = s.settings.lang;
    const scenario = game.scenario;
    const obs = game.observation;
    const k = turnKey(obs);
    if (!history || k !== key) {
      key = k;
      history = newHistory(startingDraft(scenario, obs));
    }
    const h0 = history;
    const them = sideInfo(scenario, otherSide(scenario, obs.side));

    // The anchors come from the world's layout: asked again for a new observation or language,
    // and on every redraw while there are none (the world is still loading).
    const fresh = tipsIn.changed([lang, obs]);
    if (fresh || anchors.length === 0) {
      anchors = deps.anchors(game, lang);
      patch(tips, renderMeterTips(lang, scenario, obs, anchors));
    }
    if (wordsIn.changed([lang, obs, game.counterpart, h0])) {
      patch(
        words,
        renderCounterpartWords(lang, game, (pkg: Package) =>
          edit(change(h0, draftFromPackage(scenario, pkg))),
        ),
      );
      words.setAttribute('aria-label', say(lang, T.counterpart, { who: them.negotiator.name }));
    }
    renderPanel(s, h0);

    drawer.hidden = !logOpen;
    if (logOpen && drawerIn.changed([lang, obs, logFilter])) renderDrawer(s);
    if (!logOpen) drawerIn.forget();

    const outcome = obs.outcome;
    if (overlayIn.changed([lang, outcome, s.notice])) renderOverlay(s);
    if (
      outcome.kind !== 'ongoing' &&
      !overlay.contains(document.activeElement) &&
      !document.querySelector('dialog[open]')
    )
      document.getElementById('banner-debrief')?.focus();

    renderMenu(s);
  }

  function renderTimer(lang: Lang, timer: SessionState['timer']): Node | null {
    if (!timer) return null;
    const seconds = Math.ceil(timer.remainingMs / 1000);
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return h(
      'div',
      { class: 'timer-row', role: 'group', 'aria-label': say(lang, T.timer) },
      h(
        'span',
        { class: 'turn-note', 'data-low': seconds <= 30 ? 'true' : null },
        say(lang, timer.running ? T.timerLeft : T.timerPaused, { time }),
      ),
      h('span', { class: 'spacer' }),
      timer.running
        ? h(
            'button',
            { type: 'button', id: 'timer-pause', onclick: () => c.pauseTimer() },
            say(lang, T.timerPause),
          )
        : h(
            'button',
            { type: 'button', id: 'timer-resume', onclick: () => c.resumeTimer() },
            say(lang, T.timerResume),
          ),
      h(
        'button',
        { type: 'button', id: 'timer-extend', onclick: () => c.extendTimer() },
        say(lang, T.timerExtend),
      ),
    );
  }

  function renderPanel(s: SessionState, h0: DraftHistory): void {
    const game = s.game;
    if (!game) return;
    const lang = s.settings.lang;
    const scenario = game.scenario;
    const obs = game.observation;
    const turn = obs.yourTurn
      ? say(lang, T.yourTurn, {
          date: formatDate(lang, obs.date),
          round: obs.round + 1,
          count: obs.roundCount,
        })
      : say(lang, T.theirTurn, { date: formatDate(lang, obs.date) });
    if (barIn.changed([lang, obs.yourTurn, obs.date, obs.round, logOpen]))
      patch(
        panelBar,
        h('span', { class: 'turn-note', id: 'turn-note' }, turn),
        h('span', { class: 'spacer' }),
        h(
          'button',
          {
            type: 'button',
            id: 'log-open',
            'aria-expanded': logOpen ? 'true' : 'false',
            'aria-controls': 'log-drawer',
            onclick: () => {
              logOpen = !logOpen;
              redraw();
              if (logOpen) document.getElementById('log-filter')?.focus();
            },
          },
          say(lang, L.open),
        ),
        h('button', { type: 'button', id: 'menu-open', onclick: () => c.pause() }, say(lang, M.menu)),
      );
    if (timerIn.changed([lang, s.timer])) patch(timerSlot, renderTimer(lang, s.timer));
    const hint = tutorial.hidden ? null : currentHint(scenario, obs, tutorial, false);
    if (hintIn.changed([lang, hint?.hint])) {
      patch(
        hintSlot,
        renderHintCard(lang, hint, () => {
          tutorial.hidden = true;
          redraw();
        }),
      );
    }
    const theirs = obs.standing !== null && obs.standing.by !== obs.side;
    if (noteIn.changed([lang, theirs]))
      patch(noteSlot, theirs ? h('p', { class: 'turn-note' }, say(lang, T.onTable)) : null);
    // The options' values are the scenario's for this side: the same all game.
    if (formIn.changed([lang, scenario, obs.side])) {
      form = offerFormView(lang, scenario, obs, {
        setTerm: (issue, option) => history && edit(setTerm(history, issue, option)),
        setClause: (p) => history && edit(setClause(history, p)),
        undo: () => history && edit(undo(history)),
        redo: () => history && edit(redo(history)),
        reset: () => {
          const now = store.getState().game;
          if (history && now) edit(reset(history, startingDraft(now.scenario, now.observation)));
        },
      });
      patch(formSlot, form.element);
      formDraftIn.forget();
    }
    if (formDraftIn.changed([h0])) form?.update(h0);
    if (estimateIn.changed([lang, obs, h0]))
      patch(estimateSlot, renderDraftEstimate(lang, c.appraise(draftToPackage(h0.present))));
    // The message box is drawn afresh only for a new language or once a message went out, so
    // what the person is typing survives every move of the other side.
    if (messageIn.changed([lang, sent]))
      patch(
        messageSlot,
        h(
          'div',
          { class: 'message' },
          h('label', { for: 'say-text' }, say(lang, T.message)),
          h(
            'textarea',
            {
              id: 'say-text',
              maxlength: MESSAGE_MAX,
              oninput: (e) => {
                message = (e.target as HTMLTextAreaElement).value;
              },
            },
            message,
          ),
          h('label', { for: 'say-intent' }, say(lang, T.intent)),
          h(
            'select',
            {
              id: 'say-intent',
              onchange: (e) => {
                intent = (e.target as HTMLSelectElement).value as StatementIntent | '';
              },
            },
            h('option', { value: '', selected: intent === '' }, say(lang, T.intentNone)),
            INTENTS.map((i) =>
              h('option', { value: i, selected: i === intent }, say(lang, T[`intent-${i}`])),
            ),
          ),
        ),
      );
    if (barViewIn.changed([lang])) {
      // The draft the buttons send is the one shown when they are pressed.
      const drafted = () => draftToPackage((history ?? h0).present);
      actionBar = actionBarView(lang, {
        press: (id) => {
          switch (id) {
            case 'propose':
              return send(withSay({ type: 'propose', package: drafted() }));
            case 'accept':
              return send(withSay({ type: 'accept' }));
            case 'reject':
              return send(withSay({ type: 'reject' }));
            case 'wait':
              return send({ type: 'wait' });
            case 'walkout':
              confirmDialog(
                deps.dialogs,
                say(lang, T.confirmWalkout),
                say(lang, T.confirmWalkoutText),
                { yes: say(lang, T.walkout), no: say(lang, T.cancel) },
                () => send(withSay({ type: 'walkout' })),
              );
              return;
            case 'whatItTakes':
              tutorial.asked = true;
              return c.askWhatItTakes(drafted());
          }
        },
        move: (m) =>
          send(
            m.kind === 'consult'
              ? { type: 'consult', consultation: m.id }
              : { type: 'unilateral', move: m.id },
          ),
        skip: () => c.skipPause(),
      });
      patch(actions, actionBar.element);
      actionsIn.forget();
    }
    if (actionsIn.changed([obs, game.aiThinking])) {
      const them = sideInfo(scenario, otherSide(scenario, obs.side));
      const thinking = game.aiThinking ? say(lang, T.thinking, { who: them.negotiator.name }) : null;
      actionBar?.update(
        tableView(scenario, obs, game.aiThinking, game.setup?.opponent.kind === 'person'),
        thinking,
      );
    }
  }

  function renderDrawer(s: SessionState): void {
    const game = s.game;
    if (!game) return;
    const lang = s.settings.lang;
    const scenario = game.scenario;
    const obs = game.observation;
    {
      patch(
        drawer,
        renderLogPanel(lang, scenario, obs, logFilter, {
          filter: (issue) => {
            logFilter = issue;
            redraw();
          },
          close: () => {
            logOpen = false;
            redraw();
            document.getElementById('log-open')?.focus();
          },
        }),
      );
      const list = drawer.querySelector('ol');
      if (list) list.scrollTop = list.scrollHeight;
    }
  }

  function renderOverlay(s: SessionState): void {
    const game = s.game;
    if (!game) return;
    const lang = s.settings.lang;
    const scenario = game.scenario;
    const outcome = game.observation.outcome;
    const notice = s.notice;
    patch(
      overlay,
      notice
        ? h(
            'div',
            { class: 'notice', role: 'alert' },
            h('span', {}, notice.message),
            h(
              'button',
              { type: 'button', id: 'notice-dismiss', onclick: () => c.clearNotice() },
              say(lang, T.dismiss),
            ),
          )
        : null,
      outcome.kind !== 'ongoing'
        ? h(
            'section',
            { class: 'banner', 'aria-labelledby': 'banner-heading' },
            h('h2', { id: 'banner-heading' }, say(lang, T.over)),
            h(
              'p',
              {},
              outcome.kind === 'deal'
                ? say(lang, T.outcomeDeal, { date: formatDate(lang, outcome.date) })
                : outcome.kind === 'walkout'
                  ? say(lang, T.outcomeWalkout, {
                      who: sideInfo(scenario, outcome.by).negotiator.name,
                      date: formatDate(lang, outcome.date),
                    })
                  : say(lang, T.outcomeNoDeal, { date: formatDate(lang, outcome.date) }),
              ' ',
              say(lang, T.finalTariff, { rate: formatPercent(lang, outcome.finalTariff / 100) }),
            ),
            h(
              'button',
              { type: 'button', id: 'banner-debrief', class: 'primary', onclick: () => c.toDebrief() },
              say(lang, T.toDebrief),
            ),
          )
        : null,
    );
  }

  function renderMenu(s: SessionState): void {
    const lang = s.settings.lang;
    let reopened = false;
    let returnFocus: HTMLElement | null | undefined;
    if (s.paused && menu && menuLang !== lang) {
      returnFocus = menu.returnTo;
      reopened = true;
      redrawingMenu = true;
      menu.close();
      redrawingMenu = false;
      menu = null;
    }
    if (s.paused && !menu) {
      menuLang = lang;
      const handle = openPauseMenu(
        deps.dialogs,
        store,
        lang,
        s.settings,
        () => {
          if (menu === handle) menu = null;
          if (!redrawingMenu && store.getState().paused) c.resume();
        },
        returnFocus,
      );
      menu = handle;
      if (reopened) document.getElementById('menu-lang')?.focus();
    } else if (!s.paused && menu) {
      const m = menu;
      menu = null;
      m.close();
    }
  }

  return {
    update: render,
    destroy() {
      document.removeEventListener('keydown', onKey);
      menu?.close();
      root.remove();
    },
  };
}
