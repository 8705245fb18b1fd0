import Database from 'better-sqlite3';

/** Prints the demo logins when the database holds the demo accounts (they exist only for the demo seed). */
export function printDemoLogins(path) {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const row = db.prepare("select 1 from users where demo = 1 and username = 'demo-nauczyciel'").get();
		if (!row) return;
		console.log('Konta demo (hasło: czytanka-demo):');
		console.log('  nauczyciel: demo-nauczyciel');
		console.log('  uczeń:      demo-uczen');
	} finally {
		db.close();
	}
}
