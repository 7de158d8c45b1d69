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
  'caseop.full.evidence':
    'Ce dossier est plein : il peut contenir au plus {max} preuves. Rien n’a été ajouté. Vous pouvez ouvrir un nouveau dossier pour la suite.',
  'caseop.full.proofs':
    'Ce dossier est plein : il peut contenir au plus {max} documents. Rien n’a été ajouté.',
  'caseop.full.reports':
    'Ce dossier est plein : il peut contenir au plus {max} signalements. Rien n’a été ajouté. Vous pouvez ouvrir un nouveau dossier pour la suite.',
  'caseop.full.notes':
    'Ce dossier est plein : il peut contenir au plus {max} notes. Rien n’a été ajouté.',
  'caseop.full.stepsDone':
    'Ce dossier peut garder au plus {max} étapes marquées comme faites. Rien n’a été modifié.',
  'caseop.full.noticeEdits':
    'Ce dossier peut garder au plus {max} courriers modifiés. Rien n’a été enregistré ; vous pouvez revenir au texte préparé d’un courrier dont vous n’avez plus besoin.',
  'caseop.full.hashReceipts':
    'Ce dossier peut garder au plus {max} reçus. Rien n’a été ajouté ; vous pouvez supprimer un reçu dont vous n’avez plus besoin.',
  'caseop.full.changes':
    'La chronologie de ce dossier est pleine ({max} lignes). Rien n’a été modifié. Vous pouvez ouvrir un nouveau dossier.',
  'caseop.idTaken': 'Cet élément est déjà dans votre dossier. Rien n’a été modifié.',
  'caseop.noNewId':
    'Beacon n’a pas pu créer le nouvel élément pour l’instant. Rien n’a été modifié ; réessayez.',
  'caseop.notFound.evidence':
    'Cette preuve n’est plus dans votre dossier (elle a peut-être été supprimée dans une autre fenêtre). Rien n’a été modifié.',
  'caseop.notFound.report':
    'Ce signalement n’est plus dans votre dossier (il a peut-être été supprimé dans une autre fenêtre). Rien n’a été modifié.',
  'caseop.notFound.proof':
    'Ce document n’est plus dans votre dossier (il a peut-être été supprimé dans une autre fenêtre). Rien n’a été modifié.',
  'caseop.notFound.note':
    'Cette note n’est plus dans votre dossier (elle a peut-être été supprimée dans une autre fenêtre). Rien n’a été modifié.',
  'caseop.notFound.receipt':
    'Ce reçu n’est plus dans votre dossier (il a peut-être été supprimé dans une autre fenêtre). Rien n’a été modifié.',
  'vault.noVault': 'Il n’y a pas encore de dossier Beacon dans ce navigateur.',
  'vault.locked': 'Votre dossier est verrouillé. Déverrouillez-le avec votre phrase secrète.',
  'vault.needsUpdate':
    'Beacon ne peut pas modifier les dossiers enregistrés tant qu’ils ne sont pas mis à jour pour cette version : {detail} Vos données sont gardées telles quelles ; vous pouvez les exporter.',
  'vault.caseNotFound': 'Ce dossier n’existe plus dans Beacon.',
  'vault.notRecent': 'Cette capture ne fait pas partie des captures récentes.',
  'vault.proofNotFound': 'Ce document n’est pas dans ce dossier.',
  'vault.proofUnreadable': 'Le fichier n’a pas pu être lu.',
  'vault.proofTooLarge': 'Le fichier dépasse {size} Mo, le maximum que Beacon garde par document.',
  'vault.proofFileMissing': 'Le fichier de ce document est introuvable.',
  'vault.proofFileDamaged': 'Le fichier enregistré pour ce document est endommagé.',
  'vault.proofNoFile': 'Ce document n’a pas de fichier.',
  'vault.inboxFull':
    'Trop de captures sont en attente. Déverrouillez Beacon pour les ranger dans votre dossier.',
  'vault.pendingFull':
    'Trop de captures sont en attente. Ouvrez Beacon et créez d’abord votre dossier.',
  'vault.damagedList':
    'La liste des dossiers est abîmée et aucune copie antérieure n’a pu être lue. Rien n’a été modifié.',
  'vault.damagedCase':
    'Un dossier enregistré est abîmé et aucune copie antérieure n’a pu être lue. Rien n’a été modifié.',
  'vault.damagedPart':
    'Une partie d’un dossier enregistré est abîmée et aucune copie antérieure n’a pu être lue. Rien n’a été modifié.',
  'vault.exists': 'Un dossier Beacon existe déjà dans ce navigateur.',
  'vault.keyDamaged':
    'La phrase secrète est juste, mais la clé enregistrée est abîmée. Rien n’a été modifié.',
  'vault.exportNeedsPassphrase': 'Un export chiffré a besoin d’une phrase secrète pour le fichier.',
  'vault.storageFull':
    'Beacon n’a pas pu enregistrer : le disque ou le stockage du navigateur est plein. Rien de ce qui était déjà enregistré n’a été perdu. Libérez de la place, puis réessayez.',
  'vault.tabNoAddress': 'Cet onglet n’a pas d’adresse web que Beacon puisse noter.',
};
