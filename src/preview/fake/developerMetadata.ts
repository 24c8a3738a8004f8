/**
 * A fake of the developer-metadata subset the add-on uses: key/value tags on a sheet
 * (Sheet.addDeveloperMetadata, Sheet.getDeveloperMetadata) and the spreadsheet-wide finder
 * (Spreadsheet.createDeveloperMetadataFinder().withKey(k).withValue(v).find()). A tag stays
 * with its sheet when the sheet is renamed, which is why the add-on finds its sheets by tag.
 *
 * Counting: building a finder is a local query (builder calls); `find`, `addDeveloperMetadata`,
 * `getDeveloperMetadata` and every call on a found tag are counted as document calls.
 */
import { type CallLog, counted } from './callLog';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type DeveloperMetadataLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

const metadataMethods = [
  'getId',
  'getKey',
  'getValue',
  'setValue',
  'getLocation',
  'remove',
] as const;
const locationMethods = ['getSheet'] as const;
export const finderMethods = ['withKey', 'withValue', 'find'] as const;

/** Sheets limits a key to 256 characters and the metadata of one sheet to 30,000 characters. */
const MAX_KEY_LENGTH = 256;
const MAX_CHARACTERS_PER_SHEET = 30000;

/** The tags of one sheet, in the order they were added. */
export class SheetMetadataStore {
  readonly entries: FakeDeveloperMetadata[] = [];

  constructor(
    private readonly log: CallLog,
    private readonly ids: { next: number },
    private readonly sheet: () => Sheet,
  ) {}

  add(key: string, value: string | null): void {
    if (typeof key !== 'string' || key === '' || key.length > MAX_KEY_LENGTH) {
      throw new Error(`Invalid developer metadata key: ${String(key)}`);
    }
    const entry = new FakeDeveloperMetadata(this.ids.next++, key, value, this);
    this.entries.push(counted(this.log, 'DeveloperMetadata', entry, metadataMethods));
    this.checkSize();
  }

  /** What Sheet.getDeveloperMetadata returns: the counted tags. */
  list(): DeveloperMetadata[] {
    return this.entries.map((entry) => entry as unknown as DeveloperMetadata);
  }

  location(): DeveloperMetadataLocation {
    const location: Pick<DeveloperMetadataLocation, (typeof locationMethods)[number]> = {
      getSheet: () => this.sheet(),
    };
    return counted(
      this.log,
      'DeveloperMetadataLocation',
      location,
      locationMethods,
    ) as DeveloperMetadataLocation;
  }

  removeEntry(entry: FakeDeveloperMetadata): void {
    const index = this.entries.findIndex((candidate) => candidate.getId() === entry.getId());
    if (index >= 0) this.entries.splice(index, 1);
  }

  checkSize(): void {
    const size = this.entries.reduce(
      (total, entry) => total + entry.key.length + (entry.value?.length ?? 0),
      0,
    );
    if (size > MAX_CHARACTERS_PER_SHEET) {
      throw new Error(
        `The developer metadata of a sheet may hold at most ${MAX_CHARACTERS_PER_SHEET} characters.`,
      );
    }
  }
}

export class FakeDeveloperMetadata
  implements Pick<DeveloperMetadata, (typeof metadataMethods)[number]>
{
  constructor(
    private readonly id: number,
    readonly key: string,
    public value: string | null,
    private readonly store: SheetMetadataStore,
  ) {}

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.key;
  }

  getValue(): string | null {
    return this.value;
  }

  setValue(value: string): DeveloperMetadata {
    this.value = String(value);
    this.store.checkSize();
    return this as unknown as DeveloperMetadata;
  }

  getLocation(): DeveloperMetadataLocation {
    return this.store.location();
  }

  remove(): void {
    this.store.removeEntry(this);
  }
}

/** Spreadsheet.createDeveloperMetadataFinder(): filters over every sheet's tags. */
export class FakeDeveloperMetadataFinder
  implements Pick<DeveloperMetadataFinder, (typeof finderMethods)[number]>
{
  private key: string | undefined;
  private value: string | undefined;

  constructor(private readonly stores: () => readonly SheetMetadataStore[]) {}

  withKey(key: string): DeveloperMetadataFinder {
    this.key = key;
    return this as unknown as DeveloperMetadataFinder;
  }

  withValue(value: string): DeveloperMetadataFinder {
    this.value = value;
    return this as unknown as DeveloperMetadataFinder;
  }

  find(): DeveloperMetadata[] {
    return this.stores()
      .flatMap((store) => store.entries)
      .filter(
        (entry) =>
          (this.key === undefined || entry.key === this.key) &&
          (this.value === undefined || entry.value === this.value),
      )
      .map((entry) => entry as unknown as DeveloperMetadata);
  }
}

/** The counted finder Spreadsheet.createDeveloperMetadataFinder hands out. */
export function createFinder(
  log: CallLog,
  stores: () => readonly SheetMetadataStore[],
): DeveloperMetadataFinder {
  const finder = counted(
    log,
    'DeveloperMetadataFinder',
    new FakeDeveloperMetadataFinder(stores),
    finderMethods,
    { builderMethods: ['withKey', 'withValue'] },
  );
  return finder as unknown as DeveloperMetadataFinder;
}
