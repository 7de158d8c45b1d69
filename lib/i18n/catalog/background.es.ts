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
};
