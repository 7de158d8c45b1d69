import type { Catalog } from '../types';
import type { background as en } from './background.en';

export const background: Catalog<typeof en> = {
  'menu.capture': 'Enregistrer avec Beacon',
  'reminders.recheck.title': 'Beacon : à vérifier de nouveau',
  'reminders.recheck.message':
    'Il est temps de vérifier de nouveau un lien. Ouvrez pour voir quoi faire.',
  'reminders.normal.title': 'Beacon : un suivi est à faire',
  'reminders.normal.message':
    'Un signalement attend une réponse. Ouvrez pour voir ce que vous pouvez faire ensuite.',
  'reminders.discreet.title': 'Notes : rappel',
  'reminders.discreet.message': 'Vous avez un rappel.',
  'reminders.snooze': 'Me le rappeler demain',
  'reminders.done': 'Fait',
};
