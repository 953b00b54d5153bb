import { texts } from '../texts';

export const briefTexts = texts({
  heading: { en: 'Your brief', es: 'Sus instrucciones' },
  confidential: { en: 'Confidential', es: 'Confidencial' },
  forWhom: { en: 'For {negotiator}, {role}', es: 'Para {negotiator}, {role}' },
  delegation: { en: 'At the table with you: {names}.', es: 'Con usted en la mesa: {names}.' },
  priorities: { en: 'What each issue means to you', es: 'Lo que cada asunto significa para usted' },
  weight: { en: '{share} of your interest', es: '{share} de su interés' },
  reservation: { en: 'Your walk-away point', es: 'Su punto de ruptura' },
  reservationText: {
    en: 'A deal worth less than {value} to you is worse than no deal.',
    es: 'Un acuerdo que valga para usted menos de {value} es peor que no tener acuerdo.',
  },
  calendar: { en: 'The calendar', es: 'El calendario' },
  today: { en: 'Today', es: 'Hoy' },
  deadline: { en: 'Deadline', es: 'Plazo' },
  meetings: { en: 'Meetings', es: 'Reuniones' },
  tariff: { en: 'The tariff', es: 'El arancel' },
  tariffStep: { en: '{rate} from {date}', es: '{rate} desde el {date}' },
  begin: { en: 'Begin the talks', es: 'Empezar las negociaciones' },
});
