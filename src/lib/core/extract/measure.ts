// Which measure a figure states, from the words near it. Each rule is a cue (a regex) and the
// measure it means for each kind of number. The nearest cue wins, within the figure's window
// (bounded by the neighbouring figures); cues on the unusual side of the figure count as
// farther. Tier-1 cues are specific ("median", "openings", "eligible to retire"); tier-2 cues
// ("jobs", "salary") are used only when no tier-1 cue is found.
import type { ClaimMeasure } from '../schema/vocabulary';
import type { FigureMatch } from './numbers';
import type { Range } from './types';

type Side = 'before' | 'after' | 'either';
type MoneyMeasures = { annual: ClaimMeasure; hourly: ClaimMeasure };

export type MeasureRule = {
	id: string;
	cue: RegExp;
	tier: 1 | 2;
	side: Side;
	/** Farthest distance (characters) between cue and figure. */
	reach: number;
	percent?: ClaimMeasure;
	count?: ClaimMeasure;
	money?: MoneyMeasures;
	/** Only for ranges of money ("salaries range from $A to $B"). */
	moneyRange?: ClaimMeasure;
	/** The figure is a decrease: the value is negated. */
	negative?: boolean;
	/** The cue names no statistic: the choice is an assumption. */
	assumed?: string;
};

