import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import type {
  CheckResult,
  CreateWaiverRequest,
} from '@lodestar/backstage-plugin-alignment-common';
import { checkLabel } from '../common';

const DAY_MS = 24 * 60 * 60 * 1000;

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Asks which failing check to waive, why, and until when. */
export function WaiverDialog(props: {
  open: boolean;
  entityRef: string;
  failingChecks: CheckResult[];
  onClose: () => void;
  onSubmit: (request: CreateWaiverRequest) => Promise<void>;
}) {
  const { open, entityRef, failingChecks, onClose, onSubmit } = props;
  const [checkId, setCheckId] = useState(failingChecks[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState(inDays(30));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit({ entityRef, checkId, reason, expiresAt });
      onClose();
    } catch (e) {
      const body = (e as { body?: { error?: { message?: string } } }).body;
      setError(body?.error?.message ?? (e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="waiver-dialog-title"
    >
      <DialogTitle id="waiver-dialog-title">Waive a failing check</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          id="waiver-check"
          select
          fullWidth
          margin="normal"
          label="Check"
          value={checkId}
          onChange={e => setCheckId(e.target.value)}
        >
          {failingChecks.map(check => (
            <MenuItem key={check.id} value={check.id}>
              {check.title} ({checkLabel(check.id)})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth
          margin="normal"
          id="waiver-reason"
          label="Reason"
          multiline
          minRows={2}
          value={reason}
          onChange={e => setReason(e.target.value)}
          helperText="Why the failure is accepted for now, and what will end it"
        />
        <TextField
          fullWidth
          margin="normal"
          id="waiver-expires-at"
          type="date"
          label="Expires on"
          InputLabelProps={{ shrink: true }}
          value={expiresAt}
          onChange={e => setExpiresAt(e.target.value)}
          helperText="Waivers always expire; the check fails again after this date"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={saving || !checkId || !reason.trim()}
        >
          Create waiver
        </Button>
      </DialogActions>
    </Dialog>
  );
}
