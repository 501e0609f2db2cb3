// The keys live in the node library, which the alignment backend shares,
// and are re-exported here, where adopters have always imported them from.
export {
  ANNOTATION_OBJECTIVES_SOURCE,
  ANNOTATION_OWNER_SOURCE,
  ANNOTATION_OWNERSHIP_WARNING,
  LABEL_ALIGNMENT_LEVEL,
  LABEL_ALIGNMENT_SCORE,
} from '@lodestar/backstage-plugin-alignment-node';
