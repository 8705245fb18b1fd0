/** The account that owns the graded library's articles (library/seed-library.ts makes it). It cannot sign in. */
export const LIBRARY_OWNER_ID = 'czytanka-biblioteka';
