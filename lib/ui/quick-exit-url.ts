/**
 * Where quick exit lands: a well-known, neutral page that looks like an everyday search. It is
 * opened only when the user presses quick exit (a user action, not a request of Beacon's own).
 * Kept free of zod so the popup can import it.
 */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';
