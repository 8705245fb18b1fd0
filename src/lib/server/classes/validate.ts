import { MAX_CLASS_NAME } from '$lib/domain/limits';

export function classNameProblem(name: string): string | null {
	if (!name.trim()) return 'Podaj nazwę klasy, np. „4b — czytanie”.';
	if (name.trim().length > MAX_CLASS_NAME) return `Nazwa klasy jest za długa (najwyżej ${MAX_CLASS_NAME} znaków).`;
	return null;
}
