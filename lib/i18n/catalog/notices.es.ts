import type { Catalog } from '../types';
import type { notices as en } from './notices.en';

export const notices: Catalog<typeof en> = {
  'notices.title.platform-child-safety': 'Denuncia de protección infantil a la plataforma',
  'notices.title.take-it-down-act': 'Solicitud de retirada según la ley TAKE IT DOWN (EE. UU.)',
  'notices.title.dsa-article-16':
    'Notificación según el Reglamento de Servicios Digitales (UE, artículo 16)',
  'notices.title.dmca-512': 'Aviso de derechos de autor DMCA (EE. UU.)',
  'notices.title.hotline-summary': 'Resumen para una línea de denuncia',
  'notices.title.police-letter': 'Carta a la policía',
  'notices.missingHeader':
    'FALTA antes de enviar: {elements}. Una solicitud a la que le falte uno puede ser rechazada.',
  'notices.missingMarker': 'falta: {element}',
  'notices.element.location': 'Dónde está el contenido (direcciones exactas)',
  'notices.element.accounts': 'Cuentas implicadas',
  'notices.element.age': 'Edad de la persona que aparece',
  'notices.element.reporter': 'Quién denuncia',
  'notices.element.earlier-reports': 'Denuncias anteriores',
  'notices.element.contact': 'Datos de contacto',
  'notices.element.good-faith': 'Declaración de buena fe',
  'notices.element.signature': 'Firma (nombre completo)',
  'notices.element.authority': 'Autorización para actuar por la persona que aparece',
  'notices.element.explanation': 'Por qué el contenido es ilegal',
  'notices.element.notifier': 'Tu nombre y correo electrónico',
  'notices.element.work': 'La obra protegida (p. ej. una foto que hiciste)',
  'notices.element.accuracy': 'Declaración de exactitud, bajo pena de perjurio',
  'notices.element.category': 'Qué es el contenido',
  'notices.element.country': 'País',
  'notices.element.first-seen': 'Visto por primera vez',
  'notices.element.victim': 'La persona que aparece',
  'notices.warning.dmca-uploader':
    'Las plataformas suelen reenviar un aviso de derechos de autor, con tu nombre y datos de contacto, a quien publicó el contenido. Nunca lo uses contra alguien que te chantajea o te conoce: usa mejor las vías de protección infantil o TAKE IT DOWN.',
  'notices.warning.never-attach':
    'Envía solo las direcciones. Nunca adjuntes, descargues ni reenvíes las imágenes, ni siquiera para denunciarlas.',
  'notices.fallback.en':
    'Este documento está redactado en inglés, que leen las plataformas y las autoridades.',
  'notices.beaconNeverSends': 'Beacon nunca envía nada: cópialo, imprímelo o ábrelo en tu correo.',
  'notices.title.platform-appeal':
    'Solicitud de revisión de una denuncia rechazada o sin respuesta',
  'notices.title.hashtag-account':
    'Solicitud sobre un hashtag o una cuenta que difunde material de abuso',
  'notices.element.proof': 'Prueba de edad (qué documento, cuándo se envió)',
  'notices.element.sextortion': 'Las amenazas (sextorsión)',
  'notices.element.duty': 'La ley aplicable',
  'notices.element.earlier-report': 'La denuncia anterior (fecha y referencia)',
  'notices.element.targets': 'El hashtag, la búsqueda o la cuenta',
  'notices.element.examples': 'Ejemplos de publicaciones',
  'notices.reader.heading': 'Para que lo leas; envía el texto en inglés',
  'notices.reader.explain':
    'Esta solicitud va a una empresa de Estados Unidos y debe enviarse en inglés. Esto es lo que dice, en tu idioma.',
  'notices.reader.label': 'Lo que dice el texto en inglés: {name}',
  'notices.edit.label': 'Texto para enviar (puedes añadir o cambiar lo que quieras): {name}',
  'notices.edit.hint':
    'Puedes añadir una frase o cambiar el texto antes de copiarlo. Tu versión se guarda, cifrada, con el caso.',
  'notices.edit.saved': 'Tu versión está guardada.',
  'notices.edit.saving': 'Guardando tu versión…',
  'notices.edit.reset': 'Volver al texto preparado',
  'notices.edit.resetDone': 'El texto preparado ha vuelto.',
  'notices.edit.yours': 'Esta es tu versión modificada.',
  'notices.edit.tooLong':
    'El texto es demasiado largo para guardarlo (como máximo {max} caracteres): acórtalo.',
  'notices.refusal.label': '¿Por qué crees que el rechazo no es correcto?',
  'notices.refusal.none': 'Sin motivo indicado',
  'notices.refusal.proof-ignored': 'La plataforma no tuvo en cuenta la prueba de edad',
};
