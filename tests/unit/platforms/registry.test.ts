import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/platforms/hosts';
import { ADAPTERS, adapterForHost, feedSelector } from '@/lib/platforms/registry';

describe('platform registry', () => {
  it('has one adapter per platform in hosts.ts', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it('finds the adapter by hostname', () => {
    expect(adapterForHost('x.com')?.id).toBe('x');
    expect(adapterForHost('twitter.com')?.id).toBe('x');
    expect(adapterForHost('old.reddit.com')?.id).toBe('reddit');
    expect(adapterForHost('www.threads.net')?.id).toBe('threads');
    expect(adapterForHost('bsky.app')?.id).toBe('bluesky');
    expect(adapterForHost('www.pinterest.fr')?.id).toBe('pinterest');
    expect(adapterForHost('discord.com')?.id).toBe('discord');
    expect(adapterForHost('web.telegram.org')?.id).toBe('telegram');
    expect(adapterForHost('clips.twitch.tv')?.id).toBe('twitch');
    expect(adapterForHost('discord.gg')).toBeNull();
    expect(adapterForHost('example.com')).toBeNull();
    expect(adapterForHost('x.com.evil.example')).toBeNull();
  });

  it('feedSelector joins the tiers', () => {
    expect(feedSelector(adapterForHost('x.com') as never)).toBe(
      'article[data-testid="tweet"],article[role="article"]',
    );
  });

  it('report routes: form addresses only from report-routes.md, unconfirmed ones marked', () => {
    const routes = Object.fromEntries(ADAPTERS.map((a) => [a.id, a.reportRoute]));
    expect(routes.x).toEqual({
      menuPath: ['⋯', 'Report'],
      formUrl: 'https://help.twitter.com/en/forms/safety-and-sensitive-content/cse',
      confirmed: false,
    });
    expect(routes.reddit).toEqual({
      menuPath: ['Report'],
      formUrl: 'https://www.reddit.com/report',
      confirmed: false,
    });
    expect(routes.tiktok?.formUrl).toBe(
      'https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse',
    );
    expect(routes.tumblr).toMatchObject({
      formUrl: 'https://www.tumblr.com/abuse/minors',
      confirmed: false,
    });
    expect(routes.bluesky?.menuPath).toEqual([
      '⋯',
      'Report',
      'Child Safety',
      'Child Sexual Abuse Material (CSAM)',
    ]);
    for (const id of ['instagram', 'facebook', 'threads', 'youtube', 'bluesky']) {
      expect(routes[id]?.formUrl).toBeUndefined();
    }
    for (const route of Object.values(routes)) {
      if (route.formUrl) expect(route.formUrl).toMatch(/^https:\/\//);
    }
  });
});
