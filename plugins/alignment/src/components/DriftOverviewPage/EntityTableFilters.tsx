import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import {
  ALIGNMENT_LEVELS,
  type AlignmentFilter,
  type AlignmentLevel,
  type DriftSignalType,
} from '@lodestar/backstage-plugin-alignment-common';
import { DebouncedTextField } from './DebouncedTextField';
import { SIGNAL_LABELS } from './SignalChips';
import { SIGNALS, TEXT_FILTER_KEYS, hasFilter } from './useEntityQuery';

const TEXT_FILTERS: Record<
  (typeof TEXT_FILTER_KEYS)[number],
  { label: string; placeholder: string }
> = {
  owner: { label: 'Owner', placeholder: 'payments or group:default/payments' },
  system: { label: 'System', placeholder: 'procure-to-pay' },
  domain: { label: 'Domain', placeholder: 'finance' },
  kind: { label: 'Kind', placeholder: 'component' },
  lifecycle: { label: 'Lifecycle', placeholder: 'production' },
};

const LEVEL_LABELS: Record<AlignmentLevel, string> = {
  aligned: 'Aligned',
  'at-risk': 'At risk',
  drifting: 'Drifting',
};

// Whether an entity was reviewed since the latest strategy revision.
const REVIEW_VALUES = new Map<boolean | undefined, 'needed' | 'done'>([
  [true, 'needed'],
  [false, 'done'],
]);
const REVIEW_LABELS = {
  needed: 'Needs revalidation',
  done: 'Reviewed since the revision',
};

function ChoiceFilter<T extends string>(props: {
  id: string;
  label: string;
  value: T | undefined;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value ?? ''}
      onChange={e => props.onChange((e.target.value as T) || undefined)}
      // Native selects are reachable by keyboard and screen readers as-is.
      SelectProps={{ native: true }}
      variant="outlined"
      size="small"
      fullWidth
      InputLabelProps={{ shrink: true }}
    >
      <option value="">Any</option>
      {props.options.map(option => (
        <option key={option} value={option}>
          {props.labels[option]}
        </option>
      ))}
    </TextField>
  );
}

/**
 * The entity table's filters. Values come from and go to the URL; text
 * fields are debounced and replace the history entry, choices push one.
 */
export function EntityTableFilters(props: {
  filter: AlignmentFilter;
  onChange: (
    changes: Partial<AlignmentFilter>,
    options?: { replace?: boolean },
  ) => void;
  onClear: () => void;
}) {
  const { filter, onChange } = props;
  return (
    <Grid container spacing={2} alignItems="center">
      <Grid item xs={12} md={4}>
        <DebouncedTextField
          id="alignment-filter-q"
          label="Search"
          type="search"
          placeholder="Entity ref or title"
          value={filter.q ?? ''}
          onChange={q => onChange({ q }, { replace: true })}
        />
      </Grid>
      {TEXT_FILTER_KEYS.map(key => (
        <Grid item xs={6} sm={4} md={2} key={key}>
          <DebouncedTextField
            id={`alignment-filter-${key}`}
            label={TEXT_FILTERS[key].label}
            placeholder={TEXT_FILTERS[key].placeholder}
            value={filter[key] ?? ''}
            onChange={value => onChange({ [key]: value }, { replace: true })}
          />
        </Grid>
      ))}
      <Grid item xs={6} sm={4} md={2}>
        <ChoiceFilter<AlignmentLevel>
          id="alignment-filter-level"
          label="Level"
          value={filter.level}
          options={ALIGNMENT_LEVELS}
          labels={LEVEL_LABELS}
          onChange={level => onChange({ level })}
        />
      </Grid>
      <Grid item xs={6} sm={4} md={2}>
        <ChoiceFilter<DriftSignalType>
          id="alignment-filter-signal"
          label="Signal"
          value={filter.signal}
          options={SIGNALS}
          labels={SIGNAL_LABELS}
          onChange={signal => onChange({ signal })}
        />
      </Grid>
      <Grid item xs={6} sm={4} md={2}>
        <ChoiceFilter<'needed' | 'done'>
          id="alignment-filter-review"
          label="Review"
          value={REVIEW_VALUES.get(filter.needsRevalidation)}
          options={['needed', 'done']}
          labels={REVIEW_LABELS}
          onChange={review =>
            onChange({
              needsRevalidation: review ? review === 'needed' : undefined,
            })
          }
        />
      </Grid>
      <Grid item xs={6} sm={4} md={2}>
        <Button
          onClick={props.onClear}
          disabled={!hasFilter(filter)}
          variant="outlined"
        >
          Clear filters
        </Button>
      </Grid>
    </Grid>
  );
}
