import { browser } from 'wxt/browser';
import { createClient } from '@/lib/messaging/client';

/** The extension pages' typed channel to the background. */
export const send = createClient((message) => browser.runtime.sendMessage(message));
