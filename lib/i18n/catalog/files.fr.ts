import type { Catalog } from '../types';
import type { files as en } from './files.en';

export const files: Catalog<typeof en> = {
  'files.notAllowed':
    'Beacon ne peut garder que des fichiers PDF, PNG, JPEG, WebP ou HEIC, et le contenu de ce fichier n’en est pas un (ou pas le type qu’indique son nom). Rien n’a été enregistré. Choisissez un scan ou une photo du document.',
  'files.downloaded':
    'Ce fichier ne peut pas être affiché sans risque dans Beacon : il a été téléchargé à la place. Ouvrez-le depuis votre dossier de téléchargements.',
  'files.notImported': 'Le fichier « {name} » ne peut pas être importé.',
};
