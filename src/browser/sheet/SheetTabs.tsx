export interface SheetTabsProps {
  names: string[];
  active: string;
  label: string;
  onActivate: (name: string) => void;
}

/** The sheet tabs under the grid, as in Excel. */
export function SheetTabs({ names, active, label, onActivate }: SheetTabsProps) {
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {names.map((name) => (
        <button key={name} type="button" role="tab" aria-selected={name === active} className="tab" onClick={() => onActivate(name)}>
          {name}
        </button>
      ))}
    </div>
  );
}
