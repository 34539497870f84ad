/** The checklist panel's view type, for the panel and for the serializer that revives it. */
export const CHECKLIST_VIEW_TYPE = 'contractGuard.checklist';
