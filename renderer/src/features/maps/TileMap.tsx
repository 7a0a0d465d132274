import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import {
  type TileMapModel,
  LAYOUTS,
  tileInDirection,
  type Direction,
} from '../../../../engine/maps';
import { TileMapSvg, type TileMapTexts } from '../../../../report-view/TileMapSvg';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

interface Props {
  model: TileMapModel;
  texts: TileMapTexts;
  idPrefix: string;
  labels?: readonly { row: number; col: number; text: string }[];
  selected: string | null;
  onSelect(code: string): void;
}

/**
 * The interactive tile map: one Tab stop (the selected tile, else the first), arrow keys move
 * between tiles by position, Home / End go to the first / last, Enter or Space selects, and so
 * does a click.
 */
export function TileMap({ model, texts, idPrefix, labels, selected, onSelect }: Props) {
  const codes = model.tiles.map((t) => t.code);
  const [focusedRaw, setFocused] = useState<string | null>(null);
  // The focus frame is drawn only while a tile really has the keyboard focus.
  const [active, setActive] = useState(false);
  const elements = useRef(new Map<string, SVGGElement>());
  const focused =
    focusedRaw && codes.includes(focusedRaw)
      ? focusedRaw
      : selected && codes.includes(selected)
        ? selected
        : (codes[0] ?? null);

  const moveTo = useCallback((code: string | null) => {
    if (!code) return;
    setFocused(code);
    elements.current.get(code)?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>, code: string) => {
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      moveTo(tileInDirection(LAYOUTS[model.scale], codes, code, direction));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      moveTo(e.key === 'Home' ? (codes[0] ?? null) : (codes.at(-1) ?? null));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(code);
    }
  };

  return (
    <TileMapSvg
      model={model}
      texts={texts}
      idPrefix={idPrefix}
      {...(labels ? { labels } : {})}
      interaction={{
        focused,
        active,
        selected,
        onFocusTile: (code) => {
          setFocused(code);
          setActive(true);
        },
        onBlurTile: () => setActive(false),
        onSelect,
        onKeyDown,
        register: (code, el) => {
          if (el) elements.current.set(code, el);
          else elements.current.delete(code);
        },
      }}
    />
  );
}
