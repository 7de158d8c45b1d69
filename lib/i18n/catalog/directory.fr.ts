import type { Catalog } from '../types';
import type { directory as en } from './directory.en';

export const directory: Catalog<typeof en> = {
  'directory.unconfirmed': 'Vérifiez ce numéro ou ce lien avant de vous y fier.',
  'directory.anonymous': 'Vous pouvez signaler sans donner votre nom.',
  'directory.prepareTitle': 'À préparer',
  'directory.source': 'Source',
  'directory.verified': 'Vérifié {date}',
  'directory.localEmergency': 'le numéro d’urgence local',
  'directory.kind.platform-form': 'Formulaire de la plateforme',
  'directory.kind.platform-in-app': 'Signaler dans l’application',
  'directory.kind.hotline': 'Plateforme de signalement',
  'directory.kind.hash-service': 'Service de retrait par empreinte',
  'directory.kind.law-enforcement': 'Police',
  'directory.kind.regulator': 'Autorité de régulation',
  'directory.kind.mediation': 'Service de médiation',
  'directory.kind.support-line': 'Ligne d’écoute',
  'directory.kind.crisis-line': 'Ligne de crise',
  'directory.kind.emergency': 'Urgence',
  'directory.kind.legal-aid': 'Aide juridique',
  'directory.prepare.post-url': 'L’adresse (URL) de chaque publication',
  'directory.prepare.profile-url': 'L’adresse du compte qui l’a publiée',
  'directory.prepare.handle': 'Le nom du compte (identifiant)',
  'directory.prepare.date-seen': 'Quand vous l’avez vue (date et heure)',
  'directory.prepare.category': 'Le type de contenu',
  'directory.prepare.own-contact': 'Comment vous joindre',
  'directory.prepare.platform-report-reference':
    'Le numéro de référence de votre signalement à la plateforme',
  'directory.prepare.platform-reply': 'La réponse de la plateforme, avec sa date',
  'directory.prepare.earlier-reports': 'Vos signalements précédents et leurs dates',
  'directory.prepare.age-then-and-now': 'L’âge de la personne représentée, alors et aujourd’hui',
  'directory.prepare.device-with-images': 'L’appareil où sont les images (elles n’en sortent pas)',
  'directory.prepare.messages': 'Les messages, conservés (pas supprimés)',
  'directory.prepare.message-link': 'Un lien vers le message',
  'directory.prepare.case-file': 'Votre dossier imprimé',
  'directory.prepare.service-case-number': 'Le numéro de dossier donné par le service',
  'directory.note.not-for-emergencies': 'Pas pour les urgences : appelez le numéro d’urgence.',
  'directory.note.not-a-reporting-line':
    'Une ligne pour parler à quelqu’un, pas pour faire un signalement.',
  'directory.note.url-only-never-send-files':
    'Envoyez seulement l’adresse (URL). N’envoyez, n’enregistrez et ne transférez jamais les images.',
  'directory.note.name-optional': 'Donner votre nom est facultatif.',
  'directory.note.reference-by-email':
    'Vous recevez un numéro de référence par e-mail si vous donnez une adresse.',
  'directory.note.hash-on-device':
    'Une empreinte (hash) est calculée sur votre appareil ; les images n’en sortent jamais.',
  'directory.note.submit-from-original-device':
    'Utilisez l’appareil sur lequel l’image a été faite. Ne republiez pas l’image ensuite.',
  'directory.note.no-id-needed': 'Aucune pièce d’identité demandée.',
  'directory.note.keep-case-number': 'Notez le numéro de dossier : il ne peut pas être retrouvé.',
  'directory.note.report-platform-first':
    'Si l’image est déjà en ligne, signalez-la d’abord à la plateforme.',
  'directory.note.needs-platform-reply':
    'Ils peuvent aider une fois que vous avez signalé à la plateforme et qu’elle a répondu.',
  'directory.note.may-act-after-a-week':
    'Ils peuvent intervenir si la plateforme n’a pas répondu depuis une semaine.',
  'directory.note.age-check-and-account':
    'Demande une vérification d’âge (13 ans et plus) et un compte Childline.',
  'directory.note.usually-removed-in-a-working-day': 'Retrait habituellement en un jour ouvré.',
  'directory.note.no-status-updates': 'Ils ne donnent pas de nouvelles d’un signalement.',
  'directory.note.no-duplicate-tips': 'Envoyez un seul signalement ; ne le répétez pas.',
  'directory.note.forwards-to-police': 'Ils transmettent les signalements à la police.',
  'directory.note.sends-removal-notices': 'Ils envoient des demandes de retrait aux plateformes.',
  'directory.note.evidence-vault-app':
    'Leur application conserve les preuves et les transmet à la ligne d’écoute.',
  'directory.note.trusted-flagger':
    'Signaleur de confiance : les plateformes doivent traiter ses signalements en priorité.',
  'directory.note.removal-within-24h':
    'Les plateformes doivent appliquer ses demandes de retrait sous 24 heures.',
  'directory.note.tida-48h':
    'Selon la loi américaine TAKE IT DOWN, la plateforme a 48 heures pour retirer le contenu.',
  'directory.note.one-report-per-media': 'Une demande par image ou vidéo.',
  'directory.note.representative-allowed':
    'Quelqu’un peut faire la demande pour la personne représentée.',
  'directory.note.no-account-needed': 'Pas besoin de compte.',
  'directory.note.message-link-needed': 'Demande un lien vers le message.',
  'directory.note.goes-to-platform-only':
    'Ce signalement va seulement à la plateforme, pas à une plateforme de signalement publique.',
  'directory.note.appeal-within-6-months':
    'Vous pouvez contester dans les 6 mois suivant la décision.',
  'directory.note.out-of-court-bodies':
    'Dans l’UE, des organismes certifiés de règlement extrajudiciaire peuvent réexaminer la décision.',
  'directory.note.appeals-centre-europe':
    'Dans l’UE, l’Appeals Centre Europe peut réexaminer la décision.',
  'directory.note.oversight-board':
    'Le Conseil de surveillance (Oversight Board) peut réexaminer certaines décisions.',
  'directory.note.per-state': 'Les plaintes en ligne (Onlinewache) sont gérées par chaque Land.',
  'directory.note.sender-identifies': 'Vous devez donner votre nom.',
  'directory.note.uses-iwf-hashes': 'Utilise la liste d’images connues de l’IWF.',
  'directory.note.find-national-hotline':
    'Donne la plateforme de signalement nationale de chaque pays membre.',
  'directory.note.secretariat-takes-no-reports': 'INHOPE ne reçoit pas de signalements elle-même.',
  'directory.note.being-merged-into-112': 'Ce numéro est en cours de fusion avec le 112.',
  'directory.note.tell-platform-ages':
    'Indiquez à la plateforme votre âge alors et aujourd’hui, et que vous êtes la personne représentée.',
  'directory.note.search-delisting': 'Peut aussi retirer des résultats des moteurs de recherche.',
  'directory.note.copy-permalink-then-open':
    'Copiez d’abord l’adresse de la publication, puis ouvrez le formulaire et collez-la.',
};
