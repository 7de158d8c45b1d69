import type { Catalog } from '../types';
import type { feed as en } from './feed.en';

export const feed: Catalog<typeof en> = {
  'feed.shortcut.post': 'Denunciar esta publicación',
  'feed.shortcut.account': 'Denunciar esta cuenta',
  'feed.shortcut.page': 'Denunciar esta página',
  'feed.label': 'Beacon: guardar y denunciar',
  'feed.failed': 'No se guardó.',
  'feed.refused': 'No se guardó: este botón estaba oculto o tapado en la página.',
  'feed.tooSoon': 'No se guardó: este botón acababa de aparecer o moverse. Inténtalo de nuevo.',
  'feed.unreadable': 'No se guardó: Beacon no pudo leer la dirección de esta publicación.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.useMenu': 'Haz clic derecho en la publicación y elige «Guardar con Beacon».',
  'feed.openCase': 'Abrir mi caso',
  'feed.help': 'Obtener ayuda ahora',
  'feed.noMedia': 'No guardes ni compartas las imágenes: Beacon solo guarda el enlace.',
  'feed.close': 'Cerrar',
  'feed.account': 'Cuenta',
};
