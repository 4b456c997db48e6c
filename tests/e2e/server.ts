// A tiny static file server for the built site (build/), like any static host: no CSP headers of its
// own (the CSP is a <meta http-equiv> tag in each prerendered page), pretty URLs map to .html files,
// text is gzipped when the browser accepts it, and hashed assets are cached for good (as on Netlify,
// GitHub Pages or Cloudflare), so Lighthouse measures what a reader would get.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file a URL path maps to: exact file, then path.html, then path/index.html. */
export async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base.replace(/\/$/, '')}.html`, join(base, 'index.html')])
		if (await isFile(candidate)) return candidate;
	return null;
}

export function startStaticServer(
	dir = 'build',
	port = 0
): Promise<{ server: Server; origin: string }> {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const file = await resolveFile(root, path);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string | number> = {
			'content-type': type,
			vary: 'accept-encoding'
		};
		if (path.startsWith('/_app/immutable/'))
			headers['cache-control'] = 'public, max-age=31536000, immutable';
		let body = await readFile(file);
		if (
			/^(text\/|application\/json|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
		) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = body.length;
		res.writeHead(200, headers).end(body);
	});
	return new Promise((ok) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const p = typeof address === 'object' && address ? address.port : port;
			ok({ server, origin: `http://127.0.0.1:${p}` });
		})
	);
}
