import type { Catalog } from '../types';
import type { background as en } from './background.en';

export const background: Catalog<typeof en> = {
  'menu.capture': 'Guardar con Beacon',
  'reminders.recheck.title': 'Beacon: toca comprobar de nuevo',
  'reminders.recheck.message':
    'Es momento de comprobar de nuevo un enlace. Abre para ver qué hacer.',
  'reminders.normal.title': 'Beacon: toca hacer un seguimiento',
  'reminders.normal.message':
    'Una denuncia espera respuesta. Abre para ver qué puedes hacer a continuación.',
  'reminders.discreet.title': 'Notas: recordatorio',
  'reminders.discreet.message': 'Tienes un recordatorio.',
  'reminders.snooze': 'Recuérdamelo mañana',
  'reminders.done': 'Hecho',
  'badge.saved': 'Guardado en Beacon',
  'undo.done': 'Deshecho: Beacon ya no guarda esta captura.',
  'undo.doneLogged':
    'Deshecho: se quitó esta captura. La cronología de tu caso guarda una línea que lo dice.',
  'undo.gone': 'Esta captura ya no está en tu caso.',
  'undo.notHere':
    'Esta captura ya no se puede deshacer desde aquí. Usa las capturas recientes de la ventana de Beacon, o tu caso.',
  'undo.locked': 'Esta captura ya está en tu caso. Desbloquea Beacon para deshacerla.',
};
