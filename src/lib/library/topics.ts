/** A library text's topics: its header lists one or more, e.g. "miasto, transport, wiadomości". */
export const topicsOf = (topic: string) =>
	topic
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);
