import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/platforms/hosts';
import { ADAPTERS } from '@/lib/platforms/registry';
import { ADAPTER_VERSIONS, adapterVersion } from '@/lib/platforms/versions';

describe('adapter versions for the background', () => {
  it('equal each adapter’s own version, for every platform and no other', () => {
    expect(Object.keys(ADAPTER_VERSIONS).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const adapter of ADAPTERS) {
      expect(ADAPTER_VERSIONS[adapter.id], adapter.id).toBe(adapter.version);
      expect(adapterVersion(adapter.id), adapter.id).toBe(adapter.version);
    }
  });

  it('an id that is no platform (from a page or a stored capture) has no version', () => {
    for (const id of ['', 'myspace', '__proto__', 'constructor', 'toString', null, 1, {}]) {
      expect(adapterVersion(id), String(id)).toBeUndefined();
    }
  });
});
