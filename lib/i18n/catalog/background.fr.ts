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
  'badge.saved': 'Enregistré dans Beacon',
  'undo.done': 'Annulé : Beacon ne garde plus cette capture.',
  'undo.doneLogged':
    'Annulé : cette capture a été retirée. La chronologie de votre dossier en garde une ligne.',
  'undo.gone': 'Cette capture n’est plus dans votre dossier.',
  'undo.notHere':
    'Cette capture ne peut plus être annulée d’ici. Passez par les captures récentes de la fenêtre Beacon, ou par votre dossier.',
  'undo.locked': 'Cette capture est déjà dans votre dossier. Déverrouillez Beacon pour l’annuler.',
};
