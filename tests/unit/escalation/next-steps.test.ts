import { describe, expect, it } from 'vitest';
import { nextSteps, renderReason } from '@/lib/escalation';
import type { NextStep } from '@/lib/escalation/types';
import { type CaseSpec, makeCase, NOW, settings } from './fixtures';

/** [kind, target] of a step, the shape every row asserts on. */
type Head = [NextStep['kind'], string | undefined];
type Row = {
  name: string;
  spec: CaseSpec;
  followUpHours?: number;
  /** The first steps, in order (not done). */
  first: Head[];
  /** English reason of the step at an index, as the user reads it. */
  reasons?: Record<number, string>;
  /** Step ids that must not be proposed at all. */
  absent?: string[];
};

const en = (s: NextStep) => renderReason(s.why, 'en', { timeZone: 'UTC' });

const MINOR_X_REASON =
  'The person pictured is under 18: report it to X as child sexual exploitation so it is removed and passed to the authorities.';

const rows: Row[] = [
  // ── First report, person pictured under 18: platform child-safety route + national hotline ──
  {
    name: 'US minor on X: CSE form then NCMEC',
    spec: { country: 'US', evidence: [{ platform: 'x' }] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['hotline', 'ncmec-cybertipline'],
      ['support', 'us-childhelp'],
      ['hash-removal', 'ncmec-take-it-down'],
      ['law-enforcement', 'fbi-tips'],
    ],
    reasons: {
      0: MINOR_X_REASON,
      1: 'NCMEC CyberTipline can have it removed and passes it to the police, whatever the platform does.',
      3: 'If you still have the images, Take It Down can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
    },
  },
  {
    name: 'GB minor victim on Instagram with the images: IWF, Report Remove and CEOP first, then Take It Down, Childline',
    spec: { country: 'GB', role: 'victim', images: 'yes', evidence: [{ platform: 'instagram' }] },
    first: [
      ['platform-report', 'instagram-in-app'],
      ['hotline', 'iwf'],
      ['hash-removal', 'report-remove'],
      ['law-enforcement', 'ceop'],
      ['hash-removal', 'ncmec-take-it-down'],
      ['support', 'gb-childline'],
    ],
    reasons: {
      2: 'As a young person you can ask Report Remove (Childline + IWF) to remove your images.',
      4: 'You still have the images: Take It Down can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
    },
  },
  {
    name: 'CA minor on TikTok: in-app under-18 path then Cybertip.ca',
    spec: { country: 'CA', evidence: [{ platform: 'tiktok' }] },
    first: [
      ['platform-report', 'tiktok-in-app'],
      ['hotline', 'cybertip-ca'],
    ],
  },
  {
    name: 'FR minor on Facebook: Point de Contact, PHAROS later',
    spec: { country: 'FR', evidence: [{ platform: 'facebook' }] },
    first: [
      ['platform-report', 'facebook-in-app'],
      ['hotline', 'point-de-contact'],
      ['support', 'e-enfance-3018'],
      ['hash-removal', 'ncmec-take-it-down'],
      ['law-enforcement', 'pharos'],
    ],
  },
  {
    name: 'AU minor on X: eSafety right away',
    spec: { country: 'AU', evidence: [{ platform: 'x' }] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['regulator', 'esafety'],
    ],
    reasons: {
      1: 'eSafety Commissioner can have it removed and passes it to the police, whatever the platform does.',
    },
  },
  {
    name: 'IE minor on Reddit: minor-abuse form then Hotline.ie',
    spec: { country: 'IE', evidence: [{ platform: 'reddit' }] },
    first: [
      ['platform-report', 'reddit-minor-form'],
      ['hotline', 'ie-hotline'],
    ],
  },
  {
    name: 'DE minor on YouTube: eco Beschwerdestelle',
    spec: { country: 'DE', evidence: [{ platform: 'youtube' }] },
    first: [
      ['platform-report', 'youtube-in-app'],
      ['hotline', 'de-eco-beschwerdestelle'],
    ],
  },
  {
    name: 'ES minor on Telegram: stopCA email, Policía Nacional email; 091 for the case file',
    spec: { country: 'ES', evidence: [{ platform: 'telegram' }] },
    first: [
      ['platform-report', 'telegram-stopca-email'],
      ['law-enforcement', 'es-policia-csam-email'],
      ['support', 'es-anar'],
      ['hash-removal', 'ncmec-take-it-down'],
      ['law-enforcement', 'es-policia-091'],
    ],
  },
  {
    name: 'IT minor on Discord: report form then Stop-it',
    spec: { country: 'IT', evidence: [{ platform: 'discord' }] },
    first: [
      ['platform-report', 'discord-report-form'],
      ['hotline', 'it-stop-it'],
    ],
  },
  {
    name: 'NL minor on Snapchat: Meldpunt Kinderporno',
    spec: { country: 'NL', evidence: [{ platform: 'snapchat' }] },
    first: [
      ['platform-report', 'snapchat-in-app'],
      ['hotline', 'nl-meldpunt-kinderporno'],
    ],
  },
  {
    name: 'BE minor on Tumblr: minors form then Child Focus',
    spec: { country: 'BE', evidence: [{ platform: 'tumblr' }] },
    first: [
      ['platform-report', 'tumblr-minors-form'],
      ['hotline', 'be-child-focus-hotline'],
    ],
  },
  {
    name: 'CH minor on Bluesky: in-app CSAM path then clickandstop.ch',
    spec: { country: 'CH', evidence: [{ platform: 'bluesky' }] },
    first: [
      ['platform-report', 'bluesky-in-app-csam'],
      ['hotline', 'ch-clickandstop'],
    ],
  },
  {
    name: 'NZ minor on Pinterest: DIA form',
    spec: { country: 'NZ', evidence: [{ platform: 'pinterest' }] },
    first: [
      ['platform-report', 'pinterest-child-safety-contact'],
      ['law-enforcement', 'nz-dia-report'],
    ],
  },
  {
    name: 'IN minor on Threads: National Cyber Crime Reporting Portal',
    spec: { country: 'IN', evidence: [{ platform: 'threads' }] },
    first: [
      ['platform-report', 'threads-in-app'],
      ['law-enforcement', 'in-cybercrime-portal'],
    ],
  },
  {
    name: 'BR minor on Twitch: SaferNet',
    spec: { country: 'BR', evidence: [{ platform: 'twitch' }] },
    first: [
      ['platform-report', 'twitch-in-app'],
      ['hotline', 'br-safernet-denuncias'],
    ],
  },
  {
    name: 'MX minor on X: Te Protejo',
    spec: { country: 'MX', evidence: [{ platform: 'x' }] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['hotline', 'mx-te-protejo'],
    ],
  },
  {
    name: 'country not offered (PT): NCMEC takes reports from anywhere, then INHOPE',
    spec: { country: 'PT', evidence: [{ platform: 'x' }] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['hotline', 'ncmec-cybertipline'],
      ['hotline', 'inhope'],
    ],
    reasons: {
      1: 'Beacon has no list for your country yet: NCMEC CyberTipline takes reports from anywhere, and INHOPE lists the hotline of each country.',
    },
  },
  {
    name: 'age unknown (US): treated as a child, with a careful reason',
    spec: { country: 'US', age: 'unknown', evidence: [{ platform: 'x' }] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['hotline', 'ncmec-cybertipline'],
    ],
    reasons: {
      1: 'If the person pictured may be under 18, NCMEC CyberTipline can assess it and have it removed.',
    },
  },

  // ── First report, adult: platform intimate-image route + StopNCII ──
  {
    name: 'US adult victim on X with the images: TAKE IT DOWN form, StopNCII, CCRI',
    spec: {
      country: 'US',
      age: 'adult',
      role: 'victim',
      images: 'yes',
      evidence: [{ platform: 'x' }],
    },
    first: [
      ['platform-report', 'x-take-it-down-form'],
      ['hash-removal', 'stopncii'],
      ['support', 'ccri'],
    ],
    reasons: {
      0: 'Report the images to X as shared without consent, and ask for their removal.',
      1: 'You still have the images: StopNCII.org can stop them being shared on participating platforms. Only a fingerprint leaves your device.',
    },
    absent: ['hotline:ncmec-cybertipline', 'hash:ncmec-take-it-down', 'police:fbi-tips'],
  },
  {
    name: 'GB adult on Instagram: private-images form, Revenge Porn Helpline',
    spec: { country: 'GB', age: 'adult', role: 'victim', evidence: [{ platform: 'instagram' }] },
    first: [
      ['platform-report', 'instagram-private-images-form'],
      ['support', 'gb-revenge-porn-helpline'],
      ['hash-removal', 'stopncii'],
    ],
  },
  {
    name: 'FR adult on Facebook: private-images form with a DSA notice',
    spec: {
      country: 'FR',
      age: 'adult',
      role: 'victim',
      images: 'no',
      evidence: [{ platform: 'facebook' }],
    },
    first: [['platform-report', 'facebook-private-images-form']],
    absent: ['hash:stopncii'],
  },
  {
    name: 'AU adult on Reddit: NCIM form, eSafety takes adult image abuse',
    spec: {
      country: 'AU',
      age: 'adult',
      role: 'victim',
      images: 'yes',
      evidence: [{ platform: 'reddit' }],
    },
    first: [
      ['platform-report', 'reddit-ncim-form'],
      ['hash-removal', 'stopncii'],
      ['regulator', 'esafety'],
    ],
  },
  {
    name: 'IE adult on TikTok: adult in-app path, Hotline.ie takes adult image abuse',
    spec: {
      country: 'IE',
      age: 'adult',
      role: 'victim',
      images: 'yes',
      evidence: [{ platform: 'tiktok' }],
    },
    first: [
      ['platform-report', 'tiktok-in-app-adult'],
      ['hash-removal', 'stopncii'],
      ['hotline', 'ie-hotline'],
    ],
  },
  {
    name: 'US adult on Discord, no images kept: Discord TAKE IT DOWN route, no StopNCII',
    spec: {
      country: 'US',
      age: 'adult',
      role: 'victim',
      images: 'no',
      evidence: [{ platform: 'discord' }],
    },
    first: [
      ['platform-report', 'discord-tida'],
      ['support', 'ccri'],
    ],
    absent: ['hash:stopncii'],
  },
  {
    name: 'US adult on YouTube (no TAKE IT DOWN page known): privacy complaint',
    spec: { country: 'US', age: 'adult', role: 'victim', evidence: [{ platform: 'youtube' }] },
    first: [['platform-report', 'youtube-privacy-complaint']],
  },

  // ── Immediate danger and sextortion ──
  {
    name: 'US minor in danger: 911 first',
    spec: { country: 'US', danger: true, evidence: [{ platform: 'x' }] },
    first: [
      ['emergency', 'us-emergency-911'],
      ['platform-report', 'x-cse-form'],
      ['hotline', 'ncmec-cybertipline'],
    ],
    reasons: { 0: 'Someone may be in danger right now: call 911 first.' },
  },
  {
    name: 'FR in danger: 17 first',
    spec: { country: 'FR', danger: true, evidence: [{ platform: 'instagram' }] },
    first: [['emergency', 'fr-emergency-17']],
    reasons: { 0: 'Someone may be in danger right now: call 17 first.' },
  },
  {
    name: 'country not offered, in danger: the local emergency number',
    spec: { country: 'PT', danger: true, evidence: [{ platform: 'x' }] },
    first: [['emergency', undefined]],
    reasons: { 0: 'Someone may be in danger right now: call your local emergency number first.' },
  },
  {
    name: 'US minor sextortion on Instagram: stop/don’t pay, report, NCMEC, FBI, Thorn',
    spec: { country: 'US', sextortion: true, evidence: [{ platform: 'instagram' }] },
    first: [
      ['guidance', undefined],
      ['platform-report', 'instagram-in-app'],
      ['hotline', 'ncmec-cybertipline'],
      ['law-enforcement', 'fbi-tips'],
      ['support', 'stop-sextortion'],
    ],
    reasons: {
      0: 'It is not your fault. Stop answering and do not pay: paying rarely ends it. Keep the messages, note the account’s address and name, then block it. Do not delete your account.',
      3: 'Threatening to share images is a crime: report the account to FBI tips.',
    },
  },
  {
    name: 'GB adult sextortion: police 101 (CEOP is for children), Revenge Porn Helpline',
    spec: {
      country: 'GB',
      age: 'adult',
      role: 'victim',
      sextortion: true,
      evidence: [{ platform: 'x' }],
    },
    first: [
      ['guidance', undefined],
      // X's adult route is its TAKE IT DOWN form (no account needed), open to anyone.
      ['platform-report', 'x-take-it-down-form'],
      ['law-enforcement', 'gb-police-101'],
      ['support', 'gb-revenge-porn-helpline'],
    ],
    absent: ['police:ceop'],
  },
  {
    name: 'CA minor sextortion: Anti-Fraud Centre, NeedHelpNow',
    spec: { country: 'CA', sextortion: true, evidence: [{ platform: 'snapchat' }] },
    first: [
      ['guidance', undefined],
      ['platform-report', 'snapchat-in-app'],
      ['hotline', 'cybertip-ca'],
      ['law-enforcement', 'ca-anti-fraud-centre'],
      ['support', 'needhelpnow'],
    ],
  },
  {
    name: 'FR minor sextortion: PHAROS and 3018',
    spec: { country: 'FR', sextortion: true, evidence: [{ platform: 'snapchat' }] },
    first: [
      ['guidance', undefined],
      ['platform-report', 'snapchat-in-app'],
      ['hotline', 'point-de-contact'],
      ['law-enforcement', 'pharos'],
      ['support', 'e-enfance-3018'],
    ],
  },
  {
    name: 'danger and sextortion: emergency before the guidance',
    spec: { country: 'US', danger: true, sextortion: true, evidence: [{ platform: 'x' }] },
    first: [
      ['emergency', 'us-emergency-911'],
      ['guidance', undefined],
    ],
  },

  // ── No answer after the follow-up time ──
  {
    name: 'US minor, X silent 52 hours: NCMEC, then a TAKE IT DOWN request',
    spec: {
      country: 'US',
      reports: [
        {
          platform: 'x',
          target: 'x-cse-form',
          status: 'sent',
          sentAt: '2026-03-03T08:00:00Z',
          followUpAt: '2026-03-05T08:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['legal-notice', 'x-take-it-down-form'],
      ['platform-appeal', 'x-cse-form'],
      ['support', 'us-childhelp'],
    ],
    reasons: {
      1: 'X has not acted 52 hours after your report of 3 March. Under the US TAKE IT DOWN Act, a valid removal request obliges the platform to remove the images within 48 hours.',
    },
    absent: ['platform-report:x'],
  },
  {
    name: 'US minor, X report not yet due: a follow-up with its date, no escalation',
    spec: {
      country: 'US',
      reports: [
        {
          platform: 'x',
          target: 'x-cse-form',
          status: 'sent',
          sentAt: '2026-03-05T08:00:00Z',
          followUpAt: '2026-03-07T08:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['support', 'us-childhelp'],
      ['follow-up', 'x-cse-form'],
    ],
    reasons: {
      2: 'X has until 7 March at 08:00 to act on your report of 5 March. Beacon will remind you.',
    },
    absent: ['legal-notice:take-it-down-act:x'],
  },
  {
    name: 'follow-up hours from the settings when the report has none (24 h)',
    followUpHours: 24,
    spec: {
      country: 'US',
      reports: [
        { platform: 'x', target: 'x-cse-form', status: 'sent', sentAt: '2026-03-04T10:00:00Z' },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['legal-notice', 'x-take-it-down-form'],
    ],
    reasons: {
      1: 'X has not acted 26 hours after your report of 4 March. Under the US TAKE IT DOWN Act, a valid removal request obliges the platform to remove the images within 48 hours.',
    },
  },
  {
    name: 'default 48 h follow-up: 20 hours is not yet due',
    spec: {
      country: 'US',
      reports: [
        { platform: 'x', target: 'x-cse-form', status: 'sent', sentAt: '2026-03-04T16:00:00Z' },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['support', 'us-childhelp'],
      ['follow-up', 'x-cse-form'],
    ],
  },
  {
    name: 'status "no answer" set by the user escalates before the follow-up time',
    spec: {
      country: 'US',
      reports: [
        {
          platform: 'x',
          target: 'x-cse-form',
          status: 'no-answer',
          sentAt: '2026-03-05T06:00:00Z',
          followUpAt: '2026-03-07T06:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['legal-notice', 'x-take-it-down-form'],
    ],
  },
  {
    name: 'US adult: TAKE IT DOWN request unanswered after 48 h → FTC',
    spec: {
      country: 'US',
      age: 'adult',
      role: 'victim',
      images: 'no',
      reports: [
        {
          platform: 'x',
          target: 'x-take-it-down-form',
          status: 'sent',
          sentAt: '2026-03-02T12:00:00Z',
        },
      ],
    },
    first: [
      ['regulator', 'us-ftc-take-it-down'],
      ['platform-appeal', 'x-take-it-down-form'],
      ['support', 'ccri'],
      ['law-enforcement', 'fbi-tips'],
    ],
    reasons: {
      0: 'X has not acted 72 hours after your report of 2 March. The 48 hours the TAKE IT DOWN Act allows have passed: you can tell the FTC.',
    },
    absent: ['legal-notice:take-it-down-act:x'],
  },
  {
    name: 'FR minor, X silent: DSA Article 16 notice on X’s DSA route',
    spec: {
      country: 'FR',
      reports: [
        { platform: 'x', target: 'x-cse-form', status: 'sent', sentAt: '2026-03-02T12:00:00Z' },
      ],
    },
    first: [
      ['hotline', 'point-de-contact'],
      ['legal-notice', 'x-dsa-appeal'],
    ],
    reasons: {
      1: 'X has not acted 72 hours after your report of 2 March. In the EU, a notice under Article 16 of the Digital Services Act obliges the platform to decide and to give you its reasons.',
    },
  },
  {
    name: 'FR minor, DSA notice already sent and unanswered: no second notice, police with the file',
    spec: {
      country: 'FR',
      reports: [
        { platform: 'x', target: 'x-cse-form', status: 'sent', sentAt: '2026-02-20T12:00:00Z' },
        {
          platform: 'x',
          target: 'x-dsa-appeal',
          status: 'sent',
          sentAt: '2026-03-01T12:00:00Z',
          whatWasSent: 'Notice under Article 16 of Regulation (EU) 2022/2065 …',
        },
      ],
    },
    first: [
      ['hotline', 'point-de-contact'],
      ['platform-appeal', 'x-dsa-appeal'],
      ['support', 'e-enfance-3018'],
      ['hash-removal', 'ncmec-take-it-down'],
      ['law-enforcement', 'pharos'],
    ],
    absent: ['legal-notice:dsa-article-16:x'],
  },
  {
    name: 'GB minor, Instagram silent 52 hours: no mediation yet (needs a reply or a week)',
    spec: {
      country: 'GB',
      evidence: [{ platform: 'instagram' }],
      reports: [
        {
          platform: 'instagram',
          target: 'instagram-in-app',
          status: 'sent',
          sentAt: '2026-03-03T08:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'iwf'],
      ['hash-removal', 'report-remove'],
      ['law-enforcement', 'ceop'],
      ['platform-appeal', 'instagram-in-app'],
      ['hash-removal', 'ncmec-take-it-down'],
    ],
    absent: ['mediation:report-harmful-content:instagram'],
  },
  {
    name: 'GB minor, Instagram silent 8 days: still no Report Harmful Content (a child needs the IWF, Report Remove and CEOP; mediation only after a reply)',
    spec: {
      country: 'GB',
      evidence: [{ platform: 'instagram' }],
      reports: [
        {
          platform: 'instagram',
          target: 'instagram-in-app',
          status: 'sent',
          sentAt: '2026-02-25T12:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'iwf'],
      ['hash-removal', 'report-remove'],
      ['law-enforcement', 'ceop'],
      ['platform-appeal', 'instagram-in-app'],
    ],
    reasons: {
      1: 'Your child (under 18) can ask Report Remove (Childline + IWF) to remove their images; you can help them do it.',
      3: 'Instagram has not acted 192 hours after your report of 25 February. Ask Instagram again to act, citing your report and the law.',
    },
    absent: ['mediation:report-harmful-content:instagram'],
  },
  {
    name: 'AU adult, TikTok silent: eSafety',
    spec: {
      country: 'AU',
      age: 'adult',
      role: 'victim',
      images: 'no',
      evidence: [{ platform: 'tiktok' }],
      reports: [
        {
          platform: 'tiktok',
          target: 'tiktok-in-app-adult',
          status: 'sent',
          sentAt: '2026-03-02T12:00:00Z',
        },
      ],
    },
    first: [
      ['regulator', 'esafety'],
      ['platform-appeal', 'tiktok-in-app-adult'],
      ['law-enforcement', 'au-police-131444'],
    ],
    reasons: {
      0: 'TikTok has not acted 72 hours after your report of 2 March. eSafety can order the platform to remove it within 24 hours.',
    },
  },

  // ── Refused ("no violation") ──
  {
    name: 'US adult, Instagram refused: appeal, TAKE IT DOWN request, police',
    spec: {
      country: 'US',
      age: 'adult',
      role: 'victim',
      images: 'no',
      evidence: [{ platform: 'instagram' }],
      reports: [
        {
          platform: 'instagram',
          target: 'instagram-private-images-form',
          status: 'refused',
          sentAt: '2026-03-02T12:00:00Z',
          answeredAt: '2026-03-04T09:00:00Z',
        },
      ],
    },
    first: [
      ['platform-appeal', 'instagram-in-app'],
      ['legal-notice', 'instagram-private-images-form'],
      ['support', 'ccri'],
      ['law-enforcement', 'fbi-tips'],
    ],
    reasons: {
      0: 'Instagram refused to remove it on 4 March, after your report of 2 March. Ask Instagram to review its decision, citing your report.',
    },
  },
  {
    name: 'FR minor, X refused: DSA internal complaint (no separate appeal)',
    spec: {
      country: 'FR',
      reports: [
        {
          platform: 'x',
          target: 'x-cse-form',
          status: 'refused',
          sentAt: '2026-03-02T12:00:00Z',
          answeredAt: '2026-03-03T12:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'point-de-contact'],
      ['platform-appeal', 'x-dsa-appeal'],
    ],
    reasons: {
      1: 'X refused to remove it on 3 March, after your report of 2 March. Under the Digital Services Act you can complain to the platform for free within 6 months of its decision, then go to a certified out-of-court body.',
    },
    absent: ['appeal:x:rep1'],
  },
  {
    name: 'DE adult, Reddit refused: DSA complaint in the app, police 110 with the file',
    spec: {
      country: 'DE',
      age: 'adult',
      role: 'victim',
      images: 'no',
      evidence: [{ platform: 'reddit' }],
      reports: [
        {
          platform: 'reddit',
          target: 'reddit-ncim-form',
          status: 'refused',
          sentAt: '2026-03-02T12:00:00Z',
        },
      ],
    },
    first: [
      ['platform-appeal', 'reddit-in-app'],
      ['support', 'de-hateaid'],
      ['law-enforcement', 'de-emergency-110'],
    ],
    reasons: {
      0: 'Reddit refused to remove it after your report of 2 March. Under the Digital Services Act you can complain to the platform for free within 6 months of its decision, then go to a certified out-of-court body.',
    },
  },
  {
    name: 'GB minor, Instagram refused: IWF, Report Remove, CEOP, appeal, then Report Harmful Content (later)',
    spec: {
      country: 'GB',
      evidence: [{ platform: 'instagram' }],
      reports: [
        {
          platform: 'instagram',
          target: 'instagram-in-app',
          status: 'refused',
          sentAt: '2026-03-03T12:00:00Z',
          answeredAt: '2026-03-04T12:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'iwf'],
      ['hash-removal', 'report-remove'],
      ['law-enforcement', 'ceop'],
      ['platform-appeal', 'instagram-in-app'],
      ['mediation', 'report-harmful-content'],
    ],
  },
  {
    name: 'US minor, X removed only part: appeal on X’s route, TAKE IT DOWN request',
    spec: {
      country: 'US',
      reports: [
        {
          platform: 'x',
          target: 'x-cse-form',
          status: 'partly-removed',
          sentAt: '2026-03-03T12:00:00Z',
        },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['platform-appeal', 'x-dsa-appeal'],
      ['legal-notice', 'x-take-it-down-form'],
    ],
    reasons: {
      1: 'X removed only part of it after your report of 3 March. Ask X to review its decision, citing your report.',
    },
  },

  // ── Content reappeared ──
  {
    name: 'US minor, removed then back on X: re-report citing the earlier report',
    spec: {
      country: 'US',
      evidence: [{ platform: 'x', status: 'reappeared', reappearedAt: '2026-03-05T09:00:00Z' }],
      reports: [
        {
          platform: 'x',
          target: 'x-cse-form',
          status: 'removed',
          sentAt: '2026-03-01T10:00:00Z',
          reference: '12345',
        },
      ],
    },
    first: [
      ['platform-report', 'x-cse-form'],
      ['hotline', 'ncmec-cybertipline'],
    ],
    reasons: {
      0: 'It is back online after your report to X of 1 March. Report it again and cite your earlier report (reference 12345).',
    },
  },
  {
    name: 'reappeared and already re-reported: waits for the new report',
    spec: {
      country: 'US',
      evidence: [{ platform: 'x', status: 'reappeared', reappearedAt: '2026-03-05T09:00:00Z' }],
      reports: [
        {
          id: 'first',
          platform: 'x',
          target: 'x-cse-form',
          status: 'removed',
          sentAt: '2026-03-01T10:00:00Z',
        },
        {
          id: 'again',
          platform: 'x',
          target: 'x-cse-form',
          status: 'sent',
          sentAt: '2026-03-05T10:00:00Z',
          follows: 'first',
        },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['support', 'us-childhelp'],
      ['follow-up', 'x-cse-form'],
    ],
    absent: ['re-report:x:first', 're-report:x:again'],
  },

  // ── Done steps move down ──
  {
    name: 'hotline marked done by the user: it moves to the end',
    spec: { country: 'US', stepsDone: ['hotline:ncmec-cybertipline'] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['support', 'us-childhelp'],
    ],
  },
  {
    name: 'a report to the hotline marks the hotline step done',
    spec: {
      country: 'GB',
      reports: [
        { channel: 'hotline', target: 'iwf', status: 'sent', sentAt: '2026-03-04T10:00:00Z' },
      ],
    },
    first: [['platform-report', 'x-cse-form']],
  },
  {
    name: 'content removed: no platform step, the hotline stays',
    spec: {
      country: 'US',
      evidence: [{ platform: 'x', status: 'removed' }],
      reports: [
        { platform: 'x', target: 'x-cse-form', status: 'removed', sentAt: '2026-03-02T10:00:00Z' },
      ],
    },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['support', 'us-childhelp'],
    ],
    absent: ['platform-report:x', 'legal-notice:take-it-down-act:x'],
  },
  {
    name: 'two platforms: one report step each, in the order captured',
    spec: { country: 'US', evidence: [{ platform: 'x' }, { platform: 'instagram' }] },
    first: [
      ['platform-report', 'x-cse-form'],
      ['platform-report', 'instagram-in-app'],
      ['hotline', 'ncmec-cybertipline'],
    ],
  },
  {
    name: 'a page on a site Beacon has no route for: hotline first',
    spec: { country: 'US', evidence: [{ platform: 'web' }] },
    first: [
      ['hotline', 'ncmec-cybertipline'],
      ['support', 'us-childhelp'],
    ],
  },
];

describe('nextSteps table', () => {
  it('has at least 40 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const kase = makeCase(row.spec);
    const steps = nextSteps(kase, settings({ followUpHours: row.followUpHours ?? 48 }), NOW);
    const open = steps.filter((s) => !s.done);
    expect(open.slice(0, row.first.length).map((s) => [s.kind, s.target])).toEqual(row.first);
    for (const [i, sentence] of Object.entries(row.reasons ?? {})) {
      expect(en(open[Number(i)]!)).toBe(sentence);
    }
    for (const id of row.absent ?? []) {
      expect(steps.map((s) => s.id)).not.toContain(id);
    }
  });
});

describe('nextSteps behaviour', () => {
  it('gives stable ids: the same case gives the same ids', () => {
    const kase = makeCase({ country: 'GB', sextortion: true, evidence: [{ platform: 'x' }] });
    const a = nextSteps(kase, settings(), NOW).map((s) => s.id);
    const b = nextSteps(kase, settings(), new Date('2026-03-06T12:00:00Z')).map((s) => s.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('keeps done steps, marked done, after the open ones', () => {
    const kase = makeCase({ country: 'US', stepsDone: ['hotline:ncmec-cybertipline'] });
    const steps = nextSteps(kase, settings(), NOW);
    const hotline = steps.find((s) => s.id === 'hotline:ncmec-cybertipline')!;
    expect(hotline.done).toBe(true);
    expect(steps.indexOf(hotline)).toBe(steps.length - 1);
  });

  it('prefills the hotline step with the post and account addresses', () => {
    const kase = makeCase({ country: 'US' });
    const hotline = nextSteps(kase, settings(), NOW).find((s) => s.kind === 'hotline')!;
    expect(hotline.notice).toBe('hotline-summary');
    expect(hotline.prefill?.urls).toEqual([
      'https://example.test/x/status/1',
      'https://example.test/x/seller',
    ]);
    expect(hotline.prefill?.evidenceIds).toEqual(['ev1']);
  });

  it('a re-report cites the earlier report and is done once a report follows it', () => {
    const spec: CaseSpec = {
      country: 'US',
      evidence: [{ platform: 'x', status: 'reappeared', reappearedAt: '2026-03-05T09:00:00Z' }],
      reports: [
        {
          id: 'first',
          platform: 'x',
          target: 'x-cse-form',
          status: 'removed',
          sentAt: '2026-03-01T10:00:00Z',
        },
      ],
    };
    const step = nextSteps(makeCase(spec), settings(), NOW)[0]!;
    expect(step.id).toBe('re-report:x:first');
    expect(step.prefill?.citesReportId).toBe('first');
    expect(step.notice).toBe('platform-child-safety');
  });

  it('chooses the notice by age and jurisdiction for the first report', () => {
    const notice = (spec: CaseSpec) =>
      nextSteps(makeCase(spec), settings(), NOW).find((s) => s.kind === 'platform-report')?.notice;
    expect(notice({ country: 'US' })).toBe('platform-child-safety');
    expect(notice({ country: 'US', age: 'adult' })).toBe('take-it-down-act');
    expect(notice({ country: 'DE', age: 'adult' })).toBe('dsa-article-16');
    expect(notice({ country: 'AU', age: 'adult' })).toBeUndefined();
  });

  it('attaches the police letter to the law-enforcement step', () => {
    const steps = nextSteps(makeCase({ country: 'GB' }), settings(), NOW);
    expect(steps.find((s) => s.kind === 'law-enforcement')?.notice).toBe('police-letter');
  });
});

describe('renderReason', () => {
  const why = {
    code: 'tida-notice' as const,
    state: 'no-answer' as const,
    platform: 'x',
    reportedAt: '2026-03-03T08:00:00Z',
    hours: 52,
  };

  it('writes French with the case dates', () => {
    expect(renderReason(why, 'fr', { timeZone: 'UTC' })).toBe(
      'X n’a pas agi 52 heures après votre signalement du 3 mars. Selon la loi américaine TAKE IT DOWN, une demande de retrait valable oblige la plateforme à retirer les images sous 48 heures.',
    );
  });

  it('writes Spanish with the case dates', () => {
    expect(renderReason(why, 'es', { timeZone: 'UTC' })).toBe(
      'X no ha actuado 52 horas después de tu denuncia del 3 de marzo. Según la ley estadounidense TAKE IT DOWN, una solicitud de retirada válida obliga a la plataforma a retirar las imágenes en 48 horas.',
    );
  });

  it('leaves no placeholder unfilled for any step of a busy case', () => {
    const kase = makeCase({
      country: 'GB',
      danger: true,
      sextortion: true,
      images: 'yes',
      evidence: [{ platform: 'instagram' }, { platform: 'x' }],
      reports: [
        { platform: 'x', target: 'x-cse-form', status: 'refused', sentAt: '2026-03-01T10:00:00Z' },
      ],
    });
    for (const lang of ['en', 'fr', 'es'] as const) {
      for (const s of nextSteps(kase, settings(), NOW)) {
        const text = renderReason(s.why, lang, { timeZone: 'UTC' });
        expect(text, `${lang} ${s.id}`).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });
});
