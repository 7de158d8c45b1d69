import type { Catalog } from '../types';
import type { workspace as en } from './workspace.en';

export const workspace: Catalog<typeof en> = {
  // Shell
  'ws.skipToContent': 'Aller au contenu principal',
  'ws.nav.label': 'Parties du dossier',
  'ws.nav.home': 'Accueil',
  'ws.nav.evidence': 'Preuves',
  'ws.nav.proof': 'Justificatifs',
  'ws.nav.reports': 'Signalements',
  'ws.nav.next': 'Étapes suivantes',
  'ws.nav.timeline': 'Chronologie',
  'ws.nav.settings': 'Réglages',
  'ws.nav.help': 'Aide',
  'ws.header.case': 'Dossier : {title}',
  'ws.header.switchCase': 'Ouvrir un autre dossier',
  'ws.lock': 'Verrouiller',
  'ws.quickExit.hint': 'ou appuyez 3 fois sur Maj',
  'ws.quickExit.label': 'Sortie rapide : fermer Beacon et ouvrir une recherche météo',
  'ws.notFound': 'Cette page n’existe pas. Voici l’accueil de votre dossier.',
  'ws.screenFailed': 'Cette partie de Beacon n’a pas pu se charger : {message}',
  'ws.retry': 'Réessayer',
  'ws.noCase': 'Aucun dossier n’est ouvert. Créez-en un dans les réglages.',
  'ws.unreachable': 'Beacon n’a pas pu joindre son service en arrière-plan : {message}',
  'ws.migrationFailed':
    'Votre dossier a été enregistré par une autre version de Beacon et n’a pas pu être mis à jour ({message}). Rien n’a été modifié. Vous pouvez l’exporter depuis les réglages.',
  'ws.recovered':
    'Certains enregistrements étaient endommagés. Beacon a utilisé leur dernière copie valide ; vérifiez vos dernières modifications.',
  'ws.capturesAddedOne': '1 capture en attente a été ajoutée à votre dossier.',
  'ws.capturesAddedMany': '{count} captures en attente ont été ajoutées à votre dossier.',
  'ws.capturesWaitingOne':
    '1 capture est en attente. Elle sera ajoutée à votre dossier quand vous aurez terminé.',
  'ws.capturesWaitingMany':
    '{count} captures sont en attente. Elles seront ajoutées à votre dossier quand vous aurez terminé.',
  'ws.dismiss': 'Masquer',

  // Onboarding
  'ob.title': 'Configurer Beacon',
  'ob.step': 'Étape {n} sur {total}',
  'ob.safety.heading': 'D’abord, votre sécurité',
  'ob.country': 'Pays où vous vivez',
  'ob.country.other': 'Un autre pays',
  'ob.language': 'Langue',
  'ob.emergency': 'Si quelqu’un est en danger en ce moment, appelez le {number}.',
  'ob.emergencyOther':
    'Si quelqu’un est en danger en ce moment, appelez le numéro d’urgence de votre pays (112 dans l’Union européenne, 911 aux États-Unis et au Canada).',
  'ob.sext.heading': 'Si quelqu’un menace de diffuser des images',
  'ob.sext.notFault': 'Ce n’est pas votre faute. La personne qui menace est la seule responsable.',
  'ob.sext.dontPay': 'Ne payez pas. Payer fait rarement cesser le chantage.',
  'ob.sext.stopReplying': 'Arrêtez de lui répondre.',
  'ob.sext.dontDelete': 'Ne supprimez ni le compte ni les messages : ce sont des preuves.',
  'ob.sext.block': 'Notez l’adresse de son profil et son nom d’utilisateur, puis bloquez-le.',
  'ob.sext.tell':
    'Parlez-en à une personne de confiance. Vous n’avez pas à affronter cela seul ou seule.',
  'ob.rule.heading': 'Ne gardez pas et ne partagez pas les images',
  'ob.rule.text':
    'Ne les téléchargez pas, ne faites pas de capture d’écran, ne les transférez pas et ne les republiez pas, même pour les signaler. Notez plutôt où elles se trouvent. Beacon ne garde que des liens, des noms d’utilisateur et des dates — jamais les images.',
  'ob.continue': 'Continuer',
  'ob.back': 'Retour',
  'ob.about.heading': 'À propos de ce dossier',
  'ob.about.intro':
    'Quatre questions rapides pour que Beacon vous indique les bons endroits où signaler.',
  'ob.role.legend': 'Qui êtes-vous ?',
  'ob.role.victim': 'La personne à qui cela arrive',
  'ob.role.parent': 'Un parent ou un tuteur',
  'ob.role.advocate': 'Un ou une intervenante, ou un professionnel qui aide quelqu’un',
  'ob.role.other': 'Quelqu’un d’autre',
  'ob.age.legend': 'Quel âge avait la personne quand les images ont été faites ?',
  'ob.age.minor': 'Moins de 18 ans',
  'ob.age.adult': '18 ans ou plus',
  'ob.age.unknown': 'Je ne sais pas',
  'ob.sextortion.legend':
    'Quelqu’un menace-t-il de diffuser des images, ou demande-t-il de l’argent ou d’autres images ?',
  'ob.danger.legend': 'Quelqu’un est-il en danger en ce moment ?',
  'ob.yes': 'Oui',
  'ob.no': 'Non',
  'ob.dangerNow':
    'Appelez le {number} maintenant. Votre dossier vous attendra quand vous reviendrez.',
  'ob.dangerNowOther':
    'Appelez maintenant le numéro d’urgence de votre pays (112 dans l’Union européenne, 911 aux États-Unis et au Canada). Votre dossier vous attendra quand vous reviendrez.',
  'ob.pass.heading': 'Protégez votre dossier par une phrase secrète',
  'ob.pass.intro':
    'Votre dossier est chiffré sur cet ordinateur. Seule cette phrase secrète l’ouvre. Les captures faites pendant qu’il est verrouillé sont quand même enregistrées.',
  'ob.pass.label': 'Phrase secrète',
  'ob.pass.hint':
    'Trois ou quatre mots sans rapport entre eux : faciles à retenir, difficiles à deviner.',
  'ob.pass.confirm': 'Retapez la phrase secrète',
  'ob.pass.show': 'Afficher la phrase secrète',
  'ob.pass.warning':
    'Si vous l’oubliez, personne ne pourra récupérer votre dossier — pas même Beacon. Notez-la et gardez-la en lieu sûr.',
  'ob.pass.ack': 'Je comprends que ma phrase secrète ne peut pas être récupérée',
  'ob.create': 'Créer mon dossier',
  'ob.creating': 'Création de votre dossier… cela prend quelques secondes.',
  'ob.defaultTitle': 'Mon dossier',
  'ob.err.choose': 'Veuillez choisir une réponse.',
  'ob.err.short': 'Utilisez au moins 8 caractères.',
  'ob.err.mismatch': 'Les deux phrases secrètes ne sont pas identiques.',
  'ob.err.ack': 'Cochez la case pour indiquer que vous avez lu ceci.',
  'ob.err.failed':
    'Votre dossier n’a pas pu être créé : {message}. Rien n’a été perdu ; veuillez réessayer.',

  // Passphrase strength meter
  'strength.label': 'Solidité : {level}',
  'strength.0': 'très faible',
  'strength.1': 'faible',
  'strength.2': 'moyenne',
  'strength.3': 'bonne',
  'strength.4': 'forte',
  'strength.tip.too-short': 'Utilisez au moins 8 caractères.',
  'strength.tip.common': 'C’est l’un des mots de passe les plus utilisés. Choisissez autre chose.',
  'strength.tip.repeated': 'Les caractères répétés (aaa) apportent peu.',
  'strength.tip.sequence': 'Les suites (abc, 123) sont faciles à deviner.',
  'strength.tip.add-words': 'Ajoutez un ou deux mots.',
  'strength.tip.mix-characters': 'Des majuscules, chiffres ou symboles aident un peu.',

  // Unlock
  'unlock.heading': 'Ouvrir votre dossier',
  'unlock.intro': 'Votre dossier est verrouillé. Saisissez votre phrase secrète pour l’ouvrir.',
  'unlock.label': 'Phrase secrète',
  'unlock.submit': 'Ouvrir mon dossier',
  'unlock.opening': 'Ouverture…',
  'unlock.wrong':
    'Cette phrase secrète n’a pas ouvert le dossier. Vérifiez la touche Verr. Maj et réessayez.',
  'unlock.wait': 'Trop d’essais. Attendez {seconds} secondes avant de réessayer.',
  'unlock.inboxOne':
    '1 capture faite pendant le verrouillage sera ajoutée quand vous ouvrirez votre dossier.',
  'unlock.inboxMany':
    '{count} captures faites pendant le verrouillage seront ajoutées quand vous ouvrirez votre dossier.',
  'unlock.forgot.summary': 'Phrase secrète oubliée ?',
  'unlock.forgot.text':
    'Elle ne peut pas être récupérée : votre dossier est chiffré avec elle. Si vous avez un fichier exporté, vous pouvez recommencer et l’importer. Recommencer supprime tout ce que Beacon conserve sur cet ordinateur.',

  // Settings
  'settings.heading': 'Réglages',
  'settings.saved': 'Enregistré.',
  'settings.general': 'Langue et pays',
  'settings.language': 'Langue',
  'settings.country': 'Pays',
  'settings.security': 'Verrouillage',
  'settings.autoLock': 'Verrouiller automatiquement après (minutes sans utilisation)',
  'settings.autoLockHelp':
    'Beacon se verrouille aussi quand l’écran de l’ordinateur se verrouille.',
  'settings.followUp': 'Me rappeler de relancer un signalement après (heures)',
  'settings.followUpHelp':
    '48 heures, c’est le délai de retrait prévu par la loi américaine TAKE IT DOWN ; beaucoup de plateformes répondent plus vite.',
  'settings.numberRange': 'Saisissez un nombre entier de {min} à {max}.',
  'settings.saveChanges': 'Enregistrer',
  'settings.privacy': 'Confidentialité',
  'settings.discreet': 'Mode discret',
  'settings.discreetHelp':
    'Affiche le nom « Notes » et une icône de bloc-notes au lieu de Beacon dans le titre de l’onglet et la barre d’outils, et retire les mots sensibles des rappels.',
  'settings.quickExit.heading': 'Sortie rapide',
  'settings.quickExit.text':
    'Le bouton Sortie rapide, ou trois appuis sur Maj, ferme tous les onglets de Beacon, verrouille votre dossier et ouvre une recherche météo.',
  'settings.quickExit.limits':
    'Elle ne peut pas cacher votre historique de navigation, vos téléchargements ni le bouton Beacon dans la barre d’outils. Si quelqu’un peut consulter ce navigateur, utilisez le mode discret et effacez ensuite votre historique.',
  'settings.cases.heading': 'Dossiers',
  'settings.cases.intro':
    'Vous pouvez tenir un dossier séparé pour chaque personne que vous aidez.',
  'settings.cases.summary': 'Preuves : {evidence} · Signalements : {reports}',
  'settings.cases.open': 'Ouvrir',
  'settings.cases.current': 'Ouvert',
  'settings.cases.newTitle': 'Nom du nouveau dossier',
  'settings.cases.create': 'Créer le dossier',
  'settings.cases.delete': 'Supprimer ce dossier',
  'settings.cases.deleteConfirm':
    'Supprimer « {title} » et tout son contenu ? C’est définitif. Tapez {word} pour confirmer.',
  'settings.passphrase.heading': 'Changer de phrase secrète',
  'settings.passphrase.current': 'Phrase secrète actuelle',
  'settings.passphrase.next': 'Nouvelle phrase secrète',
  'settings.passphrase.confirm': 'Retapez la nouvelle phrase secrète',
  'settings.passphrase.submit': 'Changer de phrase secrète',
  'settings.passphrase.done': 'Votre phrase secrète a été changée.',
  'settings.export.heading': 'Exporter',
  'settings.export.intro':
    'Enregistrez une copie de votre dossier pour la mettre à l’abri ou la confier à une personne de confiance, comme une intervenante ou un avocat.',
  'settings.export.which': 'Que faut-il exporter ?',
  'settings.export.current': 'Ce dossier',
  'settings.export.all': 'Tous les dossiers',
  'settings.export.format': 'Format',
  'settings.export.encrypted': 'Fichier chiffré (il faut une phrase secrète pour l’ouvrir)',
  'settings.export.plain': 'Fichier ZIP non protégé (toute personne qui a le fichier peut le lire)',
  'settings.export.plainWarning':
    'Un fichier non protégé peut être lu par toute personne qui l’obtient : noms, liens et notes de votre dossier. Ne le donnez qu’à une personne de confiance et supprimez-le quand elle l’a reçu.',
  'settings.export.plainAck': 'Je comprends que ce fichier n’est pas protégé',
  'settings.export.passphrase': 'Phrase secrète de ce fichier',
  'settings.export.passphraseHelp':
    'Elle peut être différente de votre phrase secrète Beacon. La personne qui ouvrira le fichier en aura besoin.',
  'settings.export.submit': 'Exporter',
  'settings.export.done': 'Enregistré sous {file}. Code de contrôle (SHA-256) : {sha}',
  'settings.import.heading': 'Importer',
  'settings.import.intro':
    'Ajoutez des dossiers depuis un fichier exporté par Beacon. Rien de ce qui est déjà dans votre dossier n’est modifié ni supprimé.',
  'settings.import.file': 'Fichier exporté',
  'settings.import.passphrase': 'Phrase secrète du fichier (s’il est chiffré)',
  'settings.import.preview': 'Vérifier le fichier',
  'settings.import.summaryHeading': 'Ce fichier va ajouter :',
  'settings.import.caseNew':
    '« {title} », nouveau dossier — preuves : {evidence}, signalements : {reports}, justificatifs : {proofs}, notes : {notes}.',
  'settings.import.caseExisting':
    'Ajouts à « {title} » — preuves : {evidence}, signalements : {reports}, justificatifs : {proofs}, notes : {notes}.',
  'settings.import.conflicts':
    'Éléments différents de votre copie (votre copie est conservée) : {count}.',
  'settings.import.records':
    'Détails du chantage (menaces) : {sextortion}. Reçus des services d’empreintes : {receipts}. Ce que vous avez déjà est conservé.',
  'settings.import.notFitting': 'Entrées non ajoutées car la liste est pleine : {count}.',
  'settings.import.nothing':
    'Rien de nouveau : tout ce que contient ce fichier est déjà dans votre dossier.',
  'settings.import.apply': 'Ajouter à mes dossiers',
  'settings.import.done': 'Importé.',
  'settings.import.noFile': 'Choisissez d’abord un fichier.',
  'settings.import.tooBig': 'Ce fichier dépasse 200 Mo : Beacon ne l’a pas ouvert.',
  'settings.danger.heading': 'Tout supprimer',
  'settings.wipe.text':
    'Supprime tous les dossiers, justificatifs et captures que Beacon conserve sur cet ordinateur. C’est définitif. Exportez d’abord si vous pourriez en avoir besoin.',
  'settings.wipe.confirmLabel': 'Tapez {word} pour confirmer',
  'settings.wipe.word': 'SUPPRIMER',
  'settings.wipe.submit': 'Tout supprimer',
  'settings.wipe.mismatch': 'Tapez {word} en majuscules pour confirmer.',
  'settings.failed': 'Cela n’a pas fonctionné : {message}. Rien n’a été modifié.',

  // Help / support corner
  'help.heading': 'Obtenir de l’aide',
  'help.emergencyHeading': 'En danger en ce moment ?',
  'help.emergency': 'Appelez le {number}.',
  'help.emergencyOther':
    'Appelez le numéro d’urgence de votre pays (112 dans l’Union européenne, 911 aux États-Unis et au Canada).',
  'help.countryLabel': 'Aide pour',
  'help.linesHeading': 'Quelqu’un à qui parler',
  'help.reportHeading': 'Où signaler',
  'help.checkNumber': 'numéro à vérifier',
  'help.call': 'Appeler le {number}',
  'help.text': 'Envoyer {text} par SMS au {number}',
  'help.textOnly': 'SMS au {number}',
  'help.whatsapp': 'WhatsApp {number}',
  'help.website': 'Site : {url}',
  'help.email': 'E-mail : {email}',
  'help.hours': 'Horaires : {hours}',
  'help.anonymous': 'Vous n’êtes pas obligé de donner votre nom.',
  'help.none': 'Beacon ne connaît pas encore de ligne d’écoute pour ce pays.',
  'help.directoryMissing': 'La liste des services n’est pas disponible dans cette version.',
  'help.donts.heading': 'Ce qu’il ne faut pas faire',
  'help.dont.save':
    'Ne téléchargez pas, n’enregistrez pas, ne faites pas de capture d’écran, ne transférez pas et ne republiez pas les images ou vidéos — même pour les signaler. Les copier peut être en soi une infraction. Donnez plutôt l’adresse (URL).',
  'help.dont.delete':
    'Ne supprimez ni le compte ni les messages. Gardez les noms d’utilisateur, les adresses de profil, les dates et les messages : ce sont les preuves.',
  'help.dont.pay':
    'Si quelqu’un vous menace : ne payez pas, arrêtez de répondre et bloquez-le après avoir noté son profil.',
  'help.dont.recovery':
    'Méfiez-vous des services payants de « récupération » : ce sont souvent des arnaques.',
  'help.notYourFault': 'Rien de tout cela n’est de votre faute.',
  'help.quickExitHeading': 'Partir rapidement',

  // Popup
  'popup.setUp': 'Configurer Beacon',
  'popup.setUpIntro':
    'Beacon n’est pas encore configuré. Les captures sont gardées jusqu’à la création de votre dossier.',
  'popup.locked': 'Votre dossier est verrouillé. Les captures sont quand même enregistrées.',
  'popup.open': 'Ouvrir mon dossier',
  'popup.unlock': 'Ouvrir et déverrouiller',
  'popup.counts': 'Preuves : {evidence} · Signalements : {reports}',
  'popup.dueOne': '1 relance à faire',
  'popup.dueMany': '{count} relances à faire',
  'popup.noDue': 'Aucune relance à faire',
  'popup.savedTo': 'Enregistré dans « {title} ».',
  'popup.savedLocked': 'Enregistré. Ce sera ajouté à votre dossier quand vous le déverrouillerez.',
  'popup.savedPending': 'Enregistré. Ce sera ajouté quand vous créerez votre dossier.',
};
