import { texts } from '../texts';

export const handoffTexts = texts({
  briefNext: { en: 'Private brief', es: 'Informe confidencial' },
  turnNext: { en: 'Next turn', es: 'Siguiente turno' },
  pass: { en: 'Pass the device to {who}', es: 'Pase el dispositivo a {who}' },
  explain: {
    en: 'What follows is for {who} ({country}) alone. Everyone else, look away until the next cover.',
    es: 'Lo que sigue es solo para {who} ({country}). Los demás, no miren hasta la siguiente pantalla.',
  },
  take: { en: 'I am {who}: show my side', es: 'Soy {who}: mostrar mi lado' },
});
