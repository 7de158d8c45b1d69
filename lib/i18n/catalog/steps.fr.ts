import type { Catalog } from '../types';
import type { steps as en } from './steps.en';

export const steps: Catalog<typeof en> = {
  'steps.kind.emergency': 'Appeler à l’aide maintenant',
  'steps.kind.guidance': 'Que faire maintenant',
  'steps.kind.platform-report': 'Signaler à la plateforme',
  'steps.kind.platform-appeal': 'Demander un réexamen à la plateforme',
  'steps.kind.follow-up': 'En attente de la plateforme',
  'steps.kind.hotline': 'Signaler à une plateforme de signalement',
  'steps.kind.hash-removal': 'Empêcher la diffusion des images',
  'steps.kind.law-enforcement': 'Prévenir la police',
  'steps.kind.regulator': 'Saisir l’autorité de régulation',
  'steps.kind.mediation': 'Demander une médiation',
  'steps.kind.legal-notice': 'Envoyer une demande de retrait juridique',
  'steps.kind.support': 'Parler à quelqu’un',
  'steps.kind.recheck': 'Vérifier qu’il n’est pas revenu',
  'steps.urgency.now': 'Maintenant',
  'steps.urgency.today': 'Aujourd’hui',
  'steps.urgency.when-due': 'Plus tard',
  'steps.done': 'Fait',
  'steps.state.no-answer':
    '{platform} n’a pas agi {hours} heures après votre signalement du {date}.',
  'steps.state.refused':
    '{platform} a refusé le retrait le {answered}, après votre signalement du {date}.',
  'steps.state.refused-undated':
    '{platform} a refusé le retrait après votre signalement du {date}.',
  'steps.state.partly-removed':
    '{platform} n’a retiré qu’une partie après votre signalement du {date}.',
  'steps.state.reappeared':
    'Le contenu est de nouveau en ligne après votre signalement à {platform} du {date}.',
  'steps.why.immediate-danger':
    'Quelqu’un est peut-être en danger en ce moment : appelez d’abord le {number}.',
  'steps.why.immediate-danger-local':
    'Quelqu’un est peut-être en danger en ce moment : appelez d’abord le numéro d’urgence local.',
  'steps.why.sextortion-stop':
    'Ce n’est pas de votre faute. Arrêtez de répondre et ne payez pas : payer y met rarement fin. Gardez les messages, notez l’adresse et le nom du compte, puis bloquez-le. Ne supprimez pas votre compte.',
  'steps.why.sextortion-police':
    'Menacer de diffuser des images est un délit : signalez le compte à {service}.',
  'steps.why.sextortion-support':
    'Vous n’avez pas à affronter cela seul·e : {service} peut vous aider maintenant.',
  'steps.why.minor-platform-report':
    'La personne représentée a moins de 18 ans : signalez-le à {platform} comme exploitation sexuelle d’enfant, pour qu’il soit retiré et transmis aux autorités.',
  'steps.why.adult-platform-report':
    'Signalez les images à {platform} comme diffusées sans consentement et demandez leur retrait.',
  'steps.why.minor-hotline':
    '{service} peut le faire retirer et le transmet à la police, quoi que fasse la plateforme.',
  'steps.why.age-unknown-hotline':
    'Si la personne représentée a peut-être moins de 18 ans, {service} peut l’évaluer et le faire retirer.',
  'steps.why.international-hotline':
    'Beacon n’a pas encore de liste pour votre pays : {service} accepte les signalements du monde entier, et INHOPE donne la plateforme de signalement de chaque pays.',
  'steps.why.take-it-down':
    'Vous avez encore les images : Take It Down peut empêcher leur diffusion sur les plateformes participantes. Seule une empreinte quitte votre appareil.',
  'steps.why.take-it-down-if-images':
    'Si vous avez encore les images, Take It Down peut empêcher leur diffusion sur les plateformes participantes. Seule une empreinte quitte votre appareil.',
  'steps.why.report-remove':
    'En tant que jeune, vous pouvez demander à {service} de retirer vos images.',
  'steps.why.stopncii':
    'Vous avez encore les images : StopNCII.org peut empêcher leur diffusion sur les plateformes participantes. Seule une empreinte quitte votre appareil.',
  'steps.why.stopncii-if-images':
    'Si vous avez encore les images, StopNCII.org peut empêcher leur diffusion sur les plateformes participantes. Seule une empreinte quitte votre appareil.',
  'steps.why.adult-report':
    '{service} reçoit aussi les signalements d’images intimes diffusées sans consentement.',
  'steps.why.support':
    'Vous n’avez pas à gérer cela seul·e : {service} peut vous écouter et vous aider.',
  'steps.why.waiting':
    '{platform} a jusqu’au {due} pour traiter votre signalement du {date}. Beacon vous le rappellera.',
  'steps.why.appeal':
    'Demandez à {platform} de réexaminer sa décision, en citant votre signalement.',
  'steps.why.tida-notice':
    'Selon la loi américaine TAKE IT DOWN, une demande de retrait valable oblige la plateforme à retirer les images sous 48 heures.',
  'steps.why.tida-deadline-passed':
    'Les 48 heures prévues par la loi TAKE IT DOWN sont passées : vous pouvez prévenir la FTC.',
  'steps.why.dsa-notice':
    'Dans l’UE, une notification au titre de l’article 16 du règlement sur les services numériques (DSA) oblige la plateforme à décider et à motiver sa décision.',
  'steps.why.dsa-complaint':
    'Selon le règlement sur les services numériques, vous pouvez contester gratuitement auprès de la plateforme dans les 6 mois suivant sa décision, puis saisir un organisme certifié de règlement extrajudiciaire.',
  'steps.why.esafety': 'eSafety peut ordonner à la plateforme de le retirer sous 24 heures.',
  'steps.why.report-harmful-content':
    '{service} peut intervenir auprès de la plateforme, maintenant que vous avez sa réponse ou qu’une semaine est passée.',
  'steps.why.police-case-file':
    'Apportez votre dossier à {service} : il liste les publications, les comptes et chaque signalement et réponse avec leurs dates.',
  'steps.why.reappeared': 'Signalez-le de nouveau en citant votre signalement précédent.',
  'steps.why.reappeared-ref':
    'Signalez-le de nouveau en citant votre signalement précédent (référence {reference}).',
  'steps.proofIgnored':
    '{platform} a refusé le {answered} alors que le justificatif d’âge avait été envoyé le {sent}.',
  'steps.proofIgnored-unsent':
    '{platform} a refusé le {answered} sans tenir compte du justificatif d’âge.',
  'steps.why.appeal-unanswered':
    'Demandez de nouveau à {platform} d’agir, en citant votre signalement et la loi.',
  'steps.why.hashtag-account':
    'Un hashtag, une recherche ou un compte sur {platform} sert à diffuser des contenus d’abus : demandez à {platform} de le retirer des résultats et d’examiner les comptes.',
  'steps.why.report-remove-parent':
    'Votre enfant (moins de 18 ans) peut demander à {service} de retirer ses images ; vous pouvez l’aider à le faire.',
  'steps.why.recheck-removed':
    '{platform} l’a retiré le {removed}. Vérifiez qu’il n’est pas revenu : ouvrez l’adresse (Vérifier maintenant) à partir du {due}. Les images retirées sont souvent remises en ligne.',
  'steps.stillOnline':
    'Il était toujours en ligne le {seen}, {stillHours} heures après votre signalement.',
};
