import type { Catalog } from '../types';
import type { files as en } from './files.en';

export const files: Catalog<typeof en> = {
  'files.notAllowed':
    'Beacon solo puede guardar archivos PDF, PNG, JPEG, WebP o HEIC, y el contenido de este archivo no es ninguno de ellos (o no es del tipo que indica su nombre). No se guardó nada. Elige un escaneo o una foto del documento.',
  'files.downloaded':
    'Este archivo no se puede mostrar de forma segura en Beacon, así que se descargó. Ábrelo desde tu carpeta de descargas.',
  'files.notImported': 'No se puede importar el archivo «{name}».',
  'files.zip.damaged': 'El archivo ZIP está dañado o incompleto, así que no se puede leer.',
  'files.zip.tooManyEntries': 'El ZIP contiene más de {count} archivos.',
  'files.zip.twice': 'El ZIP contiene dos veces «{name}», así que no se puede leer con seguridad.',
  'files.zip.tooMuch': 'El ZIP descomprimido ocupa más de {size} MB.',
  'files.zip.caseJsonTooBig': 'El case.json del ZIP ocupa más de {size} MB.',
  'files.zip.noCaseJson': 'El ZIP no contiene case.json, así que no es una exportación de Beacon.',
  'files.zip.listedTwice': 'El archivo «{name}» aparece dos veces en case.json.',
  'files.zip.largerThanListed':
    'El archivo «{name}» del ZIP es más grande de lo indicado, así que no se puede leer con seguridad.',
  'files.zip.missing': 'Falta en el ZIP el archivo «{name}» que indica case.json.',
  'files.import.caseTwice': 'El archivo contiene dos veces el caso «{id}».',
  'files.import.itemTwice': 'El caso «{title}» tiene dos elementos con el identificador «{id}».',
  'files.import.orphanFile':
    'El archivo «{name}» no corresponde a ninguna prueba del archivo importado.',
  'files.zip.damagedFile':
    'El archivo «{name}» del ZIP está dañado (su tamaño o su SHA-256 no es el indicado).',
};
