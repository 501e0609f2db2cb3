export { EntityAlignmentContent } from './EntityAlignmentContent';
