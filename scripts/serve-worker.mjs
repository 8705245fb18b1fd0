// One server process: the built app behind node:http, with a graceful stop. Started by start.mjs: either
// alone (listening itself) or as a cluster worker that serves the connections the primary hands it.
import { createServer } from 'node:http';
import net from 'node:net';
import { pathToFileURL } from 'node:url';

const HANDOFF = 'czytanka:connection';

export async function serve({ built, port, host, trustLocalHttp, onListening, worker = false }) {
	const { handler } = await import(pathToFileURL(built).href);
	let closing = false;
	let open = 0;
	const server = createServer((req, res) => {
		if (trustLocalHttp) req.headers['x-czytanka-proto'] = 'http';
		// While shutting down, every answer tells the client not to reuse its connection.
		if (closing) res.setHeader('connection', 'close');
		handler(req, res);
	});
	server.on('connection', (socket) => {
		open++;
		socket.once('close', () => {
			open--;
			if (closing && open === 0) process.exit(0);
		});
	});

	if (worker) {
		process.on('message', (message, socket) => {
			if (message !== HANDOFF || !socket) return;
			server.emit('connection', socket);
			socket.resume();
		});
		process.send?.('czytanka:ready');
	} else server.listen(port, host, onListening);

	/**
	 * Graceful stop: no new connections; requests already received are answered (with "Connection: close");
	 * idle keep-alive connections are closed only after a moment, so a request already on its way over one
	 * is read and answered instead of reset; then the process exits (at the latest after 25 s).
	 */
	function shutdown() {
		if (closing) return;
		closing = true;
		// net.Server's own close: http.Server's would drop idle keep-alive connections at once.
		if (!worker) net.Server.prototype.close.call(server);
		if (open === 0) process.exit(0);
		setInterval(() => server.closeIdleConnections(), 500).unref();
		setTimeout(() => process.exit(0), 25_000).unref();
	}
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, shutdown);
}

/**
 * The primary of a cluster: it alone listens, and hands each connection (paused, so no byte is lost) to the
 * workers in turn. On a stop it closes the listening socket first, so no connection is ever accepted that no
 * worker will answer.
 */
export function distribute({ port, host, workers, onListening }) {
	let next = 0;
	const listener = net.createServer({ pauseOnConnect: true }, (socket) => {
		const alive = workers().filter((w) => w.isConnected());
		if (alive.length === 0) return socket.destroy();
		alive[next++ % alive.length].send(HANDOFF, socket, { keepOpen: false });
	});
	listener.listen(port, host, onListening);
	return () => new Promise((resolve) => listener.close(() => resolve()));
}