export const MEASURE_RULES: MeasureRule[] = [
	{
		id: 'eligible to retire',
		cue: /\beligible\s+(?:for|to)\s+(?:retire(?:ment)?|retiring)\b/gi,
		tier: 1,
		side: 'either',
		reach: 160,
		percent: 'share_eligible_to_retire'
	},
	{
		id: 'retire',
		cue: /(?<!eligible\s+(?:for|to)\s+)\b(?:retir(?:e|es|ed|ing|ement)|retirees)\b/gi,
		tier: 1,
		side: 'either',
		reach: 160,
		percent: 'share_retiring_within_5y'
	},
	{
		id: 'vacancy rate',
		cue: /\bvacanc(?:y|ies)(?:\s+rates?)?\b/gi,
		tier: 1,
		side: 'either',
		reach: 120,
		percent: 'vacancy_rate'
	},
	{
		id: 'medical decisions',
		cue: /\b(?:critical\s+|clinical\s+|medical\s+|healthcare\s+|health\s+care\s+|treatment\s+)+decisions\b/gi,
		tier: 1,
		side: 'after',
		reach: 120,
		percent: 'share_decisions_influenced_by_lab'
	},
	{
		id: 'top 10 percent',
		cue: /\b(?:top|highest|upper|best[\s-]paid|highest[\s-]paid|top[\s-]earning)\s+10\s*(?:%|percent|per\s?cent)|\b90th\s+percentile\b|\bhigh\s+end\b/gi,
		tier: 1,
		side: 'before',
		reach: 90,
		money: { annual: 'wage_p90_annual', hourly: 'wage_p90_hourly' }
	},
	{
		id: 'bottom 10 percent',
		cue: /\b(?:bottom|lowest|lower|lowest[\s-]paid|least[\s-]paid)\s+10\s*(?:%|percent|per\s?cent)|\b10th\s+percentile\b|\blow\s+end\b|\bentry[\s-]level\b/gi,
		tier: 1,
		side: 'before',
		reach: 90,
		money: { annual: 'wage_p10_annual', hourly: 'wage_p10_hourly' }
	},
	{
		id: '25th percentile',
		cue: /\b25th\s+percentile\b/gi,
		tier: 1,
		side: 'before',
		reach: 60,
		money: { annual: 'wage_p25_annual', hourly: 'wage_p25_annual' }
	},
	{
		id: '75th percentile',
		cue: /\b75th\s+percentile\b/gi,
		tier: 1,
		side: 'before',
		reach: 60,
		money: { annual: 'wage_p75_annual', hourly: 'wage_p75_annual' }
	},
	{
		id: 'median',
		cue: /\bmedian\b/gi,
		tier: 1,
		side: 'before',
		reach: 160,
		money: { annual: 'median_annual_wage', hourly: 'median_hourly_wage' }
	},
	{
		id: 'average',
		cue: /\b(?:average|mean)\b(?!\s+(?:for|of)\s+all\b)/gi,
		tier: 1,
		side: 'before',
		reach: 120,
		money: { annual: 'mean_annual_wage', hourly: 'mean_hourly_wage' }
	},
	{
		id: 'salary range',
		cue: /\b(?:range|ranges|ranging|ranged|between)\b/gi,
		tier: 1,
		side: 'before',
		reach: 60,
		moneyRange: 'salary_range'
	},
	{
		id: 'grow to',
		cue: /\b(?:grow|grows|rise|rises|increase|increases|climb|climbs|expand|expands)\s+to\b|\breach(?:es|ing)?\b/gi,
		tier: 1,
		side: 'before',
		reach: 20,
		count: 'employment_projected'
	},
	{
		id: 'new jobs',
		cue: /\bnew\s+(?:jobs|positions|roles)\b|\badd(?:s|ed|ing)?\b|\bincrease\s+of\b|\bgrow(?:th)?\s+(?:by|of)\b|\b(?:employment|projected|numeric)\s+change\b|\bmore\s+(?!than\b)(?:[\w-]+\s+){0,2}(?:jobs|positions|workers|technicians|technologists|professionals|nurses)\b|\bjob\s+growth\b/gi,
		tier: 1,
		side: 'either',
		reach: 60,
		count: 'employment_change_num',
		percent: 'employment_change_pct'
	},
	{
		id: 'openings',
		cue: /\b(?:job\s+)?openings?\b/gi,
		tier: 1,
		side: 'either',
		reach: 80,
		count: 'annual_openings'
	},
	{
		id: 'growth',
		cue: /\b(?:grow|grows|growing|grew|growth|increase|increases|increasing|increased|rise|rises|rising|expand|expands|expanding|expansion|(?:job|employment)\s+outlook|outlook|projected|change|demand)\b/gi,
		tier: 1,
		side: 'before',
		reach: 120,
		percent: 'employment_change_pct'
	},
	{
		id: 'growth in jobs',
		cue: /\b(?:grow|grows|growing|grew|growth|increase|increases|increasing|increased|rise|rises|rising|expand|expands|expanding|expansion)\b/gi,
		tier: 1,
		side: 'before',
		reach: 60,
		count: 'employment_change_num'
	},
	{
		id: 'decline',
		cue: /\b(?:decline|declines|declining|decrease|decreases|decreasing|shrink|shrinks|shrinking|fall|falls|drop|drops)\b/gi,
		tier: 1,
		side: 'before',
		reach: 60,
		percent: 'employment_change_pct',
		count: 'employment_change_num',
		negative: true
	},
	{
		id: 'employment level',
		cue: /\bemploy(?:s|ed|ment)?\b|\bjobs?\b|\bworkers\b|\bpositions\b|\bheld\b|\bprofessionals\b|\bpeople\b|\bpractitioners\b|\bworkforce\b/gi,
		tier: 2,
		side: 'either',
		reach: 70,
		count: 'employment'
	},
	{
		id: 'pay',
		cue: /\b(?:salar(?:y|ies)|wages?|pay|paid|earn(?:s|ed|ing|ings)?|income|makes?|made|compensation|take[\s-]home|took\s+home|brought\s+in|bring\s+in)\b/gi,
		tier: 2,
		side: 'either',
		reach: 90,
		money: { annual: 'median_annual_wage', hourly: 'median_hourly_wage' },
		moneyRange: 'salary_range',
		assumed: 'no statistic named (median, average...): assumed the median'
	}
];

/** Money that is not pay: tuition, fees, costs. */
const NOT_PAY =
	/\b(?:tuition|fees?|costs?|price[sd]?|scholarships?|loans?|grants?|deposit|bonus(?:es)?|financial\s+aid|budget|revenue|funding|donat\w+|spend\w*|save|savings)\b/i;

export type MeasureFinding = {
	measure: ClaimMeasure;
	rule: MeasureRule;
	cue: Range & { text: string };
	negative: boolean;
};

function measureFor(rule: MeasureRule, fig: FigureMatch): ClaimMeasure | undefined {
	if (fig.kind === 'percent') return rule.percent;
	if (fig.kind === 'count') return rule.count;
	if (fig.isRange && rule.moneyRange) return rule.moneyRange;
	if (rule.money) return fig.hourly ? rule.money.hourly : rule.money.annual;
	return undefined;
}

