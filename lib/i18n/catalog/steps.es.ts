import type { Catalog } from '../types';
import type { steps as en } from './steps.en';

export const steps: Catalog<typeof en> = {
  'steps.kind.emergency': 'Pedir ayuda ahora',
  'steps.kind.guidance': 'Qué hacer ahora',
  'steps.kind.platform-report': 'Denunciar a la plataforma',
  'steps.kind.platform-appeal': 'Pedir a la plataforma que revise',
  'steps.kind.follow-up': 'Esperando a la plataforma',
  'steps.kind.hotline': 'Denunciar a una línea de denuncia',
  'steps.kind.hash-removal': 'Impedir que las imágenes se difundan',
  'steps.kind.law-enforcement': 'Avisar a la policía',
  'steps.kind.regulator': 'Acudir a la autoridad reguladora',
  'steps.kind.mediation': 'Pedir mediación',
  'steps.kind.legal-notice': 'Enviar una solicitud legal de retirada',
  'steps.kind.support': 'Hablar con alguien',
  'steps.kind.recheck': 'Comprobar que no ha vuelto',
  'steps.urgency.now': 'Ahora',
  'steps.urgency.today': 'Hoy',
  'steps.urgency.when-due': 'Más tarde',
  'steps.done': 'Hecho',
  'steps.state.no-answer':
    '{platform} no ha actuado {hours} horas después de tu denuncia del {date}.',
  'steps.state.refused':
    '{platform} se negó a retirarlo el {answered}, después de tu denuncia del {date}.',
  'steps.state.refused-undated':
    '{platform} se negó a retirarlo después de tu denuncia del {date}.',
  'steps.state.partly-removed':
    '{platform} solo retiró una parte después de tu denuncia del {date}.',
  'steps.state.reappeared': 'Ha vuelto a aparecer después de tu denuncia a {platform} del {date}.',
  'steps.why.immediate-danger':
    'Alguien puede estar en peligro ahora mismo: llama primero al {number}.',
  'steps.why.immediate-danger-local':
    'Alguien puede estar en peligro ahora mismo: llama primero al número de emergencias local.',
  'steps.why.sextortion-stop':
    'No es culpa tuya. Deja de responder y no pagues: pagar rara vez lo detiene. Guarda los mensajes, apunta la dirección y el nombre de la cuenta y luego bloquéala. No borres tu cuenta.',
  'steps.why.sextortion-police':
    'Amenazar con difundir imágenes es un delito: denuncia la cuenta a {service}.',
  'steps.why.sextortion-support':
    'No tienes que enfrentarte a esto a solas: {service} puede ayudarte ahora.',
  'steps.why.minor-platform-report':
    'La persona que aparece es menor de 18 años: denúncialo a {platform} como explotación sexual infantil para que lo retiren y lo pasen a las autoridades.',
  'steps.why.adult-platform-report':
    'Denuncia las imágenes a {platform} como difundidas sin consentimiento y pide que las retiren.',
  'steps.why.minor-hotline':
    '{service} puede hacer que lo retiren y lo pasa a la policía, haga lo que haga la plataforma.',
  'steps.why.age-unknown-hotline':
    'Si la persona que aparece puede ser menor de 18 años, {service} puede evaluarlo y hacer que lo retiren.',
  'steps.why.international-hotline':
    'Beacon aún no tiene una lista para tu país: {service} acepta denuncias de cualquier lugar, e INHOPE indica la línea de denuncia de cada país.',
  'steps.why.take-it-down':
    'Todavía tienes las imágenes: Take It Down puede impedir que se compartan en las plataformas participantes. Solo una huella sale de tu dispositivo.',
  'steps.why.take-it-down-if-images':
    'Si todavía tienes las imágenes, Take It Down puede impedir que se compartan en las plataformas participantes. Solo una huella sale de tu dispositivo.',
  'steps.why.report-remove': 'Como persona joven puedes pedir a {service} que retire tus imágenes.',
  'steps.why.stopncii':
    'Todavía tienes las imágenes: StopNCII.org puede impedir que se compartan en las plataformas participantes. Solo una huella sale de tu dispositivo.',
  'steps.why.stopncii-if-images':
    'Si todavía tienes las imágenes, StopNCII.org puede impedir que se compartan en las plataformas participantes. Solo una huella sale de tu dispositivo.',
  'steps.why.adult-report':
    '{service} también recibe denuncias de imágenes íntimas difundidas sin consentimiento.',
  'steps.why.support':
    'No tienes que pasar por esto a solas: {service} puede escucharte y ayudarte.',
  'steps.why.waiting':
    '{platform} tiene hasta el {due} para actuar sobre tu denuncia del {date}. Beacon te lo recordará.',
  'steps.why.appeal': 'Pide a {platform} que revise su decisión, citando tu denuncia.',
  'steps.why.tida-notice':
    'Según la ley estadounidense TAKE IT DOWN, una solicitud de retirada válida obliga a la plataforma a retirar las imágenes en 48 horas.',
  'steps.why.tida-deadline-passed':
    'Han pasado las 48 horas que permite la ley TAKE IT DOWN: puedes avisar a la FTC.',
  'steps.why.dsa-notice':
    'En la UE, una notificación según el artículo 16 del Reglamento de Servicios Digitales obliga a la plataforma a decidir y a explicarte sus motivos.',
  'steps.why.dsa-complaint':
    'Según el Reglamento de Servicios Digitales puedes reclamar gratis a la plataforma en los 6 meses siguientes a su decisión, y después acudir a un órgano certificado de resolución extrajudicial.',
  'steps.why.esafety': 'eSafety puede ordenar a la plataforma que lo retire en 24 horas.',
  'steps.why.report-harmful-content':
    '{service} puede tratarlo con la plataforma, ahora que tienes su respuesta o ha pasado una semana.',
  'steps.why.police-case-file':
    'Lleva tu expediente a {service}: recoge las publicaciones, las cuentas y cada denuncia y respuesta con sus fechas.',
  'steps.why.reappeared': 'Denúncialo de nuevo citando tu denuncia anterior.',
  'steps.why.reappeared-ref':
    'Denúncialo de nuevo citando tu denuncia anterior (referencia {reference}).',
  'steps.proofIgnored':
    '{platform} rechazó la denuncia el {answered} aunque la prueba de edad se envió el {sent}.',
  'steps.proofIgnored-unsent':
    '{platform} rechazó la denuncia el {answered} sin tener en cuenta la prueba de edad.',
  'steps.why.appeal-unanswered':
    'Pide de nuevo a {platform} que actúe, citando tu denuncia y la ley.',
  'steps.why.hashtag-account':
    'Un hashtag, una búsqueda o una cuenta de {platform} se usa para difundir material de abuso: pide a {platform} que lo quite de los resultados y revise las cuentas.',
  'steps.why.report-remove-parent':
    'Tu hijo o hija (menor de 18) puede pedir a {service} que retire sus imágenes; puedes ayudarle a hacerlo.',
  'steps.why.recheck-removed':
    '{platform} lo retiró el {removed}. Comprueba que no ha vuelto: abre la dirección (Comprobar ahora) a partir del {due}. Las imágenes retiradas a menudo se vuelven a subir.',
  'steps.stillOnline': 'Seguía en línea el {seen}, {stillHours} horas después de tu denuncia.',
};
