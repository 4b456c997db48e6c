// Where a claim mark links to. The claims page anchors each claim by its id.

export function claimHref(claimId: string, base = ''): string {
	return `${base}/claims#${encodeURIComponent(claimId)}`;
}
