import type { Db } from '../db';
import { pl } from '../../domain/plural';
import { returnWindowSlot, takeWindowSlots } from './fixed-window';

/** New accounts per client address in a fixed window ('signup:ip:…' / 'join:ip:…', fixed-window.ts). */
export interface CreationQuota {
	kind: 'signup' | 'join' | 'solo';
	limit: number;
	windowMs: number;
}

const HOUR = 3_600_000;

function limitFromEnv(name: string, fallback: number): number {
	const n = Number(process.env[name]);
	return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Teachers sign up one at a time. */
export const SIGNUP_QUOTA: CreationQuota = { kind: 'signup', limit: limitFromEnv('SIGNUPS_PER_HOUR', 10), windowMs: HOUR };

/** A whole class joins from one school address at the start of a lesson, so joining allows a class and more. */
export const JOIN_QUOTA: CreationQuota = { kind: 'join', limit: limitFromEnv('JOINS_PER_HOUR', 60), windowMs: HOUR };

/** Learners on their own sign up at home, one or two per address. */
export const SOLO_QUOTA: CreationQuota = { kind: 'solo', limit: limitFromEnv('SOLO_SIGNUPS_PER_HOUR', 10), windowMs: HOUR };

const keyOf = (quota: CreationQuota, address: string) => `${quota.kind}:ip:${address}`;

/** Takes one place for an account about to be created: 0 when taken, else the milliseconds until the window ends. */
export function takeCreationSlot(db: Db, quota: CreationQuota, address: string, now = Date.now()): number {
	return takeWindowSlots(db, [{ key: keyOf(quota, address), limit: quota.limit, windowMs: quota.windowMs }], now).waitMs;
}

/** Gives the place back when the account was not created after all (e.g. the username was just taken). */
export function returnCreationSlot(db: Db, quota: CreationQuota, address: string) {
	returnWindowSlot(db, keyOf(quota, address));
}

export function creationLimitMessage(quota: CreationQuota, waitMs: number): string {
	const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
	const base = `Z tej sieci założono w ciągu godziny już ${pl(quota.limit, ['konto', 'konta', 'kont'])} — to nasz limit. Spróbuj ponownie za ${minutes} min`;
	return quota.kind === 'join' ? `${base} albo poproś nauczyciela, żeby założył Ci konto.` : `${base}.`;
}
