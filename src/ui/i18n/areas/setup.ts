import { texts } from '../texts';

export const setupTexts = texts({
  heading: { en: 'A new game', es: 'Una partida nueva' },
  scenario: { en: 'Scenario', es: 'Escenario' },
  side: { en: 'Your side', es: 'Su lado' },
  sideName: { en: '{negotiator} — {country}', es: '{negotiator} — {country}' },
  opponent: { en: 'Your opponent', es: 'Su adversario' },
  persona: { en: 'Opponent’s character', es: 'Carácter del adversario' },
  difficulty: { en: 'Difficulty', es: 'Dificultad' },
  easy: { en: 'Easy', es: 'Fácil' },
  medium: { en: 'Medium', es: 'Media' },
  hard: { en: 'Hard', es: 'Difícil' },
  start: { en: 'Start', es: 'Empezar' },
  back: { en: 'Back', es: 'Volver' },
  against: {
    en: 'Across the table: {negotiator} for {country}',
    es: 'Al otro lado: {negotiator} por {country}',
  },
});
