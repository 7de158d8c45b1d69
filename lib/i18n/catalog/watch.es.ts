import type { watch as en } from './watch.en';

export const watch: Record<keyof typeof en, string> = {
  'watch.noButton': 'Beacon no puede poner su botón en esta página.',
  'watch.noButtonHint':
    'Usa «Guardar esta pestaña» arriba, o haz clic derecho en la publicación y elige «Guardar con Beacon».',
  'watch.diag.title': 'Diagnóstico',
  'watch.diag.intro':
    'Lo que los botones de Beacon encontraron en cada plataforma. Estos datos se quedan en este dispositivo, nunca se envían y se borran con tus datos. Cópialos en un informe de error si el botón deja de aparecer.',
  'watch.diag.platform': 'Plataforma',
  'watch.diag.version': 'Versión del adaptador',
  'watch.diag.pages': 'Páginas leídas',
  'watch.diag.posts': 'Botones puestos',
  'watch.diag.noButton': 'Contenido sin botón',
  'watch.diag.postsFound': 'Publicaciones encontradas',
  'watch.diag.reads': 'Publicaciones leídas para guardar',
  'watch.diag.failures': 'Problemas de lectura',
  'watch.diag.none': 'ninguno',
  'watch.diag.reason.no-permalink': 'sin enlace a la publicación',
  'watch.diag.reason.no-media': 'ya sin contenido multimedia',
  'watch.diag.reason.not-a-post': 'no es una publicación',
  'watch.diag.reason.error': 'no se pudo leer',
  'watch.diag.reason.no-author': 'sin autor',
  'watch.diag.reason.bad-id': 'identificador o nombre con una forma inesperada',
  'watch.diag.reason.truncated': 'un campo recortado u omitido',
  'watch.diag.empty': 'Todavía no se ha contado nada.',
  'watch.diag.copy': 'Copiar para un informe de error',
  'watch.diag.copied': 'Copiado.',
  'watch.diag.copyFailed': 'No se pudo copiar. Selecciona el texto y cópialo.',
  'watch.diag.text.title': 'Beacon {version} — diagnóstico del feed',
  'watch.diag.text.row':
    '{platform} v{version}: páginas leídas {pages}, publicaciones encontradas {posts}, botones puestos {buttons}, contenido sin botón {noButton}, publicaciones leídas para guardar {reads}, problemas de lectura: {failures}',
  'watch.diag.text.failure': '{reason} [{code}] {count}',
  'watch.diag.clear': 'Borrar los contadores',
  'watch.diag.watch': 'Seguimiento de retiradas: {state}',
  'watch.diag.watch.active': 'activo',
  'watch.diag.watch.locked-watching':
    'activo aunque esté bloqueado (solo direcciones de pruebas, como huellas con clave)',
  'watch.diag.watch.paused': 'en pausa hasta que desbloquees (el navegador se reinició)',
  'watch.checkNow': 'Comprobar ahora',
  'watch.lastSeen': 'Visto por última vez',
  'watch.neverSeen': 'Todavía no visto',
};
