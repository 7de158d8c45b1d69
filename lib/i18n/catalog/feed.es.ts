import type { Catalog } from '../types';
import type { feed as en } from './feed.en';

export const feed: Catalog<typeof en> = {
  'feed.shortcut.post': 'Denunciar esta publicación',
  'feed.shortcut.account': 'Denunciar esta cuenta',
  'feed.shortcut.page': 'Denunciar esta página',
  'feed.card.label': 'Beacon: guardar y denunciar',
  'feed.card.saved': 'Guardado en tu caso.',
  'feed.card.savedTo': 'Guardado en «{title}».',
  'feed.card.savedInbox': 'Guardado. Se añadirá a tu caso la próxima vez que desbloquees Beacon.',
  'feed.card.savedPending': 'Guardado por ahora. Abre Beacon para crear tu caso y conservarlo.',
  'feed.card.failed': 'No se guardó: {message}',
  'feed.card.refused': 'No se guardó: este botón estaba oculto o tapado en la página.',
  'feed.card.tooSoon':
    'No se guardó: este botón acababa de aparecer o moverse. Inténtalo de nuevo.',
  'feed.card.unreadable': 'No se guardó: Beacon no pudo leer la dirección de esta publicación.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.card.useMenu': 'Haz clic derecho en la publicación y elige «Guardar con Beacon».',
  'feed.card.account': 'Cuenta',
  'feed.card.link': 'Enlace',
  'feed.card.route': 'Para denunciar en {platform}:',
  'feed.card.unconfirmed': 'Comprueba que el formulario se abre en el sitio de {platform}.',
  'feed.card.noForm':
    'No conocemos un formulario de denuncia de {platform} fuera de la aplicación. Una línea de denuncia también puede recibir tu denuncia: elige «Obtener ayuda ahora».',
  'feed.card.copyOpen': 'Copiar el enlace y abrir el formulario de denuncia',
  'feed.card.copy': 'Copiar el enlace',
  'feed.card.copied': 'Enlace copiado. Pégalo en el formulario de denuncia.',
  'feed.card.copyFailed': 'No se pudo copiar. Selecciona el enlace de arriba y cópialo.',
  'feed.card.openCase': 'Abrir mi caso',
  'feed.card.help': 'Obtener ayuda ahora',
  'feed.card.noMedia': 'No guardes ni compartas las imágenes: Beacon solo guarda el enlace.',
  'feed.card.close': 'Cerrar',
  'feed.card.undo': 'Deshacer',
  'feed.card.truncated': 'Algunos detalles eran demasiado largos y se acortaron.',
};
