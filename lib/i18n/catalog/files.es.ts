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
  'files.what.encrypted': 'El archivo cifrado',
  'files.what.caseJson': 'El archivo case.json',
  'files.what.caseData': 'Los datos del caso',
  'files.import.empty': 'El archivo está vacío.',
  'files.import.tooLarge': 'El archivo supera los {size} MB, el máximo que Beacon importa.',
  'files.import.notBeacon':
    'Este no es un archivo exportado por Beacon (no es un ZIP de Beacon ni un archivo cifrado de Beacon).',
  'files.import.noFormatName':
    'Este no es un archivo exportado por Beacon (falta el nombre de su formato o es otro).',
  'files.import.noFormatVersion': 'El archivo no indica ninguna versión de formato.',
  'files.import.newerFormat':
    'El archivo se creó con una versión más reciente de Beacon (formato {version}; esta versión lee hasta el formato {max}). Actualiza Beacon y vuelve a importarlo.',
  'files.import.unknownFormat':
    'Beacon nunca ha escrito la versión de formato de este archivo ({version}).',
  'files.import.notText': '{what} está dañado (no es texto válido).',
  'files.import.unreadable': '{what} no se puede leer (detalle técnico, en inglés: {detail}).',
  'files.import.shape': '{what} no tiene la forma esperada (detalle técnico, en inglés: {detail}).',
  'files.import.shapeAt':
    '{what} no tiene la forma esperada en {path} (detalle técnico, en inglés: {detail}).',
  'files.import.unsafeKeys':
    'El archivo no se puede abrir de forma segura (detalle técnico, en inglés: {detail}).',
  'files.import.needsPassphrase':
    'Este archivo está protegido con una frase de contraseña. Escribe la que se eligió al exportarlo.',
  'files.import.wrongPassphrase':
    'Esa frase de contraseña no abre este archivo. Revísala e inténtalo de nuevo (es la que se eligió al exportar el archivo).',
  'files.import.sealMismatch':
    'La frase de contraseña es correcta, pero el archivo está dañado o se modificó después de exportarlo: su contenido no coincide con su sello.',
  'files.import.headerMismatch':
    'La cabecera del archivo y su contenido tienen SHA-256 distintos: se modificó después de exportarlo.',
  'files.import.hashMismatch':
    'El contenido no coincide con el SHA-256 escrito en el archivo: se modificó o se dañó después de exportarlo.',
  'files.import.noDataVersion': 'El archivo no indica la versión de los datos del caso.',
  'files.import.newerData':
    'Los casos de este archivo los escribió una versión más reciente de Beacon (datos en versión {version}; esta lee hasta la versión {max}). Actualiza Beacon y vuelve a importarlo.',
  'files.import.cantUpdate':
    'Beacon no puede actualizar los casos de este archivo desde la versión de datos {version} (detalle técnico, en inglés: {detail}).',
  'files.import.notBase64':
    'No se pudo leer el archivo (los datos recibidos no estaban en base64).',
};
