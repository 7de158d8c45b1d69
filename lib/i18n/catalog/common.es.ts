import type { Catalog } from '../types';
import type { common as en } from './common.en';

export const common: Catalog<typeof en> = {
  'app.name': 'Beacon',
  'app.discreetName': 'Notas',
  'common.close': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.back': 'Volver',
  'common.loading': 'Cargando…',
  'common.error': 'Algo salió mal: {message}',
  'help.getHelpNow': 'Pedir ayuda ahora',
  'help.quickExit': 'Salida rápida',
  'help.openCase': 'Abrir mi caso',
  'popup.title': 'Beacon',
  'popup.captureTab': 'Guardar esta pestaña',
  'popup.captured': 'Guardado en tu caso.',
  'popup.noMediaRule':
    'Beacon guarda enlaces, nunca las imágenes. No las guardes ni las compartas.',
  'workspace.title': 'Beacon — mi caso',
  'casefile.title': 'Expediente',
  'popup.recent': 'Capturas recientes',
  'popup.undo': 'Deshacer',
  'popup.undoLabel': 'Deshacer la captura de {host} a las {time}',
  // The popup's note when the tab shows media without Beacon's button (lib/watch/health.ts).
  'watch.noButton': 'Beacon no puede poner su botón en esta página.',
  'watch.noButtonHint':
    'Usa «Guardar esta pestaña» arriba, o haz clic derecho en la publicación y elige «Guardar con Beacon».',
};
