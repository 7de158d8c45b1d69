// Words for the next-steps engine (lib/escalation): step kinds, urgency and the reasons.
export const steps = {
  'steps.kind.emergency': 'Call for help now',
  'steps.kind.guidance': 'What to do now',
  'steps.kind.platform-report': 'Report to the platform',
  'steps.kind.platform-appeal': 'Ask the platform to review',
  'steps.kind.follow-up': 'Waiting for the platform',
  'steps.kind.hotline': 'Report to a hotline',
  'steps.kind.hash-removal': 'Stop the images spreading',
  'steps.kind.law-enforcement': 'Tell the police',
  'steps.kind.regulator': 'Ask the regulator',
  'steps.kind.mediation': 'Ask for mediation',
  'steps.kind.legal-notice': 'Send a legal removal request',
  'steps.kind.support': 'Talk to someone',
  'steps.kind.recheck': 'Check it has not come back',
  'steps.urgency.now': 'Now',
  'steps.urgency.today': 'Today',
  'steps.urgency.when-due': 'Later',
  'steps.done': 'Done',
  'steps.state.no-answer': '{platform} has not acted {hours} hours after your report of {date}.',
  'steps.state.refused':
    '{platform} refused to remove it on {answered}, after your report of {date}.',
  'steps.state.refused-undated': '{platform} refused to remove it after your report of {date}.',
  'steps.state.partly-removed': '{platform} removed only part of it after your report of {date}.',
  'steps.state.reappeared': 'It is back online after your report to {platform} of {date}.',
  'steps.why.immediate-danger': 'Someone may be in danger right now: call {number} first.',
  'steps.why.immediate-danger-local':
    'Someone may be in danger right now: call your local emergency number first.',
  'steps.why.sextortion-stop':
    'It is not your fault. Stop answering and do not pay: paying rarely ends it. Keep the messages, note the account’s address and name, then block it. Do not delete your account.',
  'steps.why.sextortion-police':
    'Threatening to share images is a crime: report the account to {service}.',
  'steps.why.sextortion-support': 'You do not have to face this alone: {service} can help now.',
  'steps.why.minor-platform-report':
    'The person pictured is under 18: report it to {platform} as child sexual exploitation so it is removed and passed to the authorities.',
  'steps.why.adult-platform-report':
    'Report the images to {platform} as shared without consent, and ask for their removal.',
  'steps.why.minor-hotline':
    '{service} can have it removed and passes it to the police, whatever the platform does.',
  'steps.why.age-unknown-hotline':
    'If the person pictured may be under 18, {service} can assess it and have it removed.',
  'steps.why.international-hotline':
    'Beacon has no list for your country yet: {service} takes reports from anywhere, and INHOPE lists the hotline of each country.',
  'steps.why.take-it-down':
    'You still have the images: Take It Down can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
  'steps.why.take-it-down-if-images':
    'If you still have the images, Take It Down can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
  'steps.why.report-remove': 'As a young person you can ask {service} to remove your images.',
  'steps.why.stopncii':
    'You still have the images: StopNCII.org can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
  'steps.why.stopncii-if-images':
    'If you still have the images, StopNCII.org can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
  'steps.why.adult-report':
    '{service} also takes reports of intimate images shared without consent.',
  'steps.why.support': 'You do not have to deal with this alone: {service} can listen and help.',
  'steps.why.waiting':
    '{platform} has until {due} to act on your report of {date}. Beacon will remind you.',
  'steps.why.appeal': 'Ask {platform} to review its decision, citing your report.',
  'steps.why.tida-notice':
    'Under the US TAKE IT DOWN Act, a valid removal request obliges the platform to remove the images within 48 hours.',
  'steps.why.tida-deadline-passed':
    'The 48 hours the TAKE IT DOWN Act allows have passed: you can tell the FTC.',
  'steps.why.dsa-notice':
    'In the EU, a notice under Article 16 of the Digital Services Act obliges the platform to decide and to give you its reasons.',
  'steps.why.dsa-complaint':
    'Under the Digital Services Act you can complain to the platform for free within 6 months of its decision, then go to a certified out-of-court body.',
  'steps.why.esafety': 'eSafety can order the platform to remove it within 24 hours.',
  'steps.why.report-harmful-content':
    '{service} can take it up with the platform, now that you have its answer or a week has passed.',
  'steps.why.police-case-file':
    'Take your case file to {service}: it lists the posts, the accounts and every report and answer with their dates.',
  'steps.why.reappeared': 'Report it again and cite your earlier report.',
  'steps.why.reappeared-ref':
    'Report it again and cite your earlier report (reference {reference}).',
  'steps.proofIgnored':
    '{platform} refused on {answered} although proof of age was sent on {sent}.',
  'steps.proofIgnored-unsent': '{platform} refused on {answered} and ignored the proof of age.',
  'steps.why.appeal-unanswered': 'Ask {platform} again to act, citing your report and the law.',
  'steps.why.hashtag-account':
    'A hashtag, search or account on {platform} is used to share abuse material: ask {platform} to delist it and review the accounts.',
  'steps.why.report-remove-parent':
    'Your child (under 18) can ask {service} to remove their images; you can help them do it.',
  'steps.why.recheck-removed':
    '{platform} removed it on {removed}. Check again that it has not come back: open the address (Check now) from {due}. Removed images are often uploaded again.',
  'steps.stillOnline': 'It was still online on {seen}, {stillHours} hours after your report.',
} as const;
