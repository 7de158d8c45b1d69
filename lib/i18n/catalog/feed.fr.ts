import type { Catalog } from '../types';
import type { feed as en } from './feed.en';

export const feed: Catalog<typeof en> = {
  'feed.shortcut.post': 'Signaler cette publication',
  'feed.shortcut.account': 'Signaler ce compte',
  'feed.shortcut.page': 'Signaler cette page',
  'feed.card.label': 'Beacon : enregistrer et signaler',
  'feed.card.saved': 'Enregistré dans votre dossier.',
  'feed.card.savedTo': 'Enregistré dans « {title} ».',
  'feed.card.savedInbox':
    'Enregistré. Ce sera ajouté à votre dossier la prochaine fois que vous déverrouillerez Beacon.',
  'feed.card.savedPending':
    'Enregistré pour le moment. Ouvrez Beacon pour créer votre dossier et le conserver.',
  'feed.card.failed': 'Non enregistré : {message}',
  'feed.card.refused': 'Non enregistré : ce bouton était caché ou recouvert sur la page.',
  'feed.card.tooSoon': 'Non enregistré : ce bouton venait d’apparaître ou de bouger. Réessayez.',
  'feed.card.unreadable': 'Non enregistré : Beacon n’a pas pu lire l’adresse de cette publication.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.card.useMenu':
    'Faites un clic droit sur la publication et choisissez « Enregistrer avec Beacon ».',
  'feed.card.account': 'Compte',
  'feed.card.link': 'Lien',
  'feed.card.route': 'Pour signaler sur {platform} :',
  'feed.card.unconfirmed': 'Vérifiez que le formulaire s’ouvre bien sur le site de {platform}.',
  'feed.card.noForm':
    'Nous ne connaissons pas de formulaire de signalement de {platform} hors de l’application. Une hotline peut aussi recevoir votre signalement : choisissez « Obtenir de l’aide maintenant ».',
  'feed.card.copyOpen': 'Copier le lien et ouvrir le formulaire de signalement',
  'feed.card.copy': 'Copier le lien',
  'feed.card.copied': 'Lien copié. Collez-le dans le formulaire de signalement.',
  'feed.card.copyFailed': 'Impossible de copier. Sélectionnez le lien ci-dessus et copiez-le.',
  'feed.card.openCase': 'Ouvrir mon dossier',
  'feed.card.help': 'Obtenir de l’aide maintenant',
  'feed.card.noMedia':
    'N’enregistrez pas et ne partagez pas les images — Beacon ne garde que le lien.',
  'feed.card.close': 'Fermer',
  'feed.card.undo': 'Annuler',
  'feed.card.truncated': 'Certains détails étaient trop longs et ont été raccourcis.',
};
