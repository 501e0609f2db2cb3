export { EntityAlignmentCard } from './EntityAlignmentCard';
