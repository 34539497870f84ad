export { checklistContent } from './model';
export type { ChecklistAction, ChecklistContent, ChecklistStep } from './types';
