import type { Catalog } from '../types';
import type { directory as en } from './directory.en';

export const directory: Catalog<typeof en> = {
  'directory.unconfirmed': 'Comprueba este número o enlace antes de confiar en él.',
  'directory.anonymous': 'Puedes denunciar sin dar tu nombre.',
  'directory.prepareTitle': 'Ten a mano',
  'directory.source': 'Fuente',
  'directory.verified': 'Comprobado {date}',
  'directory.localEmergency': 'el número de emergencias local',
  'directory.kind.platform-form': 'Formulario de la plataforma',
  'directory.kind.platform-in-app': 'Denunciar en la aplicación',
  'directory.kind.hotline': 'Línea de denuncia',
  'directory.kind.hash-service': 'Servicio de retirada por huella',
  'directory.kind.law-enforcement': 'Policía',
  'directory.kind.regulator': 'Autoridad reguladora',
  'directory.kind.mediation': 'Servicio de mediación',
  'directory.kind.support-line': 'Línea de ayuda',
  'directory.kind.crisis-line': 'Línea de crisis',
  'directory.kind.emergency': 'Emergencias',
  'directory.kind.legal-aid': 'Ayuda legal',
  'directory.prepare.post-url': 'La dirección (URL) de cada publicación',
  'directory.prepare.profile-url': 'La dirección de la cuenta que la publicó',
  'directory.prepare.handle': 'El nombre de la cuenta (usuario)',
  'directory.prepare.date-seen': 'Cuándo la viste (fecha y hora)',
  'directory.prepare.category': 'Qué tipo de contenido es',
  'directory.prepare.own-contact': 'Cómo contactarte',
  'directory.prepare.platform-report-reference':
    'El número de referencia de tu denuncia a la plataforma',
  'directory.prepare.platform-reply': 'La respuesta de la plataforma, con su fecha',
  'directory.prepare.earlier-reports': 'Tus denuncias anteriores y sus fechas',
  'directory.prepare.age-then-and-now': 'La edad de la persona que aparece, entonces y ahora',
  'directory.prepare.device-with-images':
    'El dispositivo donde están las imágenes (nunca salen de él)',
  'directory.prepare.messages': 'Los mensajes, guardados (sin borrarlos)',
  'directory.prepare.message-link': 'Un enlace al mensaje',
  'directory.prepare.case-file': 'Tu expediente impreso',
  'directory.prepare.service-case-number': 'El número de caso que te dio el servicio',
  'directory.note.not-for-emergencies': 'No es para emergencias: llama al número de emergencias.',
  'directory.note.not-a-reporting-line': 'Una línea para hablar con alguien, no para denunciar.',
  'directory.note.url-only-never-send-files':
    'Envía solo la dirección (URL). Nunca envíes, guardes ni reenvíes las imágenes.',
  'directory.note.name-optional': 'Dar tu nombre es opcional.',
  'directory.note.reference-by-email':
    'Recibes un número de referencia por correo si das una dirección.',
  'directory.note.hash-on-device':
    'Se calcula una huella (hash) en tu dispositivo; las imágenes nunca salen de él.',
  'directory.note.submit-from-original-device':
    'Usa el dispositivo donde se hizo la imagen. No vuelvas a publicar la imagen después.',
  'directory.note.no-id-needed': 'No se pide identificación.',
  'directory.note.keep-case-number': 'Apunta el número de caso: no se puede recuperar.',
  'directory.note.report-platform-first':
    'Si la imagen ya está en línea, denúnciala primero a la plataforma.',
  'directory.note.needs-platform-reply':
    'Pueden ayudar cuando hayas denunciado a la plataforma y esta haya respondido.',
  'directory.note.may-act-after-a-week':
    'Pueden intervenir si la plataforma lleva una semana sin responder.',
  'directory.note.age-check-and-account':
    'Pide verificar la edad (13 años o más) y una cuenta de Childline.',
  'directory.note.usually-removed-in-a-working-day': 'Normalmente se retira en un día laborable.',
  'directory.note.no-status-updates': 'No dan noticias sobre una denuncia.',
  'directory.note.no-duplicate-tips': 'Envía una sola denuncia; no la repitas.',
  'directory.note.forwards-to-police': 'Pasan las denuncias a la policía.',
  'directory.note.sends-removal-notices': 'Envían avisos de retirada a las plataformas.',
  'directory.note.evidence-vault-app':
    'Su aplicación guarda las pruebas y las envía a la línea de ayuda.',
  'directory.note.trusted-flagger':
    'Alertador fiable: las plataformas deben tratar sus avisos con prioridad.',
  'directory.note.removal-within-24h':
    'Las plataformas deben cumplir sus avisos de retirada en 24 horas.',
  'directory.note.tida-48h':
    'Según la ley estadounidense TAKE IT DOWN, la plataforma tiene 48 horas para retirarlo.',
  'directory.note.one-report-per-media': 'Una solicitud por imagen o vídeo.',
  'directory.note.representative-allowed':
    'Otra persona puede hacer la solicitud por quien aparece.',
  'directory.note.no-account-needed': 'No hace falta cuenta.',
  'directory.note.message-link-needed': 'Necesita un enlace al mensaje.',
  'directory.note.goes-to-platform-only':
    'Esta denuncia va solo a la plataforma, no a una línea de denuncia.',
  'directory.note.appeal-within-6-months':
    'Puedes recurrir en los 6 meses siguientes a la decisión.',
  'directory.note.out-of-court-bodies':
    'En la UE, órganos certificados de resolución extrajudicial pueden revisar la decisión.',
  'directory.note.appeals-centre-europe':
    'En la UE, el Appeals Centre Europe puede revisar la decisión.',
  'directory.note.oversight-board':
    'El Consejo asesor de contenido (Oversight Board) puede revisar algunas decisiones.',
  'directory.note.per-state':
    'Las denuncias en línea (Onlinewache) las gestiona cada estado federado.',
  'directory.note.sender-identifies': 'Debes dar tu nombre.',
  'directory.note.uses-iwf-hashes': 'Usa la lista de imágenes conocidas de la IWF.',
  'directory.note.find-national-hotline':
    'Indica la línea de denuncia nacional de cada país miembro.',
  'directory.note.secretariat-takes-no-reports': 'INHOPE no recibe denuncias directamente.',
  'directory.note.being-merged-into-112': 'Este número se está integrando en el 112.',
  'directory.note.tell-platform-ages':
    'Dile a la plataforma tu edad entonces y ahora, y que eres la persona que aparece.',
  'directory.note.search-delisting': 'También puede quitar resultados de los buscadores.',
  'directory.note.copy-permalink-then-open':
    'Copia primero la dirección de la publicación, luego abre el formulario y pégala.',
};
