// The badge a source gets. An upload is recognised by its synthetic id, before its kind is read.
import type { Source } from '../core/schema/source';
import { isUploadSource } from './relabel';

export type Badge = {
	label: string;
	tone: 'official' | 'reproduction' | 'survey' | 'document' | 'upload';
};

export function sourceBadge(source: Pick<Source, 'source_id' | 'kind'> | null): Badge {
	if (!source) return { label: 'Unknown source', tone: 'document' };
	if (isUploadSource(source.source_id)) return { label: 'Your upload', tone: 'upload' };
	switch (source.kind) {
		case 'official':
			return { label: 'Official', tone: 'official' };
		case 'reproduction':
			return { label: 'Reproduction', tone: 'reproduction' };
		case 'survey':
			return { label: 'Survey', tone: 'survey' };
		case 'article':
			return { label: 'Article', tone: 'document' };
		default:
			return { label: 'Marketing', tone: 'document' };
	}
}
