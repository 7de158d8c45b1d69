import type { Catalog } from '../types';
import type { files as en } from './files.en';

export const files: Catalog<typeof en> = {
  'files.notAllowed':
    'Beacon solo puede guardar archivos PDF, PNG, JPEG, WebP o HEIC, y el contenido de este archivo no es ninguno de ellos (o no es del tipo que indica su nombre). No se guardó nada. Elige un escaneo o una foto del documento.',
  'files.downloaded':
    'Este archivo no se puede mostrar de forma segura en Beacon, así que se descargó. Ábrelo desde tu carpeta de descargas.',
  'files.notImported': 'No se puede importar el archivo «{name}».',
};
