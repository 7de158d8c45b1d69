import type { Catalog } from '../types';
import type { feed as en } from './feed.en';

export const feed: Catalog<typeof en> = {
  'feed.shortcut.post': 'Signaler cette publication',
  'feed.shortcut.account': 'Signaler ce compte',
  'feed.shortcut.page': 'Signaler cette page',
  'feed.label': 'Beacon : enregistrer et signaler',
  'feed.failed': 'Non enregistré.',
  'feed.refused': 'Non enregistré : ce bouton était caché ou recouvert sur la page.',
  'feed.tooSoon': 'Non enregistré : ce bouton venait d’apparaître ou de bouger. Réessayez.',
  'feed.unreadable': 'Non enregistré : Beacon n’a pas pu lire l’adresse de cette publication.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.useMenu':
    'Faites un clic droit sur la publication et choisissez « Enregistrer avec Beacon ».',
  'feed.openCase': 'Ouvrir mon dossier',
  'feed.help': 'Obtenir de l’aide maintenant',
  'feed.noMedia': 'N’enregistrez pas et ne partagez pas les images — Beacon ne garde que le lien.',
  'feed.close': 'Fermer',
  'feed.account': 'Compte',
};
