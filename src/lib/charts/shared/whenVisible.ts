// Calls back once when an element comes near the viewport, so heavy, optional parts of a page
// (the state map's d3-geo and atlas) load only for readers who scroll to them.
export function whenVisible(node: Element, onVisible: () => void) {
	if (typeof IntersectionObserver === 'undefined') {
		onVisible();
		return {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				observer.disconnect();
				onVisible();
			}
		},
		{ rootMargin: '200px' }
	);
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
}
