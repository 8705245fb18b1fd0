/**
 * Lexicon of Polish number words in all their case/gender forms, used by numbers.ts.
 * Rank orders the parts of a compound numeral ("sto dwadzieścia dwa"): each part must be of
 * lower rank than the one before, which rejects nonsense like "dwa trzy".
 */
type NumberWordKind = 'part' | 'mult' | 'vague';

export interface NumberWord {
	value: number;
	kind: NumberWordKind;
	/** 3 hundreds, 2 tens, 1 units; teens are 2 but close the group like units. */
	rank: number;
	ordinal?: boolean;
	/** Plural multiplier ("tysiące", "milionów"): alone it means "thousands", which is vague. */
	plural?: boolean;
	/** Pronoun-like words ("jeden z nich", "pół godziny") that count only next to a multiplier or unit. */
	weak?: boolean;
}

const lexicon = new Map<string, NumberWord>();

function add(forms: string, entry: NumberWord): void {
	for (const f of forms.split(' ')) if (f && !lexicon.has(f)) lexicon.set(f, entry);
}

const UNITS: [number, string][] = [
	[2, 'dwa dwie dwóch dwu dwom dwoma dwiema dwaj dwoje dwojga dwojgu dwojgiem'],
	[3, 'trzy trzech trzem trzema trzej troje trojga trojgu trojgiem'],
	[4, 'cztery czterech czterem czterema czterej czworo czworga czworgu czworgiem'],
	[5, 'pięć pięciu pięcioma pięcioro pięciorga'],
	[6, 'sześć sześciu sześcioma sześcioro sześciorga'],
	[7, 'siedem siedmiu siedmioma siedmioro siedmiorga'],
	[8, 'osiem ośmiu ośmioma ośmioro ośmiorga'],
	[9, 'dziewięć dziewięciu dziewięcioma dziewięcioro dziewięciorga']
];
const TEENS: [number, string][] = [
	[10, 'dziesięć dziesięciu dziesięcioma dziesięcioro'],
	[11, 'jedenaście jedenastu jedenastoma'],
	[12, 'dwanaście dwunastu dwunastoma'],
	[13, 'trzynaście trzynastu trzynastoma'],
	[14, 'czternaście czternastu czternastoma'],
	[15, 'piętnaście piętnastu piętnastoma'],
	[16, 'szesnaście szesnastu szesnastoma'],
	[17, 'siedemnaście siedemnastu siedemnastoma'],
	[18, 'osiemnaście osiemnastu osiemnastoma'],
	[19, 'dziewiętnaście dziewiętnastu dziewiętnastoma']
];
const TENS: [number, string][] = [
	[20, 'dwadzieścia dwudziestu dwudziestoma'],
	[30, 'trzydzieści trzydziestu trzydziestoma'],
	[40, 'czterdzieści czterdziestu czterdziestoma'],
	[50, 'pięćdziesiąt pięćdziesięciu pięćdziesięcioma'],
	[60, 'sześćdziesiąt sześćdziesięciu sześćdziesięcioma'],
	[70, 'siedemdziesiąt siedemdziesięciu siedemdziesięcioma'],
	[80, 'osiemdziesiąt osiemdziesięciu osiemdziesięcioma'],
	[90, 'dziewięćdziesiąt dziewięćdziesięciu dziewięćdziesięcioma']
];
const HUNDREDS: [number, string][] = [
	[100, 'sto stu stoma'],
	[200, 'dwieście dwustu dwustoma'],
	[300, 'trzysta trzystu trzystoma'],
	[400, 'czterysta czterystu czterystoma'],
	[500, 'pięćset pięciuset'],
	[600, 'sześćset sześciuset'],
	[700, 'siedemset siedmiuset'],
	[800, 'osiemset ośmiuset'],
	[900, 'dziewięćset dziewięciuset']
];
const MULTS: [number, string, string][] = [
	[1e3, 'tysiąc tysiąca tysiącu tysiącem tys. tys', 'tysiące tysięcy tysiącom tysiącami tysiącach'],
	[1e6, 'milion miliona milionowi milionem milionie mln mln.', 'miliony milionów milionom milionami milionach'],
	[1e9, 'miliard miliarda miliardowi miliardem miliardzie mld mld.', 'miliardy miliardów miliardom miliardami miliardach'],
	[1e12, 'bilion biliona bilionem bilionie bln bln.', 'biliony bilionów bilionach']
];
/** Ordinal adjective stems, declined with hard adjective endings. */
const ORDINAL_STEMS: [number, string][] = [
	[1, 'pierwsz'],
	[4, 'czwart'],
	[5, 'piąt'],
	[6, 'szóst'],
	[7, 'siódm'],
	[8, 'ósm'],
	[9, 'dziewiąt'],
	[10, 'dziesiąt'],
	[11, 'jedenast'],
	[12, 'dwunast'],
	[13, 'trzynast'],
	[14, 'czternast'],
	[15, 'piętnast'],
	[16, 'szesnast'],
	[17, 'siedemnast'],
	[18, 'osiemnast'],
	[19, 'dziewiętnast'],
	[20, 'dwudziest'],
	[30, 'trzydziest'],
	[40, 'czterdziest'],
	[50, 'pięćdziesiąt'],
	[60, 'sześćdziesiąt'],
	[70, 'siedemdziesiąt'],
	[80, 'osiemdziesiąt'],
	[90, 'dziewięćdziesiąt'],
	[100, 'setn'],
	[200, 'dwusetn'],
	[300, 'trzechsetn'],
	[400, 'czterechsetn'],
	[500, 'pięćsetn'],
	[600, 'sześćsetn'],
	[700, 'siedemsetn'],
	[800, 'osiemsetn'],
	[900, 'dziewięćsetn'],
	[1000, 'tysięczn'],
	[2000, 'dwutysięczn'],
	[1e6, 'milionow']
];
const HARD_ENDINGS = 'y ego emu ym a ej ą e ych ymi';
const rankOf = (v: number) => (v >= 100 ? 3 : v >= 10 ? 2 : 1);

