import type { Catalog } from '../types';
import type { files as en } from './files.en';

export const files: Catalog<typeof en> = {
  'files.notAllowed':
    'Beacon ne peut garder que des fichiers PDF, PNG, JPEG, WebP ou HEIC, et le contenu de ce fichier n’en est pas un (ou pas le type qu’indique son nom). Rien n’a été enregistré. Choisissez un scan ou une photo du document.',
  'files.downloaded':
    'Ce fichier ne peut pas être affiché sans risque dans Beacon : il a été téléchargé à la place. Ouvrez-le depuis votre dossier de téléchargements.',
  'files.notImported': 'Le fichier « {name} » ne peut pas être importé.',
  'files.zip.damaged': 'L’archive ZIP est abîmée ou incomplète : elle ne peut pas être lue.',
  'files.zip.tooManyEntries': 'Le ZIP contient plus de {count} fichiers.',
  'files.zip.twice': 'Le ZIP contient deux fois « {name} » : il ne peut pas être lu sans risque.',
  'files.zip.tooMuch': 'Le ZIP une fois décompressé dépasse {size} Mo.',
  'files.zip.caseJsonTooBig': 'Le fichier case.json du ZIP dépasse {size} Mo.',
  'files.zip.noCaseJson': 'Le ZIP ne contient pas de case.json : ce n’est pas un export de Beacon.',
  'files.zip.listedTwice': 'Le fichier « {name} » figure deux fois dans case.json.',
  'files.zip.largerThanListed':
    'Le fichier « {name} » du ZIP est plus grand qu’indiqué : il ne peut pas être lu sans risque.',
  'files.zip.missing': 'Le fichier « {name} » indiqué dans case.json manque dans le ZIP.',
  'files.import.caseTwice': 'Le fichier contient deux fois le dossier « {id} ».',
  'files.import.itemTwice':
    'Le dossier « {title} » contient deux éléments avec l’identifiant « {id} ».',
  'files.import.orphanFile':
    'Le fichier « {name} » ne correspond à aucune preuve du fichier importé.',
  'files.zip.damagedFile':
    'Le fichier « {name} » du ZIP est abîmé (sa taille ou son SHA-256 n’est pas celui indiqué).',
  'files.what.encrypted': 'Le fichier chiffré',
  'files.what.caseJson': 'Le fichier case.json',
  'files.what.caseData': 'Les données du dossier',
  'files.import.empty': 'Le fichier est vide.',
  'files.import.tooLarge': 'Le fichier dépasse {size} Mo, le maximum que Beacon importe.',
  'files.import.notBeacon':
    'Ce n’est pas un fichier exporté par Beacon (ni un ZIP de Beacon, ni un fichier chiffré de Beacon).',
  'files.import.noFormatName':
    'Ce n’est pas un fichier exporté par Beacon (le nom de son format manque ou est différent).',
  'files.import.noFormatVersion': 'Le fichier n’indique pas de version de format.',
  'files.import.newerFormat':
    'Le fichier a été créé par une version plus récente de Beacon (format {version} ; cette version lit jusqu’au format {max}). Mettez Beacon à jour, puis importez-le de nouveau.',
  'files.import.unknownFormat':
    'La version de format du fichier ({version}) n’a jamais été écrite par Beacon.',
  'files.import.notText': '{what} est abîmé (ce n’est pas du texte valide).',
  'files.import.unreadable':
    '{what} ne peut pas être lu (détail technique, en anglais : {detail}).',
  'files.import.shape':
    '{what} n’a pas la forme attendue (détail technique, en anglais : {detail}).',
  'files.import.shapeAt':
    '{what} n’a pas la forme attendue à {path} (détail technique, en anglais : {detail}).',
  'files.import.unsafeKeys':
    'Le fichier ne peut pas être ouvert sans risque (détail technique, en anglais : {detail}).',
  'files.import.needsPassphrase':
    'Ce fichier est protégé par une phrase secrète. Tapez celle choisie lors de son export.',
  'files.import.wrongPassphrase':
    'Cette phrase secrète n’ouvre pas ce fichier. Vérifiez-la et réessayez (c’est celle choisie lors de l’export du fichier).',
  'files.import.sealMismatch':
    'La phrase secrète est juste, mais le fichier est abîmé ou a été modifié après l’export : son contenu ne correspond pas à son sceau.',
  'files.import.headerMismatch':
    'L’en-tête du fichier et son contenu portent des SHA-256 différents : il a été modifié après l’export.',
  'files.import.hashMismatch':
    'Le contenu ne correspond pas au SHA-256 inscrit dans le fichier : il a été modifié ou abîmé après l’export.',
  'files.import.noDataVersion': 'Le fichier n’indique pas de version des données du dossier.',
  'files.import.newerData':
    'Les dossiers de ce fichier ont été écrits par une version plus récente de Beacon (données en version {version} ; celle-ci lit jusqu’à la version {max}). Mettez Beacon à jour, puis importez-le de nouveau.',
  'files.import.cantUpdate':
    'Beacon ne peut pas mettre à jour les dossiers de ce fichier depuis la version de données {version} (détail technique, en anglais : {detail}).',
  'files.import.notBase64':
    'Le fichier n’a pas pu être lu (les données reçues n’étaient pas en base64).',
};
