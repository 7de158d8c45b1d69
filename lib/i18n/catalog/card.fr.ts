import type { Catalog } from '../types';
import type { card as en } from './card.en';

export const card: Catalog<typeof en> = {
  'feed.card.saved': 'Enregistré dans votre dossier.',
  'feed.card.savedTo': 'Enregistré dans « {title} ».',
  'feed.card.savedInbox':
    'Enregistré. Ce sera ajouté à votre dossier la prochaine fois que vous déverrouillerez Beacon.',
  'feed.card.savedPending':
    'Enregistré pour le moment. Ouvrez Beacon pour créer votre dossier et le conserver.',
  'feed.card.link': 'Lien',
  'feed.card.route': 'Pour signaler sur {platform} :',
  'feed.card.unconfirmed': 'Vérifiez que le formulaire s’ouvre bien sur le site de {platform}.',
  'feed.card.noForm':
    'Nous ne connaissons pas de formulaire de signalement de {platform} hors de l’application. Une hotline peut aussi recevoir votre signalement : choisissez « Obtenir de l’aide maintenant ».',
  'feed.card.copyOpen': 'Copier le lien et ouvrir le formulaire de signalement',
  'feed.card.copy': 'Copier le lien',
  'feed.card.copied': 'Lien copié. Collez-le dans le formulaire de signalement.',
  'feed.card.copyFailed': 'Impossible de copier. Sélectionnez le lien ci-dessus et copiez-le.',
  'feed.card.undo': 'Annuler',
  'feed.card.truncated': 'Certains détails étaient trop longs et ont été raccourcis.',
  'feed.card.undoRefused':
    'Pas annulé : la fenêtre venait d’apparaître ou était masquée. Réessayez.',
  'feed.card.undoFailed':
    'Pas annulé : Beacon n’a pas répondu. Annulez-la depuis « Captures récentes », dans le bouton de Beacon de la barre d’outils.',
};
