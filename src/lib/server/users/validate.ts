import { MIN_PASSWORD_LENGTH } from '../auth/password';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** Polish messages for the account fields a person types; null when all is well. */
export function usernameProblem(username: string): string | null {
	if (!USERNAME_PATTERN.test(username))
		return 'Nazwa użytkownika: 3–32 znaki, małe litery bez polskich znaków, cyfry, kropka, myślnik lub podkreślnik.';
	return null;
}

export function passwordProblem(password: string, repeat?: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) return `Hasło musi mieć co najmniej ${MIN_PASSWORD_LENGTH} znaków.`;
	if (password.length > 200) return 'Hasło jest za długie (najwyżej 200 znaków).';
	if (repeat !== undefined && repeat !== password) return 'Hasła nie są takie same.';
	return null;
}

export function displayNameProblem(name: string): string | null {
	if (!name.trim()) return 'Podaj swoje imię (zobaczy je nauczyciel).';
	if (name.length > 80) return 'Imię jest za długie (najwyżej 80 znaków).';
	return null;
}
