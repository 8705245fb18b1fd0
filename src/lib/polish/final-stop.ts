/** Abbreviations whose dot is their own, not only the sentence's ("14,8 proc.", "w 2002 r."). */
const ABBREVIATION_DOT =
	/(?<!(?:^|[\s(])(?:proc|tys|r|ok|godz|ul|al|pl|woj|pow|gm|im|tzw|np|itp|itd|br|ub|wlkp|Wlkp|pkt|nr|st|dr|prof|hab|inż|mgr|ks|płk|gen|art|ust|zł|gr|m\.in|n\.p\.m|p\.n\.e|n\.e))\.$/u;

/** A sentence or quotation without its final full stop, keeping an abbreviation's dot. */
export function withoutFinalStop(text: string): string {
	return text.replace(ABBREVIATION_DOT, '');
}
