import type { Catalog } from '../types';
import type { notices as en } from './notices.en';

export const notices: Catalog<typeof en> = {
  'notices.title.platform-child-safety': 'Signalement de protection de l’enfance à la plateforme',
  'notices.title.take-it-down-act': 'Demande de retrait selon la loi TAKE IT DOWN (États-Unis)',
  'notices.title.dsa-article-16':
    'Notification au titre du règlement sur les services numériques (UE, article 16)',
  'notices.title.dmca-512': 'Notification de droit d’auteur DMCA (États-Unis)',
  'notices.title.hotline-summary': 'Résumé pour une plateforme de signalement',
  'notices.title.police-letter': 'Lettre à la police',
  'notices.missingHeader':
    'MANQUANT avant l’envoi : {elements}. Une demande à laquelle il en manque un peut être refusée.',
  'notices.missingMarker': 'manquant : {element}',
  'notices.element.location': 'Où se trouve le contenu (adresses exactes)',
  'notices.element.accounts': 'Comptes concernés',
  'notices.element.age': 'Âge de la personne représentée',
  'notices.element.reporter': 'Qui signale',
  'notices.element.earlier-reports': 'Signalements précédents',
  'notices.element.contact': 'Coordonnées',
  'notices.element.good-faith': 'Déclaration de bonne foi',
  'notices.element.signature': 'Signature (nom complet)',
  'notices.element.authority': 'Qualité pour agir pour la personne représentée',
  'notices.element.explanation': 'Pourquoi le contenu est illicite',
  'notices.element.notifier': 'Votre nom et votre e-mail',
  'notices.element.work': 'L’œuvre protégée (par ex. une photo que vous avez prise)',
  'notices.element.accuracy': 'Déclaration d’exactitude, sous peine de parjure',
  'notices.element.category': 'Nature du contenu',
  'notices.element.country': 'Pays',
  'notices.element.first-seen': 'Vu pour la première fois',
  'notices.element.victim': 'La personne représentée',
  'notices.warning.dmca-uploader':
    'Les plateformes transmettent souvent une notification de droit d’auteur, avec votre nom et vos coordonnées, à la personne qui a publié le contenu. Ne l’utilisez jamais contre quelqu’un qui vous fait chanter ou vous connaît : passez plutôt par la protection de l’enfance ou TAKE IT DOWN.',
  'notices.warning.never-attach':
    'Envoyez seulement les adresses. Ne joignez, ne téléchargez et ne transférez jamais les images, même pour les signaler.',
  'notices.fallback.en':
    'Ce document est rédigé en anglais, langue que lisent les plateformes et les autorités.',
  'notices.beaconNeverSends':
    'Beacon n’envoie jamais rien : copiez-le, imprimez-le ou ouvrez-le dans votre messagerie.',
  'notices.title.platform-appeal': 'Demande de réexamen d’un signalement refusé ou sans réponse',
  'notices.title.hashtag-account':
    'Demande concernant un hashtag ou un compte qui diffuse des contenus d’abus',
  'notices.element.proof': 'Justificatif d’âge (quel document, envoyé quand)',
  'notices.element.sextortion': 'Les menaces (sextorsion)',
  'notices.element.duty': 'Le droit applicable',
  'notices.element.earlier-report': 'Le signalement précédent (date et référence)',
  'notices.element.targets': 'Le hashtag, la recherche ou le compte',
  'notices.element.examples': 'Exemples de publications',
  'notices.reader.heading': 'À lire pour vous ; envoyez le texte anglais',
  'notices.reader.explain':
    'Cette demande va à une entreprise américaine et doit être envoyée en anglais. Voici ce qu’elle dit, dans votre langue.',
  'notices.reader.label': 'Ce que dit le texte anglais : {name}',
  'notices.edit.label': 'Texte à envoyer (vous pouvez le compléter ou le modifier) : {name}',
  'notices.edit.hint':
    'Vous pouvez ajouter une phrase ou modifier le texte avant de le copier. Votre version est gardée, chiffrée, avec le dossier.',
  'notices.edit.saved': 'Votre version est enregistrée.',
  'notices.edit.saving': 'Enregistrement de votre version…',
  'notices.edit.reset': 'Revenir au texte préparé',
  'notices.edit.resetDone': 'Le texte préparé est revenu.',
  'notices.edit.yours': 'Ceci est votre version modifiée.',
  'notices.edit.tooLong':
    'Le texte est trop long pour être gardé (au plus {max} caractères) : raccourcissez-le.',
  'notices.refusal.label': 'Pourquoi ce refus vous semble-t-il injustifié ?',
  'notices.refusal.none': 'Aucune raison indiquée',
  'notices.refusal.proof-ignored': 'La plateforme n’a pas tenu compte du justificatif d’âge',
};
