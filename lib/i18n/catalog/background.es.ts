import type { Catalog } from '../types';
import type { background as en } from './background.en';

export const background: Catalog<typeof en> = {
  'menu.capture': 'Guardar con Beacon',
  'reminders.recheck.title': 'Beacon: toca comprobar de nuevo',
  'reminders.recheck.message':
    'Es momento de comprobar de nuevo un enlace. Abre para ver qué hacer.',
  'reminders.normal.title': 'Beacon: toca hacer un seguimiento',
  'reminders.normal.message':
    'Una denuncia espera respuesta. Abre para ver qué puedes hacer a continuación.',
  'reminders.discreet.title': 'Notas: recordatorio',
  'reminders.discreet.message': 'Tienes un recordatorio.',
  'reminders.snooze': 'Recuérdamelo mañana',
  'reminders.done': 'Hecho',
  'badge.saved': 'Guardado en Beacon',
  'undo.done': 'Deshecho: Beacon ya no guarda esta captura.',
  'undo.doneLogged':
    'Deshecho: se quitó esta captura. La cronología de tu caso guarda una línea que lo dice.',
  'undo.gone': 'Esta captura ya no está en tu caso.',
  'undo.notHere':
    'Esta captura ya no se puede deshacer desde aquí. Usa las capturas recientes de la ventana de Beacon, o tu caso.',
  'undo.locked': 'Esta captura ya está en tu caso. Desbloquea Beacon para deshacerla.',
  'caseop.full.evidence':
    'Este caso está lleno: puede guardar como máximo {max} pruebas. No se añadió nada. Puedes abrir un caso nuevo para lo demás.',
  'caseop.full.proofs':
    'Este caso está lleno: puede guardar como máximo {max} documentos. No se añadió nada.',
  'caseop.full.reports':
    'Este caso está lleno: puede guardar como máximo {max} denuncias. No se añadió nada. Puedes abrir un caso nuevo para lo demás.',
  'caseop.full.notes':
    'Este caso está lleno: puede guardar como máximo {max} notas. No se añadió nada.',
  'caseop.full.stepsDone':
    'Este caso puede guardar como máximo {max} pasos marcados como hechos. No se cambió nada.',
  'caseop.full.noticeEdits':
    'Este caso puede guardar como máximo {max} escritos editados. No se guardó nada; puedes volver al texto preparado de uno que ya no necesites.',
  'caseop.full.hashReceipts':
    'Este caso puede guardar como máximo {max} recibos. No se añadió nada; puedes eliminar uno que ya no necesites.',
  'caseop.full.changes':
    'La cronología de este caso está llena ({max} líneas). No se cambió nada. Puedes abrir un caso nuevo.',
  'caseop.idTaken': 'Este elemento ya está en tu caso. No se cambió nada.',
  'caseop.noNewId':
    'Beacon no pudo crear el elemento nuevo en este momento. No se cambió nada; inténtalo de nuevo.',
  'caseop.notFound.evidence':
    'Esta prueba ya no está en tu caso (quizá se eliminó en otra ventana). No se cambió nada.',
  'caseop.notFound.report':
    'Esta denuncia ya no está en tu caso (quizá se eliminó en otra ventana). No se cambió nada.',
  'caseop.notFound.proof':
    'Este documento ya no está en tu caso (quizá se eliminó en otra ventana). No se cambió nada.',
  'caseop.notFound.note':
    'Esta nota ya no está en tu caso (quizá se eliminó en otra ventana). No se cambió nada.',
  'caseop.notFound.receipt':
    'Este recibo ya no está en tu caso (quizá se eliminó en otra ventana). No se cambió nada.',
  'vault.noVault': 'Todavía no hay ningún caso de Beacon en este navegador.',
  'vault.locked': 'Tu caso está bloqueado. Desbloquéalo con tu frase de contraseña.',
  'vault.needsUpdate':
    'Beacon no puede cambiar los casos guardados hasta que se actualicen a esta versión: {detail} Tus datos se conservan tal como estaban; puedes exportarlos.',
  'vault.caseNotFound': 'Ese caso ya no está en Beacon.',
  'vault.notRecent': 'Esta captura no está entre las recientes.',
  'vault.proofNotFound': 'Ese documento no está en este caso.',
  'vault.proofUnreadable': 'No se pudo leer el archivo.',
  'vault.proofTooLarge':
    'El archivo pesa más de {size} MB, el máximo que Beacon guarda por documento.',
  'vault.proofFileMissing': 'No se encuentra el archivo de este documento.',
  'vault.proofFileDamaged': 'El archivo guardado de este documento está dañado.',
  'vault.proofNoFile': 'Este documento no tiene archivo.',
  'vault.inboxFull':
    'Hay demasiadas capturas en espera. Desbloquea Beacon para guardarlas en tu caso.',
  'vault.pendingFull': 'Hay demasiadas capturas en espera. Abre Beacon y crea primero tu caso.',
  'vault.damagedList':
    'La lista de casos está dañada y no se pudo leer ninguna copia anterior. No se ha cambiado nada.',
  'vault.damagedCase':
    'Un caso guardado está dañado y no se pudo leer ninguna copia anterior. No se ha cambiado nada.',
  'vault.damagedPart':
    'Una parte de un caso guardado está dañada y no se pudo leer ninguna copia anterior. No se ha cambiado nada.',
  'vault.exists': 'Ya hay un caso de Beacon en este navegador.',
  'vault.keyDamaged':
    'La frase de contraseña es correcta, pero la clave guardada está dañada. No se ha cambiado nada.',
  'vault.exportNeedsPassphrase':
    'Una exportación cifrada necesita una frase de contraseña para el archivo.',
  'vault.storageFull':
    'Beacon no pudo guardar porque el disco o el almacenamiento del navegador está lleno. No se ha perdido nada de lo que ya estaba guardado. Libera espacio y vuelve a intentarlo.',
  'vault.tabNoAddress': 'Esta pestaña no tiene una dirección web que Beacon pueda anotar.',
};
