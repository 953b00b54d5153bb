// The title's "Replays": open a replay from a file (picker or drop) or a pasted share link. A file
// that cannot be opened says why, with each problem at its line, and nothing else changes.
import { MAX_REPLAY_BYTES } from '../../../replay/format';
import type { SessionState, SessionStore } from '../../../store/contract';
import { replayTexts as T } from '../../i18n/areas/replay';
import { say } from '../../i18n/texts';
import { h, patch, type View } from '../dom-layer';
import { acceptDrops, filePicker } from '../file-input';

export function mountReplays(container: HTMLElement, store: SessionStore): View<SessionState> {
  const c = store.commands;
  const root = h('section', { class: 'screen screen--replays', 'aria-labelledby': 'replays-heading' });
  container.appendChild(root);
  let busy = false;
  let link = '';

  const openFile = (file: File | undefined) => {
    if (!file) return;
    // Refused by its size before a byte is read: a huge file must not stall the page.
    if (file.size > MAX_REPLAY_BYTES) return c.refuseReplay(file.name, file.size);
    busy = true;
    update(store.getState());
    file
      .text()
      .then((text) => c.openReplay(text, file.name))
      .catch(() => c.openReplay('', file.name))
      .finally(() => {
        busy = false;
        if (root.isConnected) update(store.getState());
      });
  };

  const stopDrops = acceptDrops(root, (files) => openFile(files[0]));

  function update(s: SessionState): void {
    const lang = s.settings.lang;
    const p = s.replayProblem;
    patch(
      root,
      h(
        'div',
        { class: 'screen-head' },
        h('h1', { id: 'replays-heading' }, say(lang, T.openHeading)),
        h('button', { type: 'button', id: 'replays-back', onclick: () => c.toTitle() }, say(lang, T.back)),
      ),
      h('p', { class: 'title-pitch' }, say(lang, T.openIntro)),
      h(
        'div',
        { class: 'drop-zone' },
        filePicker({
          id: 'replay-choose',
          label: say(lang, T.chooseFile),
          accept: '.json,application/json',
          primary: true,
          first: true,
          onFiles: (files) => openFile(files[0]),
        }),
        h('span', {}, say(lang, T.dropHere)),
      ),
      h(
        'form',
        {
          class: 'link-form',
          onsubmit: (e) => {
            e.preventDefault();
            if (link.trim()) c.openReplayLink(link.trim());
          },
        },
        h('label', { for: 'replay-link' }, say(lang, T.pasteLink)),
        h('input', {
          id: 'replay-link',
          type: 'url',
          value: link,
          autocomplete: 'off',
          oninput: (e) => {
            link = (e.target as HTMLInputElement).value;
          },
        }),
        h('button', { type: 'submit', id: 'replay-link-open' }, say(lang, T.openLink)),
      ),
      busy ? h('p', { role: 'status' }, say(lang, T.opening)) : null,
      p
        ? h(
            'div',
            { class: 'save-problem', role: 'alert', id: 'replay-problem' },
            h('p', {}, say(lang, T.problem, { source: p.source, message: p.message })),
            p.details.length > 0 ? h('pre', { class: 'problem-lines' }, p.details.join('\n')) : null,
          )
        : null,
    );
  }

  return {
    update,
    destroy() {
      stopDrops();
      root.remove();
    },
  };
}
