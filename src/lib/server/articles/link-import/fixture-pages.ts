// Pages written for the link-import tests (unit and browser): a news article with og metadata, one
// wrapped in a cookie banner, related links and share buttons, a paywalled one, an English one and a
// near-empty one. Plain data, no imports, so Playwright can load it as it is.

const PARAGRAPHS = [
	'W poniedziałek rano w Toruniu otwarto nowy most pieszo-rowerowy nad Wisłą. Przeprawa łączy Bulwar Filadelfijski z Kępą Bazarową i ma ponad czterysta metrów długości.',
	'Budowa trwała dwa lata i kosztowała 96 milionów złotych. Większą część pieniędzy miasto otrzymało z funduszy europejskich, resztę dołożył samorząd województwa.',
	'Jak powiedział prezydent miasta, most ma zachęcić mieszkańców do jazdy na rowerze i spacerów nad rzeką. Pierwszego dnia przeszło po nim ponad trzy tysiące osób.',
	'Na środku przeprawy zbudowano taras widokowy z ławkami. Wieczorem most jest podświetlany, a latem mają się na nim odbywać koncerty i pokazy filmów.',
	'Miasto zapowiada, że w przyszłym roku powstanie także nowa ścieżka rowerowa wzdłuż Wisły. Ma ona połączyć most z osiedlami na prawym brzegu rzeki.'
];

export const ARTICLE_TITLE = 'Nowy most pieszo-rowerowy w Toruniu już otwarty';
export const ARTICLE_FIRST = PARAGRAPHS[0];
export const ARTICLE_LAST = PARAGRAPHS[PARAGRAPHS.length - 1];

const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

/** A plain news page: og metadata, navigation, the article and a footer. */
export const ARTICLE_PAGE = `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>${ARTICLE_TITLE} | Gazeta Toruńska</title>
<meta property="og:title" content="${ARTICLE_TITLE}">
<meta property="og:site_name" content="Gazeta Toruńska">
<meta property="article:published_time" content="2024-03-14T08:30:00+01:00">
</head>
<body>
<header><a href="/">Gazeta Toruńska</a><nav><a href="/kraj">Kraj</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a></nav></header>
<main><article>
<h1>${ARTICLE_TITLE}</h1>
${body}
</article></main>
<footer>© Gazeta Toruńska. Wszelkie prawa zastrzeżone.</footer>
</body></html>`;

/** The same article with a cookie banner, share buttons, a related-links box and JSON-LD instead of og tags. */
export const CLUTTERED_PAGE = `<!doctype html>
<html lang="pl-PL">
<head>
<meta charset="utf-8">
<title>Most w Toruniu - Portal Kujawski</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ARTICLE_TITLE}","datePublished":"2024-03-14T23:30:00Z","publisher":{"@type":"Organization","name":"Portal Kujawski"}}</script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">Ta strona używa plików cookies, aby działać lepiej. <button>Akceptuję</button> <a href="/prywatnosc">Polityka prywatności</a></div>
<div class="share-buttons"><a href="https://facebook.com/share">Udostępnij na Facebooku</a> <a href="https://x.com/share">Udostępnij na X</a> <a href="mailto:?">Wyślij e-mailem</a></div>
<div class="content"><article>
<h1>${ARTICLE_TITLE}</h1>
${body}
</article></div>
<div class="related-links"><h3>Czytaj także</h3><ul>
<li><a href="/a1">Nowe linie autobusowe w Toruniu od kwietnia</a></li>
<li><a href="/a2">Remont ulicy Szerokiej potrwa do jesieni</a></li>
<li><a href="/a3">Toruński piernik z unijnym certyfikatem</a></li>
</ul></div>
<div class="share-buttons"><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/share">X</a></div>
</body></html>`;

/** A paywalled article: the lead only, then an offer. */
export const PAYWALL_PAGE = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>Tajemnice toruńskich piwnic</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tajemnice toruńskich piwnic","isAccessibleForFree":false}</script></head>
<body><article><h1>Tajemnice toruńskich piwnic</h1>
<p>Pod starówką w Toruniu ciągną się kilometry średniowiecznych piwnic. Część z nich można zwiedzać już od tej wiosny.</p>
<div class="paywall"><p>Ten artykuł jest dostępny tylko dla subskrybentów.</p><p><a href="/subskrypcja">Wykup dostęp</a>, aby przeczytać cały tekst.</p></div>
</article></body></html>`;

/** An English page, declared as such. */
export const ENGLISH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>New bridge opens in Toruń</title></head>
<body><article><h1>New bridge opens in Toruń</h1>
<p>A new pedestrian and cycle bridge over the Vistula was opened in Toruń on Monday morning. The crossing links the Philadelphia Boulevard with Kępa Bazarowa and is more than four hundred metres long.</p>
<p>Construction took two years and cost 96 million zlotys. Most of the money came from European funds, and the rest was added by the regional government.</p>
<p>The mayor said that the bridge should encourage residents to cycle and to walk along the river. On the first day more than three thousand people crossed it.</p>
<p>A viewing terrace with benches was built in the middle of the crossing. In the evening the bridge is lit, and concerts and film screenings are planned for the summer.</p>
</article></body></html>`;

/** A home page with links and one sentence: nothing to read. */
export const EMPTY_PAGE = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>Gazeta Toruńska — strona główna</title></head>
<body><nav><a href="/kraj">Kraj</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a></nav>
<p>Witamy na stronie gazety.</p></body></html>`;
