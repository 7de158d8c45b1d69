import type { Catalog } from '../types';
import type { card as en } from './card.en';

export const card: Catalog<typeof en> = {
  'feed.card.saved': 'Guardado en tu caso.',
  'feed.card.savedTo': 'Guardado en «{title}».',
  'feed.card.savedInbox': 'Guardado. Se añadirá a tu caso la próxima vez que desbloquees Beacon.',
  'feed.card.savedPending': 'Guardado por ahora. Abre Beacon para crear tu caso y conservarlo.',
  'feed.card.link': 'Enlace',
  'feed.card.route': 'Para denunciar en {platform}:',
  'feed.card.unconfirmed': 'Comprueba que el formulario se abre en el sitio de {platform}.',
  'feed.card.noForm':
    'No conocemos un formulario de denuncia de {platform} fuera de la aplicación. Una línea de denuncia también puede recibir tu denuncia: elige «Obtener ayuda ahora».',
  'feed.card.copyOpen': 'Copiar el enlace y abrir el formulario de denuncia',
  'feed.card.copy': 'Copiar el enlace',
  'feed.card.copied': 'Enlace copiado. Pégalo en el formulario de denuncia.',
  'feed.card.copyFailed': 'No se pudo copiar. Selecciona el enlace de arriba y cópialo.',
  'feed.card.undo': 'Deshacer',
  'feed.card.truncated': 'Algunos detalles eran demasiado largos y se acortaron.',
  'feed.card.undoRefused':
    'No se deshizo: la ventana acababa de aparecer o estaba tapada. Inténtalo de nuevo.',
  'feed.card.undoFailed':
    'No se deshizo: Beacon no respondió. Deshazla desde «Capturas recientes», en el botón de Beacon de la barra de herramientas.',
};
