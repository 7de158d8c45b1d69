import type { watch as en } from './watch.en';

export const watch: Record<keyof typeof en, string> = {
  'watch.noButton': 'Beacon ne peut pas placer son bouton sur cette page.',
  'watch.noButtonHint':
    'Utilisez « Enregistrer cet onglet » ci-dessus, ou faites un clic droit sur la publication et choisissez « Enregistrer avec Beacon ».',
  'watch.diag.title': 'Diagnostic',
  'watch.diag.intro':
    'Ce que les boutons de Beacon ont trouvé sur chaque plateforme. Ces chiffres restent sur cet appareil, ne sont jamais envoyés et sont effacés avec vos données. Copiez-les dans un signalement de bug si le bouton n’apparaît plus.',
  'watch.diag.platform': 'Plateforme',
  'watch.diag.version': 'Version de l’adaptateur',
  'watch.diag.pages': 'Pages lues',
  'watch.diag.posts': 'Boutons placés',
  'watch.diag.noButton': 'Médias sans bouton',
  'watch.diag.postsFound': 'Publications trouvées',
  'watch.diag.reads': 'Publications lues pour une capture',
  'watch.diag.failures': 'Problèmes de lecture',
  'watch.diag.none': 'aucun',
  'watch.diag.reason.no-permalink': 'pas de lien vers la publication',
  'watch.diag.reason.no-media': 'plus de média',
  'watch.diag.reason.not-a-post': 'pas une publication',
  'watch.diag.reason.error': 'lecture impossible',
  'watch.diag.reason.no-author': 'pas d’auteur',
  'watch.diag.reason.bad-id': 'identifiant ou nom d’une forme inattendue',
  'watch.diag.reason.truncated': 'un champ coupé ou laissé de côté',
  'watch.diag.empty': 'Rien n’a encore été compté.',
  'watch.diag.copy': 'Copier pour un signalement de bug',
  'watch.diag.copied': 'Copié.',
  'watch.diag.copyFailed': 'Copie impossible. Sélectionnez le texte et copiez-le.',
  'watch.diag.text.title': 'Beacon {version} — diagnostic du fil',
  'watch.diag.text.row':
    '{platform} v{version} : pages lues {pages}, publications trouvées {posts}, boutons placés {buttons}, médias sans bouton {noButton}, publications lues pour une capture {reads}, problèmes de lecture : {failures}',
  'watch.diag.text.failure': '{reason} [{code}] {count}',
  'watch.diag.clear': 'Effacer les compteurs',
  'watch.diag.watch': 'Suivi des retraits : {state}',
  'watch.diag.watch.active': 'actif',
  'watch.diag.watch.locked-watching':
    'actif même verrouillé (adresses des preuves seulement, sous forme d’empreintes à clé)',
  'watch.diag.watch.paused': 'en pause jusqu’au déverrouillage (le navigateur a redémarré)',
  'watch.checkNow': 'Vérifier maintenant',
  'watch.lastSeen': 'Vu pour la dernière fois',
  'watch.neverSeen': 'Pas encore vu',
};
