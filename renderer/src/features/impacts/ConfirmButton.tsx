import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';

type Props = Omit<ButtonProps, 'onClick' | 'loading'> & {
  /** The edit; a failure is reported by the open scenario's save error, above the screen. */
  onConfirm(): Promise<void>;
};

/** A button for one undoable edit that takes a moment: busy while it runs, never sent twice. */
export function ConfirmButton({ onConfirm, disabled, ...rest }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      {...rest}
      disabled={disabled === true || busy}
      loading={busy}
      onClick={() => {
        setBusy(true);
        onConfirm()
          .catch(() => undefined)
          .finally(() => setBusy(false));
      }}
    />
  );
}
