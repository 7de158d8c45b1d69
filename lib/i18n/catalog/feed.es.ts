import type { Catalog } from '../types';
import type { feed as en } from './feed.en';

export const feed: Catalog<typeof en> = {
  'feed.shortcut.post': 'Denunciar esta publicación',
  'feed.shortcut.account': 'Denunciar esta cuenta',
  'feed.shortcut.page': 'Denunciar esta página',
  'feed.card.label': 'Beacon: guardar y denunciar',
  'feed.card.failed': 'No se guardó.',
  'feed.card.refused': 'No se guardó: este botón estaba oculto o tapado en la página.',
  'feed.card.tooSoon':
    'No se guardó: este botón acababa de aparecer o moverse. Inténtalo de nuevo.',
  'feed.card.unreadable': 'No se guardó: Beacon no pudo leer la dirección de esta publicación.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.card.useMenu': 'Haz clic derecho en la publicación y elige «Guardar con Beacon».',
  'feed.card.openCase': 'Abrir mi caso',
  'feed.card.help': 'Obtener ayuda ahora',
  'feed.card.noMedia': 'No guardes ni compartas las imágenes: Beacon solo guarda el enlace.',
  'feed.card.close': 'Cerrar',
  'feed.card.account': 'Cuenta',
};
