import { z } from 'zod';
import { LEARNER_LEVELS } from '$lib/domain/learner-levels';

/** A class learner rating themselves before the placement (self-study learners did at sign-up). */
export const selfLevelForm = z.object({ selfLevel: z.enum(LEARNER_LEVELS, { error: 'Wybierz, jak dobrze znasz polski.' }) });
