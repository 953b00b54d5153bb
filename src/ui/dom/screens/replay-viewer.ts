// The replay viewer's column beside the world: where the replay stands, the controls (every one a
// real button or select), this move and the talks so far, the briefs the view may show, and the
// ways to keep or share the replay. The world on the canvas draws the same step's observation.
import type { ReplayLens, SessionState, SessionStore } from '../../../store/contract';
import { replayTexts as T } from '../../i18n/areas/replay';
import { formatDate } from '../../i18n/formats';
import { say } from '../../i18n/texts';
import { type ReplayLineView, replayColumn } from '../../view-models/replay';
import { h, inputs, patch, type View } from '../dom-layer';
import { downloadText } from '../download';

/** The transport's icons, drawn for the game (the fonts have no media symbols). */
const ICONS = {
  first: 'M3 2h2v12H3zM14 2v12L6 8z',
  back: 'M12 2v12L4 8z',
  forward: 'M4 2v12l8-6z',
  last: 'M11 2h2v12h-2zM2 2v12l8-6z',
} as const;

function icon(name: keyof typeof ICONS): Element {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export function mountReplayViewer(container: HTMLElement, store: SessionStore): View<SessionState> {
  const c = store.commands;
  const root = h('div', { class: 'table-hud' });
  const panel = h('aside', { class: 'offer-panel replay-panel', 'aria-labelledby': 'replay-heading' });
  root.append(panel);
  container.appendChild(root);
  const drawn = inputs();
  let status = '';
  let link = '';

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && ['SELECT', 'INPUT', 'TEXTAREA'].includes(target.tagName)) return;
    const r = store.getState().replay;
    if (!r) return;
    if (event.key === 'ArrowRight') c.replayTo(r.step + 1);
    else if (event.key === 'ArrowLeft') c.replayTo(r.step - 1);
    else if (event.key === 'Home') c.replayTo(0);
    else if (event.key === 'End') c.replayTo(r.steps);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);

  const line = (l: ReplayLineView, lang: SessionState['settings']['lang']) =>
    h(
      'li',
      { 'data-kind': l.kind, 'data-fresh': l.fresh ? 'true' : null },
      h('time', { datetime: l.date }, formatDate(lang, l.date)),
      l.bluff ? h('strong', { class: 'bluff-mark' }, say(lang, T.bluff)) : null,
      l.text,
    );

  function update(s: SessionState): void {
    const r = s.replay;
    const game = s.game;
    if (!r || !game) return;
    if (!drawn.changed([s.settings.lang, r, game.observation, status, link])) return;
    const lang = s.settings.lang;
    const v = replayColumn(lang, game.scenario, r, game.observation);
    const fresh = v.lines.filter((l) => l.fresh);
    const select = (
      id: string,
      label: string,
      options: readonly { value: string | number; label: string; selected: boolean }[],
      on: (value: string) => void,
    ) =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, label),
        h(
          'select',
          { id, onchange: (e) => on((e.target as HTMLSelectElement).value) },
          options.map((o) => h('option', { value: String(o.value), selected: o.selected }, o.label)),
        ),
      );
    patch(
      panel,
      h(
        'div',
        { class: 'panel-bar' },
        h('h2', { id: 'replay-heading' }, say(lang, T.heading)),
        h('span', { class: 'spacer' }),
        h('button', { type: 'button', id: 'replay-title', onclick: () => c.toTitle() }, say(lang, T.back)),
      ),
      h(
        'div',
        { class: 'replay-head' },
        h('p', { class: 'turn-note', id: 'replay-position' }, v.position),
        h(
          'ul',
          { class: 'replay-players' },
          v.players.map((p) => h('li', {}, p)),
        ),
        h(
          'div',
          { class: 'replay-controls', role: 'group', 'aria-label': say(lang, T.heading) },
          h(
            'button',
            { type: 'button', id: 'replay-first', disabled: v.atStart, onclick: () => c.replayTo(0) },
            icon('first'),
            h('span', { class: 'visually-hidden' }, say(lang, T.first)),
          ),
          h(
            'button',
            { type: 'button', id: 'replay-back', disabled: v.atStart, onclick: () => c.replayTo(r.step - 1) },
            icon('back'),
            h('span', { class: 'visually-hidden' }, say(lang, T.back1)),
          ),
          r.playing
            ? h(
                'button',
                {
                  type: 'button',
                  id: 'replay-toggle',
                  class: 'primary',
                  'data-focus-fallback': true,
                  onclick: () => c.replayPause(),
                },
                say(lang, T.pause),
              )
            : h(
                'button',
                {
                  type: 'button',
                  id: 'replay-toggle',
                  class: 'primary',
                  'data-focus-fallback': true,
                  onclick: () => c.replayPlay(),
                },
                say(lang, T.play),
              ),
          h(
            'button',
            {
              type: 'button',
              id: 'replay-forward',
              disabled: v.atEnd,
              onclick: () => c.replayTo(r.step + 1),
            },
            icon('forward'),
            h('span', { class: 'visually-hidden' }, say(lang, T.forward)),
          ),
          h(
            'button',
            { type: 'button', id: 'replay-last', disabled: v.atEnd, onclick: () => c.replayTo(r.steps) },
            icon('last'),
            h('span', { class: 'visually-hidden' }, say(lang, T.last)),
          ),
        ),
        h(
          'div',
          { class: 'replay-fields' },
          select(
            'replay-round',
            say(lang, T.round),
            v.rounds.map((x) => ({ value: x.round, label: x.label, selected: x.selected })),
            (x) => c.replayRound(Number(x)),
          ),
          select('replay-speed', say(lang, T.speed), v.speeds, (x) => c.replaySpeed(Number(x))),
          select('replay-lens', say(lang, T.lens), v.lenses, (x) => c.replayLens(x as ReplayLens)),
        ),
      ),
      h(
        'div',
        { class: 'offer-scroll', id: 'replay-scroll' },
        h('h3', { class: 'replay-first-heading' }, say(lang, T.thisMove)),
        h(
          'ol',
          { class: 'replay-move', id: 'replay-move' },
          fresh.length === 0 ? h('li', {}, say(lang, T.nothingYet)) : fresh.map((l) => line(l, lang)),
        ),
        h(
          'details',
          { class: 'replay-briefs' },
          h('summary', {}, say(lang, T.briefs)),
          v.briefs.map((b) =>
            h('section', {}, h('h4', {}, say(lang, T.briefOf, { who: b.who })), h('p', {}, b.text)),
          ),
        ),
        h(
          'ol',
          { class: 'replay-log', 'aria-label': say(lang, T.heading), tabindex: 0 },
          v.lines.map((l) => line(l, lang)),
        ),
      ),
      h(
        'div',
        { class: 'replay-actions' },
        h(
          'button',
          {
            type: 'button',
            id: 'replay-export',
            onclick: () => {
              const file = c.exportReplay();
              if (!file) return;
              downloadText(file.fileName, file.text);
              status = say(lang, T.exported, { file: file.fileName });
              update(store.getState());
            },
          },
          say(lang, T.exportReplay),
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'replay-share',
            onclick: () => {
              const shared = c.shareReplay(location.href);
              if (!shared.ok) {
                link = '';
                status = shared.notice.message;
              } else {
                // The link opens at the round in view, as the address bar does.
                link = `${shared.link}&round=${r.round + 1}`;
                status = say(lang, T.linkShown);
                // The address bar carries the link too: the viewer keeps its round there.
                history.replaceState(history.state, '', link);
                navigator.clipboard?.writeText(shared.link).then(
                  () => {
                    status = say(lang, T.linkCopied);
                    update(store.getState());
                  },
                  () => {},
                );
              }
              update(store.getState());
            },
          },
          say(lang, T.shareLink),
        ),
        link
          ? h('input', {
              id: 'replay-link-out',
              type: 'text',
              readonly: true,
              value: link,
              'aria-label': say(lang, T.shareLink),
            })
          : null,
        h('p', { role: 'status', class: 'replay-status' }, status),
      ),
    );
    // The scroller starts at this move: the talks so far are below it, the newest line last.
    const scroller = document.getElementById('replay-scroll');
    if (scroller) scroller.scrollTop = 0;
  }

  return {
    update,
    destroy() {
      document.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}
