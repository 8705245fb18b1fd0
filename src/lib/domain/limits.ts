// Lengths the server enforces and the forms announce (maxlength), so both say the same number.

/** A learner's answer, in a reading and in review; the checker refuses longer ones too. */
export const MAX_ANSWER_LENGTH = 500;
export const MAX_CLASS_NAME = 60;

/** Texts a learner may add for themselves a day (Warsaw day): each costs a clean-up and question generation. */
export const OWN_TEXTS_PER_DAY = 5;
/** Links a learner may try a day: each is a fetch from the server. */
export const OWN_LINKS_PER_DAY = 20;
