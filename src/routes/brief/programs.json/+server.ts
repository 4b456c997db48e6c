// Every program with a brief: CIP code and title, for the search suggestions on /brief.
import { json } from '@sveltejs/kit';
import { briefCips } from '$lib/server/payloads/brief';

export const prerender = true;
export const GET = () => json(briefCips());
