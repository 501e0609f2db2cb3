import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: {
    width: 28,
    height: 28,
    flexShrink: 0,
  },
  star: {
    fill: '#7df3e1',
  },
});

/** The Lodestar mark: a four-point guiding star. */
const LogoIcon = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 100 100"
      role="img"
      aria-label="Lodestar"
    >
      <path
        className={classes.star}
        d="M50 0 L61 39 L100 50 L61 61 L50 100 L39 61 L0 50 L39 39 Z"
      />
    </svg>
  );
};

export default LogoIcon;
