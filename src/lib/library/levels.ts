// The library's levels, apart from the texts themselves, so pages can name them without bundling every text.
export const LIBRARY_LEVELS = ['A1', 'A2', 'B1', 'B2'] as const;
export type LibraryLevel = (typeof LIBRARY_LEVELS)[number];
