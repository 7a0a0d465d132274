import { colors } from '../../app/theme';

/** A share from 0 to 1 as a filled part of a grey track; decorative, the number stands beside it. */
export function ShareBar({ share, fill }: { share: number; fill: string }) {
  return (
    <span aria-hidden="true" style={{ background: colors.track, height: 14 }}>
      <span style={{ display: 'block', height: 14, width: `${share * 100}%`, background: fill }} />
    </span>
  );
}
