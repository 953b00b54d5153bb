import { texts } from '../texts';

export const menuTexts = texts({
  menu: { en: 'Menu', es: 'Menú' },
  heading: { en: 'Paused', es: 'En pausa' },
  resume: { en: 'Resume', es: 'Reanudar' },
  settings: { en: 'Settings', es: 'Ajustes' },
  language: { en: 'Language', es: 'Idioma' },
  motion: { en: 'Animation', es: 'Animación' },
  motionSystem: { en: 'As the system says', es: 'Según el sistema' },
  motionFull: { en: 'On', es: 'Activada' },
  motionReduced: { en: 'Reduced (off)', es: 'Reducida (desactivada)' },
  saveQuit: { en: 'Save and quit', es: 'Guardar y salir' },
  backToTitle: { en: 'Back to title', es: 'Volver al inicio' },
  newGame: { en: 'New game', es: 'Nueva partida' },
  announcements: { en: 'What happens at the table', es: 'Lo que ocurre en la mesa' },
});
