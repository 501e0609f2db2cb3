import { useEffect, useState } from 'react';
import TextField from '@material-ui/core/TextField';
import useDebounce from 'react-use/esm/useDebounce';

/**
 * A text field that reports its value once typing pauses, so each keystroke
 * does not become a request and a history entry. It follows `value` when
 * that changes from outside (a heatmap link, Clear filters, Back).
 */
export function DebouncedTextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
  type?: 'text' | 'search';
}) {
  const { value, onChange } = props;
  const [draft, setDraft] = useState(value);

  // Keep what is being typed (a trailing space, say) when the URL already
  // holds its trimmed form; take the URL's value when it came from elsewhere.
  useEffect(() => setDraft(d => (d.trim() === value ? d : value)), [value]);

  useDebounce(
    () => {
      if (draft.trim() !== value) onChange(draft.trim());
    },
    props.delayMs ?? 400,
    [draft],
  );

  return (
    <TextField
      id={props.id}
      label={props.label}
      placeholder={props.placeholder}
      type={props.type ?? 'text'}
      value={draft}
      onChange={e => setDraft(e.target.value)}
      variant="outlined"
      size="small"
      fullWidth
      InputLabelProps={{ shrink: true }}
    />
  );
}
