import { texts } from '../texts';

export const setupTexts = texts({
  heading: { en: 'A new game', es: 'Una partida nueva' },
  scenario: { en: 'Scenario', es: 'Escenario' },
  side: { en: 'Your side', es: 'Su lado' },
  sideName: { en: '{negotiator} — {country}', es: '{negotiator} — {country}' },
  sideWith: { en: 'with {names}', es: 'con {names}' },
  opponent: { en: 'Your opponent', es: 'Su adversario' },
  persona: { en: 'Opponent’s character', es: 'Carácter del adversario' },
  difficulty: { en: 'Difficulty', es: 'Dificultad' },
  easy: { en: 'Easy', es: 'Fácil' },
  medium: { en: 'Medium', es: 'Media' },
  hard: { en: 'Hard', es: 'Difícil' },
  start: { en: 'Start', es: 'Empezar' },
  back: { en: 'Back', es: 'Volver' },
  against: {
    en: 'Across the table: {negotiator} ({country})',
    es: 'Al otro lado: {negotiator} ({country})',
  },
  opponentKind: { en: 'Who plays the other side', es: 'Quién juega el otro lado' },
  opponentAi: { en: 'The AI', es: 'La IA' },
  opponentPerson: {
    en: 'A second person on this device (hotseat)',
    es: 'Una segunda persona en este dispositivo',
  },
  hotseatNote: {
    en: 'You take turns at one screen. Between turns a cover hides the table while the device passes, and each side reads its own brief alone.',
    es: 'Se turnan en una misma pantalla. Entre turnos una pantalla tapa la mesa mientras pasa el dispositivo, y cada lado lee su informe a solas.',
  },
  timer: { en: 'Meeting timer', es: 'Tiempo por reunión' },
  timerOff: { en: 'Off', es: 'Sin límite' },
  timerMinutes: { en: '{n} minutes', es: '{n} minutos' },
  scenarioFile: { en: 'Open a scenario file', es: 'Abrir un archivo de escenario' },
  scenarioDrop: {
    en: 'or drop one here (.yaml): it is checked as the command line checks it',
    es: 'o suéltelo aquí (.yaml): se comprueba igual que en la línea de comandos',
  },
});
