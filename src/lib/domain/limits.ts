// Lengths the server enforces and the forms announce (maxlength), so both say the same number.

/** A learner's answer, in a reading and in review; the checker refuses longer ones too. */
export const MAX_ANSWER_LENGTH = 500;
export const MAX_CLASS_NAME = 60;
