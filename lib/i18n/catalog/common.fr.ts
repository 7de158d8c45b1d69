import type { Catalog } from '../types';
import type { common as en } from './common.en';

export const common: Catalog<typeof en> = {
  'app.name': 'Beacon',
  'app.discreetName': 'Notes',
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.back': 'Retour',
  'common.loading': 'Chargement…',
  'common.error': 'Un problème est survenu : {message}',
  'help.getHelpNow': 'Trouver de l’aide maintenant',
  'help.quickExit': 'Sortie rapide',
  'help.openCase': 'Ouvrir mon dossier',
  'popup.title': 'Beacon',
  'popup.captureTab': 'Enregistrer cet onglet',
  'popup.captured': 'Enregistré dans votre dossier.',
  'popup.noMediaRule':
    'Beacon garde les liens, jamais les images. Ne les enregistrez pas et ne les partagez pas.',
  'workspace.title': 'Beacon — mon dossier',
  'casefile.title': 'Dossier',
  'popup.recent': 'Captures récentes',
  'popup.undo': 'Annuler',
  'popup.undoLabel': 'Annuler la capture de {host} à {time}',
  // The popup's note when the tab shows media without Beacon's button (lib/watch/health.ts).
  'watch.noButton': 'Beacon ne peut pas placer son bouton sur cette page.',
  'watch.noButtonHint':
    'Utilisez « Enregistrer cet onglet » ci-dessus, ou faites un clic droit sur la publication et choisissez « Enregistrer avec Beacon ».',
};
