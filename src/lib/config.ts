// Site-wide choices that are editorial, not code. Changing the featured occupation is a one-line edit here.

/** The occupation the home page tells as a story: 29-2010 clinical laboratory technologists and technicians. */
export const FEATURED_SOC = '29-2010';

/** The survey measure the home page and /retirement lead with. */
export const RETIREMENT_MEASURE = 'share_retiring_within_5y';

/** The group linked from the site navigation. */
export const NAV_GROUP = 'HC';

/** Computed groups that are not SOC major groups: the major groups (first two digits) they add up. */
export const GROUP_MEMBERS: Record<string, string[]> = { HC: ['29', '31'] };