/**
 * `text`: the segment text; `window`: where cues may be (bounded by neighbouring figures);
 * `extra`: context texts (a table's column header, a list's lead-in) tried when the window has no cue.
 */
export function findMeasure(text: string, fig: FigureMatch, window: Range): MeasureFinding | null {
	let best: { finding: MeasureFinding; score: number; tier: number } | null = null;
	for (const rule of MEASURE_RULES) {
		const measure = measureFor(rule, fig);
		if (!measure) continue;
		rule.cue.lastIndex = 0;
		for (let m = rule.cue.exec(text); m; m = rule.cue.exec(text)) {
			const cue = { start: m.index, end: m.index + m[0].length, text: m[0] };
			if (cue.start < window.start || cue.end > window.end) continue;
			const before = cue.end <= fig.start;
			const after = cue.start >= fig.end;
			const distance = before ? fig.start - cue.end : after ? cue.start - fig.end : 0;
			if (distance > rule.reach) continue;
			// A cue must not reach across a sentence-internal boundary such as ";".
			const between = before
				? text.slice(cue.end, fig.start)
				: after
					? text.slice(fig.end, cue.start)
					: '';
			if (/[;|]/.test(between)) continue;
			const wrongSide = (rule.side === 'before' && after) || (rule.side === 'after' && before);
			const score = wrongSide ? distance * 3 + 30 : distance;
			const cand = {
				finding: { measure, rule, cue, negative: rule.negative === true },
				score,
				tier: rule.tier
			};
			if (!best || cand.tier < best.tier || (cand.tier === best.tier && cand.score < best.score))
				best = cand;
		}
	}
	if (!best) return null;
	if (
		fig.kind === 'money' &&
		best.finding.rule.tier === 2 &&
		NOT_PAY.test(text.slice(window.start, window.end))
	)
		return null;
	return best.finding;
}

/** Retirement horizon stated near a figure: 2, 5 or 10 years. */
export function retirementHorizon(text: string): { measure: ClaimMeasure; words: string } | null {
	const m =
		/\b(?:with)?in\s+(?:the\s+)?(?:next\s+|coming\s+)?(two|2|five|5|ten|10|24|twenty[\s-]four|sixty|60|120)\s+(years?|months?)\b/i.exec(
			text
		);
	if (!m) return null;
	const n = m[1]!.toLowerCase();
	const months = /month/i.test(m[2]!);
	const years = months
		? (
				{ '24': 2, 'twenty-four': 2, 'twenty four': 2, sixty: 5, '60': 5, '120': 10 } as Record<
					string,
					number
				>
			)[n]
		: ({ two: 2, '2': 2, five: 5, '5': 5, ten: 10, '10': 10 } as Record<string, number>)[n];
	if (years === 2) return { measure: 'share_retiring_within_2y', words: m[0] };
	if (years === 5) return { measure: 'share_retiring_within_5y', words: m[0] };
	if (years === 10) return { measure: 'share_retiring_within_10y', words: m[0] };
	return null;
}

export const UNIT_OF: Partial<Record<ClaimMeasure, string>> = {
	employment: 'persons',
	employment_projected: 'persons',
	employment_change_pct: 'percent',
	employment_change_num: 'persons',
	annual_openings: 'openings per year',
	openings_decade: 'openings (decade total)',
	new_jobs: 'jobs (decade total)',
	new_jobs_per_year: 'jobs per year',
	median_annual_wage: 'USD per year',
	median_hourly_wage: 'USD per hour',
	mean_annual_wage: 'USD per year',
	mean_hourly_wage: 'USD per hour',
	wage_p10_annual: 'USD per year',
	wage_p25_annual: 'USD per year',
	wage_p75_annual: 'USD per year',
	wage_p90_annual: 'USD per year',
	wage_p10_hourly: 'USD per hour',
	wage_p90_hourly: 'USD per hour',
	salary_range: 'USD per year',
	share_retiring_within_2y: 'percent',
	share_retiring_within_5y: 'percent',
	share_retiring_within_10y: 'percent',
	share_eligible_to_retire: 'percent',
	vacancy_rate: 'percent',
	share_decisions_influenced_by_lab: 'percent'
};
