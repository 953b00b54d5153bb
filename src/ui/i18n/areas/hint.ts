import { texts } from '../texts';

export const hintTexts = texts({
  kicker: { en: 'Tutorial · hint {n} of {count}', es: 'Tutorial · pista {n} de {count}' },
  hide: { en: 'Hide hints', es: 'Ocultar pistas' },
  noTutorial: {
    en: 'There is no tutorial in this build of the game.',
    es: 'Esta versión del juego no trae tutorial.',
  },
});
