import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import type { AlignmentFilter } from '@lodestar/backstage-plugin-alignment-common';
import { filterSearch, useEntityQuery } from './useEntityQuery';
import { scrollToEntityTable } from './entityTableAnchor';

/**
 * A link that replaces the entity table's filter with the given one. It is
 * a real link (`?owner=…`) so it can be opened in a new tab or copied.
 */
export function FilterLink(props: {
  filter: AlignmentFilter;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  title?: string;
}) {
  const { params } = useEntityQuery();
  return (
    <Link
      to={filterSearch(params, props.filter)}
      onClick={scrollToEntityTable}
      className={props.className}
      aria-label={props['aria-label']}
      title={props.title}
    >
      {props.children}
    </Link>
  );
}
