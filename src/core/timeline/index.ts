export { buildTimeline, type Timeline, type TimelineEvent, type TimelineFact, type TimelineRule } from './build';
export { markdownLiteral, timelineMarkdown, timelineText } from './format';
