import { AutoComplete } from 'antd';
import type { KeyboardEvent } from 'react';
import { optionMatches, type SearchableOption } from './selectSearch';

interface Props {
  /** From Form.Item. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Earlier entries (undefined while they load: the box is a plain text box meanwhile). */
  options: readonly SearchableOption[] | undefined;
  /** A suggestion was chosen (ArrowDown and Enter, or a click). */
  onPick?: (value: string) => void;
  autoFocus?: boolean;
  maxLength?: number;
  placeholder?: string;
}

/**
 * A text box that offers what was entered before, found by text, pinyin or initials (zmyz → 周末义诊).
 * What is typed is kept as typed: no suggestion is highlighted until the keeper moves to one with the
 * arrow keys, so Enter saves the form with the typed text and Tab moves on with it (Tab never takes a
 * suggestion, even one the mouse happens to rest on).
 */
export function EarlierTextInput({ options, onPick, value, onChange, ...rest }: Props) {
  return (
    <div
      onKeyDownCapture={(event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Tab') event.stopPropagation();
      }}
    >
      <AutoComplete
        {...rest}
        value={value ?? ''}
        onChange={(next: string) => onChange?.(next)}
        options={options ? [...options] : []}
        showSearch={{ filterOption: (input, option) => optionMatches(input, option) }}
        defaultActiveFirstOption={false}
        onSelect={(picked: string) => onPick?.(picked)}
        style={{ width: '100%' }}
      />
    </div>
  );
}