add('jeden jedna jedno jednego jednej jednemu jednym jedną jedni jednych jednymi jedne', {
	value: 1,
	kind: 'part',
	rank: 1,
	weak: true
});
add('zero zera zeru zerem', { value: 0, kind: 'part', rank: 1 });
add('półtora półtorej', { value: 1.5, kind: 'part', rank: 1 });
add('pół', { value: 0.5, kind: 'part', rank: 1, weak: true });
for (const [v, f] of UNITS) add(f, { value: v, kind: 'part', rank: 1 });
for (const [v, f] of TEENS) add(f, { value: v, kind: 'part', rank: 2 });
for (const [v, f] of TENS) add(f, { value: v, kind: 'part', rank: 2 });
for (const [v, f] of HUNDREDS) add(f, { value: v, kind: 'part', rank: 3 });
for (const [v, sing, plural] of MULTS) {
	add(sing, { value: v, kind: 'mult', rank: 4 });
	add(plural, { value: v, kind: 'mult', rank: 4, plural: true });
}
for (const [v, stem] of ORDINAL_STEMS) {
	const ends = HARD_ENDINGS.split(' ')
		.map((e) => stem + e)
		.join(' ');
	add(ends, { value: v, kind: 'part', rank: v >= 1000 ? 4 : rankOf(v), ordinal: true });
}
add('drugi drugiego drugiemu drugim druga drugiej drugą drugie drugich drugimi drudzy', {
	value: 2,
	kind: 'part',
	rank: 1,
	ordinal: true
});
add('trzeci trzeciego trzeciemu trzecim trzecia trzeciej trzecią trzecie trzecich trzecimi', {
	value: 3,
	kind: 'part',
	rank: 1,
	ordinal: true
});
add(
	'kilka kilku kilkoma kilkoro kilkanaście kilkunastu kilkunastoma kilkadziesiąt kilkudziesięciu ' +
		'kilkaset kilkuset parę paru paroma parędziesiąt kilkadziesiąt wiele wielu setki setek dziesiątki dziesiątek',
	{ value: NaN, kind: 'vague', rank: 0 }
);

export function numberWord(word: string): NumberWord | undefined {
	return lexicon.get(word.toLowerCase());
}

/** Teens close a group: nothing may follow "dwanaście" except a multiplier. */
export function isTeen(w: NumberWord): boolean {
	return w.kind === 'part' && w.value >= 10 && w.value < 20;
}

/** Every word form in the lexicon (for restoring diacritics a learner left out). */
export function numberWordForms(): string[] {
	return [...lexicon.keys()];
}
