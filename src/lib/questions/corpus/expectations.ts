/**
 * What a teacher would ask about each golden text: an answer that must be among the generated
 * questions, with a pattern its prompt must match (question word and the gist of the sentence).
 */
export interface Expectation {
	answer: string | RegExp;
	prompt: RegExp;
}

export const EXPECTATIONS: Record<string, Expectation[]> = {
	'seed-article.txt': [
		{ answer: '2002', prompt: /^Kiedy powstała Rada NATO-Rosja\?$/ },
		{ answer: '122 tysiące', prompt: /^Ilu żołnierzy rosyjskich pozostaje w odległości 200 km od granicy ukraińskiej\?$/ },
		{ answer: 'Jens Stoltenberg', prompt: /^Kto powiedział, że Rosja nie może narzucać ograniczeń NATO/ },
		{ answer: '2016-2019', prompt: /^W jakich latach odbyło się kilka spotkań\?$/ },
		{ answer: /jesienią 2021 roku/i, prompt: /pojawiły się doniesienia|____/ },
		{ answer: '12 stycznia', prompt: /posiedzenie Rady NATO-Rosja/ }
	],
	'polityka-sejm.txt': [
		{ answer: '412', prompt: /^Ilu posłów głosowało za przyjęciem projektu\?$/ },
		{ answer: 'Tomasz Siemoniak', prompt: /^Kto powiedział w Sejmie, że to największa reforma/ },
		{ answer: 'Tomasz Siemoniak', prompt: /^Kto dodał, że pierwsze schrony powstaną w Białymstoku, Lublinie i Rzeszowie\?$/ },
		{ answer: 'Krzysztof Bosak', prompt: /^Kto podkreślił, że samorządy/ },
		{ answer: '2030', prompt: /^Do którego roku w miejscach ukrycia zmieści się 60 proc\. mieszkańców kraju\?$/ }
	],
	'historia-powstanie.txt': [
		{ answer: /^1 sierpnia 1944 roku/, prompt: /^Kiedy wybuchło Powstanie Warszawskie\?$|____/ },
		{ answer: '31 lipca 2004 roku', prompt: /^Kiedy otwarto Muzeum Powstania Warszawskiego\?$/ },
		{ answer: 'około 25 tysięcy', prompt: /^Ilu żołnierzy walczyło po stronie niemieckiej\?$/ },
		{ answer: 'około 40 tysięcy', prompt: /^Ilu żołnierzy Armii Krajowej stanęło do walki\?$/ },
		{ answer: 'Jan Ołdakowski', prompt: /^Kto powiedział, że w tym roku w obchodach/ }
	],
	'sport-siatkowka.txt': [
		{ answer: /ponad 12 tysięcy/, prompt: /^Ilu kibiców przyszło na mecz finałowy|____/ },
		{ answer: 'Nikola Grbić', prompt: /^Kto powiedział po meczu, że Francuzi/ },
		{ answer: 'Polski Związek Piłki Siatkowej', prompt: /^Kto poinformował, że każdy z 12 zawodników/ },
		{ answer: 'w Paryżu', prompt: /^Gdzie .*Bartosz Kurek rozegrał swój ostatni turniej olimpijski\?$/ }
	],
	'gospodarka-inflacja.txt': [
		{ answer: 'we wrześniu 2024 roku', prompt: /^Kiedy inflacja wyniosła 4,9 proc\./ },
		{ answer: 'Adam Glapiński', prompt: /^Kto podkreślił, że inflacja pozostanie podwyższona/ },
		{ answer: '4,9 proc.', prompt: /^Ile .*wyniosła|____/ },
		{ answer: 'Główny Urząd Statystyczny', prompt: /^Kto poinformował, że inflacja/ }
	],
	'nauka-kosmos.txt': [
		{ answer: 'w marcu 2025 roku', prompt: /^Kiedy pierwszy polski satelita obserwacyjny .* poleci w kosmos\?$/ },
		{ answer: '35', prompt: /^Ilu naukowców i studentów pracowało nad projektem\?$/ },
		{ answer: 'Marek Kowalski', prompt: /^Kto powiedział, że zdjęcia z satelity/ },
		{ answer: '2014', prompt: /założona w ____ roku|^Kiedy .*założona/ }
	],
	'lokalne-most.txt': [
		{ answer: 'Arkadiusz Wiśniewski', prompt: /^Kto powiedział podczas otwarcia, że to najważniejsza inwestycja/ },
		{ answer: 'w kwietniu 2022 roku', prompt: /^Kiedy rozpoczęły się prace\?$/ },
		{ answer: 'około 15 tysięcy', prompt: /^Ile osób mieszka w dzielnicy\?$|____/ },
		{ answer: 'prezydent Opola', prompt: /^Jaką funkcję pełni Arkadiusz Wiśniewski\?$/ },
		{ answer: '320 metrów', prompt: /^Ile metrów długości ma most\?$/ }
	],
	'kultura-festiwal.txt': [
		{ answer: '16', prompt: /^Ile filmów pokazano w konkursie głównym\?$/ },
		{ answer: 'Joanna Łapińska', prompt: /^Kto poinformował, że w tym roku sprzedano/ },
		{ answer: '1987', prompt: /przeniesiono go w ____ roku/ },
		{ answer: 'ponad 60 tysięcy', prompt: /biletów/ },
		{ answer: 'ponad 60 tysięcy', prompt: /^Ile biletów sprzedano w tym roku\?$/ }
	],
	'pogoda-burze.txt': [
		{ answer: 'Grzegorz Walijewski', prompt: /^Kto powiedział, że w czwartek burze przesuną się/ },
		{ answer: 'ponad 2 tysiące', prompt: /^Ile razy interweniowali strażacy\?$/ },
		{ answer: 'w lipcu 2023 roku', prompt: /^Kiedy podobne burze spowodowały/ },
		{ answer: '45 tysięcy', prompt: /^Ilu odbiorców pozostaje bez prądu\?$/ }
	],
	'zdrowie-szczepienia.txt': [
		{ answer: '1 czerwca 2023 roku', prompt: /^Od kiedy w Polsce działa bezpłatny program szczepień/ },
		{ answer: 'ponad 400 tysięcy', prompt: /^Ile dzieci zaszczepiono do końca sierpnia\?$/ },
		{ answer: 'Mariusz Bidziński', prompt: /^Kto podkreślił, że szczepionka jest bezpieczna/ },
		{ answer: '2028', prompt: /do ____ roku|^Do którego roku/ }
	],
	'technologia-dane.txt': [
		{ answer: 'w Ożarowie Mazowieckim', prompt: /^Gdzie spółka Beyond\.pl rozpoczęła budowę|^Gdzie Spółka Beyond\.pl rozpoczęła budowę/ },
		{ answer: 'Wojciech Stramski', prompt: /^Kto powiedział, że z usług centrum/ },
		{ answer: '2027', prompt: /ukończona w ____ roku|^Kiedy inwestycja/ },
		{ answer: 'Paweł Kanclerz', prompt: /^Kto poinformował, że gmina zyska/ }
	],
	'edukacja-matura.txt': [
		{ answer: 'Barbara Nowacka', prompt: /^Kto poinformował, że od 2026 roku matura z matematyki/ },
		{ answer: 'Marcin Smolik', prompt: /^Kto powiedział, że wyniki są podobne/ },
		{ answer: '2026', prompt: /^Od którego roku matura z matematyki zostanie skrócona do 180 minut\?$/ },
		{ answer: '9 lipca', prompt: /świadectwa maturalne/i },
		{ answer: '262 tysiące', prompt: /^Ilu uczniów przystąpiło do matury w maju\?$/ }
	],
	'transport-kolej.txt': [
		{ answer: 'Dariusz Klimczak', prompt: /^Kto powiedział, że linia jest częścią/ },
		{ answer: '2015', prompt: /^Od którego roku trwały prace\?$/ },
		{ answer: 'Janusz Malinowski', prompt: /^Kto (dodał|poinformował), że/ },
		{ answer: '180 km', prompt: /^Modernizacja objęła ____ torów\.$|^Ile kilometrów torów objęła modernizacja\?$/ }
	],
	'mieszkania-ceny.txt': [
		{ answer: 'około 330 tysięcy', prompt: /^Ilu mieszkańców liczy Lublin\?$/ },
		{ answer: '9 proc.', prompt: /^O ile wzrosły w Warszawie ceny\?$/ },
		{ answer: '90 metrów', prompt: /^Ile metrów wysokości ma budynek\?$/ },
		{ answer: '600', prompt: /^Ilu pracowników deweloper zatrudnia obecnie\?$/ },
		{ answer: 'Krzysztof Żuk', prompt: /^Kto poinformował, że miasto przygotuje/ }
	]
};
