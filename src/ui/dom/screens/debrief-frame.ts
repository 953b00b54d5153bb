// The debrief screen's frame: helper "debrief"'s content, and the ways back (title, a new game).
import type { SessionState, SessionStore } from '../../../store/contract';
import { menuTexts as T } from '../../i18n/areas/menu';
import { replayTexts as R } from '../../i18n/areas/replay';
import { say } from '../../i18n/texts';
import { currentHint } from '../../view-models/tutorial';
import { mountDebrief } from '../debrief/debrief-screen';
import { h, inputs, patch, type View } from '../dom-layer';
import { downloadText } from '../download';
import { renderHintCard } from '../widgets/hint-card';

export function mountDebriefFrame(container: HTMLElement, store: SessionStore): View<SessionState> {
  const root = h('section', { class: 'debrief-frame' });
  const content = h('div', {});
  const buttons = h('div', { class: 'button-row' });
  const hintSlot = h('div', { class: 'debrief-hint' });
  let hintHidden = false;
  const hintIn = inputs();
  root.append(buttons, content);
  // Over the stage, not in the scrolling debrief: the debrief opens scrolled to its heading, and the
  // hint stays in one place however far the reader scrolls.
  (container.parentElement ?? container).append(hintSlot);
  container.appendChild(root);
  const debrief = mountDebrief(content, store);
  return {
    update(s) {
      const lang = s.settings.lang;
      const game = s.game;
      const hint =
        game && !hintHidden
          ? currentHint(game.scenario, game.observation, { edited: true, asked: true }, true)
          : null;
      if (hintIn.changed([lang, hint?.hint])) {
        patch(
          hintSlot,
          renderHintCard(lang, hint, () => {
            hintHidden = true;
            hintIn.forget();
            patch(hintSlot);
          }),
        );
      }
      patch(
        buttons,
        h(
          'button',
          { type: 'button', id: 'debrief-title', onclick: () => store.commands.toTitle() },
          say(lang, T.backToTitle),
        ),
        h(
          'button',
          { type: 'button', id: 'debrief-new', class: 'primary', onclick: () => store.commands.openSetup() },
          say(lang, T.newGame),
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'debrief-export',
            onclick: () => {
              const file = store.commands.exportReplay();
              if (file) downloadText(file.fileName, file.text);
            },
          },
          say(lang, R.exportReplay),
        ),
      );
    },
    destroy() {
      hintSlot.remove();
      debrief.destroy();
      root.remove();
    },
  };
}
