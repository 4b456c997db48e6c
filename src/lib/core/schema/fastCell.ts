// Fast paths for cell schemas: plain functions that accept exactly the strings the zod schema
// accepts and return the same value, so the loader can skip zod's per-call machinery on ordinary
// cells. They never word a problem: on REJECT the loader asks zod, which reports it.
// tests/unit/schema/fastCell.test.ts holds every fast path to its schema on adversarial input.
import { z } from 'zod';

/** What a fast path returns for a cell its schema rejects. */
export const REJECT: unique symbol = Symbol('rejected cell');
export type FastPath = (raw: string) => unknown;

const registered = new WeakMap<z.ZodType, FastPath>();

/** Attach a fast path to a cell schema. It must accept exactly what the schema accepts. */
export function withFastPath<S extends z.ZodType>(schema: S, path: FastPath): S {
	registered.set(schema, path);
	return schema;
}

/** zod itself as a fast path, for a union member that has none. */
const viaZod =
	(schema: z.ZodType): FastPath =>
	(raw) => {
		const r = schema.safeParse(raw);
		return r.success ? r.data : REJECT;
	};

/**
 * The fast path of a cell schema: its own, or built for a string literal or a union (zod returns
 * the first member that accepts; so does this). null when no part of it has one: zod must run.
 */
export function fastCell(schema: z.ZodType): FastPath | null {
	const own = registered.get(schema);
	if (own) return own;
	const def = schema.def as {
		type: string;
		checks?: unknown[];
		values?: unknown[];
		options?: z.ZodType[];
		inclusive?: boolean;
	};
	// A refine on the literal or union itself would be skipped here.
	if (def.checks?.length) return null;
	if (def.type === 'literal' && def.values!.length === 1 && typeof def.values![0] === 'string') {
		const only = def.values![0];
		return (raw) => (raw === only ? only : REJECT);
	}
	// inclusive === false is z.xor, which rejects a value two members accept.
	if (def.type === 'union' && def.inclusive !== false) {
		const members = def.options!.map(fastCell);
		if (members.every((m) => m === null)) return null;
		const paths = members.map((m, i) => m ?? viaZod(def.options![i]!));
		return (raw) => {
			for (let i = 0; i < paths.length; i++) {
				const v = paths[i]!(raw);
				if (v !== REJECT) return v;
			}
			return REJECT;
		};
	}
	return null;
}
