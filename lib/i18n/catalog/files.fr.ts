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
};
