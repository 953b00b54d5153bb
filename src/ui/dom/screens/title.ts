// The title screen: the game's name and pitch, the language, New game, Continue (only with a save;
// a broken save shows its message and a way to discard it) and How to play.
import type { SessionState, SessionStore } from '../../../store/contract';
import { classroomTexts as C } from '../../i18n/areas/classroom';
import { replayTexts as R } from '../../i18n/areas/replay';
import { titleTexts as T } from '../../i18n/areas/title';
import { formatDate } from '../../i18n/formats';
import { LANGS, type Lang, say } from '../../i18n/texts';
import { openDialog } from '../dialog';
import { h, patch, type View } from '../dom-layer';

const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export function languageSelect(
  id: string,
  lang: Lang,
  label: string,
  onChange: (l: Lang) => void,
): HTMLElement {
  const select = h(
    'select',
    { id, onchange: (e) => onChange((e.target as HTMLSelectElement).value as Lang) },
    LANGS.map((l) => h('option', { value: l, lang: l, selected: l === lang }, LANG_NAMES[l])),
  );
  // Labelled by `for`, not by wrapping: a wrapping label's name would take in the options' text too.
  return h('div', { class: 'lang-switch' }, h('label', { for: id }, label), select);
}

export function mountTitle(
  container: HTMLElement,
  store: SessionStore,
  dialogs: HTMLElement,
): View<SessionState> {
  const root = h('section', { class: 'screen screen--title', 'aria-labelledby': 'title-name' });
  container.appendChild(root);
  const c = store.commands;
  const howToPlay = (lang: Lang) =>
    openDialog(dialogs, say(lang, T.howToPlay), (close) => [
      h('p', {}, say(lang, T.rules1)),
      h('p', {}, say(lang, T.rules2)),
      h('p', {}, say(lang, T.rules3)),
      h('p', {}, say(lang, T.rules4)),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'primary', onclick: close }, say(lang, T.close)),
      ),
    ]);
  return {
    update(s) {
      const lang = s.settings.lang;
      const save = s.save;
      const sideName = save
        ? (s.scenarios.find((e) => e.id === save.scenarioId)?.scenario.sides.find((x) => x.id === save.side)
            ?.negotiator.name ?? save.side)
        : '';
      patch(
        root,
        h('p', { class: 'title-kicker' }, say(lang, T.kicker)),
        h('h1', { id: 'title-name' }, say(lang, T.name)),
        h('hr', { class: 'title-rule' }),
        h('p', { class: 'title-pitch' }, say(lang, T.pitch)),
        languageSelect('title-lang', lang, say(lang, T.language), (l) => c.setLang(l)),
        h(
          'div',
          { class: 'button-row' },
          h(
            'button',
            {
              type: 'button',
              id: 'title-new',
              class: 'primary',
              'data-autofocus': true,
              'data-focus-fallback': true,
              onclick: () => c.openSetup(),
            },
            say(lang, T.newGame),
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'title-continue',
              disabled: !save,
              'aria-describedby': 'title-save-note',
              onclick: () => c.continueGame(),
            },
            say(lang, T.continue),
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'title-how',
              // The tutorial teaches the controls by playing; without one, the rules in a dialog.
              onclick: () =>
                s.scenarios.some((e) => e.scenario.tutorial) ? c.startTutorial() : howToPlay(lang),
            },
            say(lang, T.howToPlay),
          ),
          h(
            'button',
            { type: 'button', id: 'title-replays', onclick: () => c.openReplays() },
            say(lang, R.replays),
          ),
          h(
            'button',
            { type: 'button', id: 'title-classroom', onclick: () => c.openClassroom() },
            say(lang, C.classroom),
          ),
        ),
        h(
          'p',
          { id: 'title-save-note', class: 'title-pitch' },
          save
            ? say(lang, T.continueNote, {
                side: sideName,
                date: formatDate(lang, save.date),
                round: save.round,
              })
            : s.saveProblem
              ? ''
              : say(lang, T.noSave),
        ),
        s.saveProblem
          ? h(
              'div',
              { class: 'save-problem', role: 'alert' },
              h('p', {}, say(lang, T.saveProblem, { message: s.saveProblem.message })),
              h(
                'button',
                { type: 'button', id: 'title-discard', class: 'danger', onclick: () => c.discardSave() },
                say(lang, T.discard),
              ),
            )
          : null,
      );
    },
    destroy() {
      root.remove();
    },
  };
}
