import { describe, expect, it } from 'vitest';
import { PLATFORM_CHOICES } from '@/lib/case/forms';
import { ReportChannel } from '@/lib/case/model';
import { DIRECTORY_PLATFORMS, platformName as directoryPlatformName } from '@/lib/directory';
import {
  FEED_PLATFORM_IDS,
  isPlatformChannel,
  KNOWN_PLATFORM_IDS,
  OTHER_SITE_ID,
  PLATFORM_CATALOG,
  PLATFORM_REPORT_CHANNELS,
  platformName,
} from '@/lib/platforms/catalog';
import { PLATFORM_HOSTS, PLATFORM_IDS, platformForHost } from '@/lib/platforms/hosts';

describe('platform catalog', () => {
  it('names every platform with its brand spelling', () => {
    expect(platformName('tiktok')).toBe('TikTok');
    expect(platformName('youtube')).toBe('YouTube');
    expect(platformName('whatsapp')).toBe('WhatsApp');
    expect(platformName('X')).toBe('X');
    expect(platformName(OTHER_SITE_ID)).toBe('Web');
  });

  it('shows an unknown or hostile id as it was stored, never an inherited property', () => {
    expect(platformName('myspace')).toBe('myspace');
    expect(platformName('constructor')).toBe('constructor');
    expect(platformName('__proto__')).toBe('__proto__');
    expect(platformName('x\u202Eevil')).toBe('x\u202Eevil');
    expect(platformName('')).toBe('');
  });

  it('is the one source the feed hosts, the directory and the evidence form read', () => {
    expect([...PLATFORM_IDS]).toEqual(FEED_PLATFORM_IDS);
    for (const id of PLATFORM_IDS) expect(PLATFORM_HOSTS[id]).toBe(PLATFORM_CATALOG[id].hosts);
    for (const id of DIRECTORY_PLATFORMS) {
      expect(KNOWN_PLATFORM_IDS).toContain(id);
      expect(directoryPlatformName(id)).toBe(PLATFORM_CATALOG[id].name);
    }
    expect(PLATFORM_CHOICES).toEqual([...KNOWN_PLATFORM_IDS, OTHER_SITE_ID]);
  });

  it('an entry with no hosts has no feed, and no host belongs to two platforms', () => {
    expect(FEED_PLATFORM_IDS).not.toContain('snapchat');
    expect(FEED_PLATFORM_IDS).not.toContain('whatsapp');
    expect(platformForHost('web.whatsapp.com')).toBeNull();
    expect(platformForHost('discord.com')).toBe('discord');
    const hosts = FEED_PLATFORM_IDS.flatMap((id) => [...PLATFORM_CATALOG[id].hosts]);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });

  it('platform report channels are report channels, and only those count as the platform’s own', () => {
    for (const channel of PLATFORM_REPORT_CHANNELS)
      expect(ReportChannel.options).toContain(channel);
    expect(isPlatformChannel('platform-in-app')).toBe(true);
    expect(isPlatformChannel('platform-form')).toBe(true);
    expect(isPlatformChannel('hotline')).toBe(false);
    expect(isPlatformChannel('police')).toBe(false);
    expect(isPlatformChannel('')).toBe(false);
  });
});
