import { createPermission } from '@backstage/plugin-permission-common';

/** Allows creating a waiver that turns a failing check into `waived` until it expires. @public */
export const alignmentWaiverCreatePermission = createPermission({
  name: 'lodestar.waiver.create',
  attributes: { action: 'create' },
});

/** Allows removing a waiver before it expires. @public */
export const alignmentWaiverDeletePermission = createPermission({
  name: 'lodestar.waiver.delete',
  attributes: { action: 'delete' },
});

/** Allows starting an evaluation run on demand. @public */
export const alignmentEvaluationRunPermission = createPermission({
  name: 'lodestar.evaluation.run',
  attributes: { action: 'create' },
});

/** Every permission the alignment plugin defines. @public */
export const alignmentPermissions = [
  alignmentWaiverCreatePermission,
  alignmentWaiverDeletePermission,
  alignmentEvaluationRunPermission,
];
