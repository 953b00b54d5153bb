// The pause menu: a modal dialog (focus trapped, Escape closes, focus returns) with Resume, the
// settings (language, reduced motion) and Save and quit.
import type { SessionStore, Settings } from '../../../store/contract';
import { menuTexts as T } from '../../i18n/areas/menu';
import { replayTexts as R } from '../../i18n/areas/replay';
import { type Lang, say } from '../../i18n/texts';
import { type DialogHandle, openDialog } from '../dialog';
import { h } from '../dom-layer';
import { downloadText } from '../download';
import { languageSelect } from './title';

const MOTIONS: readonly {
  readonly id: Settings['motion'];
  readonly key: 'motionSystem' | 'motionFull' | 'motionReduced';
}[] = [
  { id: 'system', key: 'motionSystem' },
  { id: 'full', key: 'motionFull' },
  { id: 'reduced', key: 'motionReduced' },
];

/** `onDismiss` runs when the menu closes by Resume or Escape (not by Save and quit). */
export function openPauseMenu(
  host: HTMLElement,
  store: SessionStore,
  lang: Lang,
  settings: Settings,
  onDismiss: () => void,
  returnFocus?: HTMLElement | null,
): DialogHandle {
  const c = store.commands;
  let quitting = false;
  return openDialog(
    host,
    say(lang, T.heading),
    (close) => [
      h(
        'div',
        { class: 'menu-list' },
        h(
          'button',
          { type: 'button', id: 'menu-resume', class: 'primary', 'data-autofocus': true, onclick: close },
          say(lang, T.resume),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, say(lang, T.settings)),
          languageSelect('menu-lang', lang, say(lang, T.language), (l) => c.setLang(l)),
          h(
            'label',
            { class: 'lang-switch' },
            h('span', {}, say(lang, T.motion)),
            h(
              'select',
              {
                id: 'menu-motion',
                onchange: (e) => c.setMotion((e.target as HTMLSelectElement).value as Settings['motion']),
              },
              MOTIONS.map((m) =>
                h('option', { value: m.id, selected: m.id === settings.motion }, say(lang, T[m.key])),
              ),
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'menu-export',
            onclick: () => {
              const file = c.exportReplay();
              if (file) downloadText(file.fileName, file.text);
            },
          },
          say(lang, R.exportReplay),
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'menu-quit',
            onclick: () => {
              quitting = true;
              close();
              c.saveAndQuit();
            },
          },
          say(lang, T.saveQuit),
        ),
      ),
    ],
    () => {
      if (!quitting) onDismiss();
    },
    returnFocus,
  );
}
