import { CodeSnippet, InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { describeAppliesTo } from './describeAppliesTo';
import type { PrincipleText } from './principleSpec';

/**
 * highlight.js, which CodeSnippet uses, has no CEL grammar. JavaScript is
 * the closest it has: CEL shares its operators (`&&`, `||`, `!`, `==`,
 * `in`, `?:`), its literals (`true`, `false`, `null`, numbers) and both
 * quote styles for strings, and its macros (`has(x)`, `list.exists(x, …)`)
 * read as calls. Go or Java would mis-colour single-quoted strings.
 */
export const CEL_HIGHLIGHT_LANGUAGE = 'javascript';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  deprecated: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
}));

/**
 * The principle's rule as highlighted code, with its severity, status and
 * the entities it applies to in words.
 */
export function RuleCard(props: { text: PrincipleText }) {
  const { text } = props;
  const classes = useStyles();
  const deprecated = text.status === 'deprecated';
  return (
    <InfoCard title="Rule">
      <Box className={classes.facts}>
        <Chip
          size="small"
          variant="outlined"
          label={`Severity: ${text.severity ?? 'not set'}`}
        />
        <Chip
          size="small"
          className={deprecated ? classes.deprecated : undefined}
          label={`Status: ${text.status}`}
        />
      </Box>
      {deprecated && (
        <Typography variant="body2" color="textSecondary" paragraph>
          Deprecated principles are no longer checked; their past results stay
          in the history.
        </Typography>
      )}
      <Typography variant="body2" paragraph>
        <strong>Applies to:</strong> {describeAppliesTo(text.appliesTo)}
      </Typography>
      {text.rule ? (
        <CodeSnippet
          language={CEL_HIGHLIGHT_LANGUAGE}
          text={text.rule}
          wrapLongLines
          showCopyCodeButton
        />
      ) : (
        <Typography variant="body2" color="error">
          This principle has no rule, so it cannot be checked.
        </Typography>
      )}
    </InfoCard>
  );
}
