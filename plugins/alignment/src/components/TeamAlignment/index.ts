export { GroupAlignmentCard } from './GroupAlignmentCard';
export { GroupAlignmentContent } from './GroupAlignmentContent';
export { UserAlignmentCard } from './UserAlignmentCard';
