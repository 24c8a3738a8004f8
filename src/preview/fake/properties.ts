/** A fake of PropertiesService: string key-value stores, one per scope, as Apps Script keeps them. */
import { type CallLog, counted } from './callLog';

type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

const propertiesMethods = [
  'getProperty',
  'getProperties',
  'getKeys',
  'setProperty',
  'setProperties',
  'deleteProperty',
  'deleteAllProperties',
] as const;
const serviceMethods = [
  'getDocumentProperties',
  'getScriptProperties',
  'getUserProperties',
] as const;

export class FakeProperties implements Pick<Properties, (typeof propertiesMethods)[number]> {
  readonly store = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): Properties {
    // Apps Script stores strings only: anything else is converted, as there.
    this.store.set(key, String(value));
    return this as unknown as Properties;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.store.set(key, String(value));
    return this as unknown as Properties;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return this as unknown as Properties;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this as unknown as Properties;
  }
}

export class FakePropertiesService
  implements Pick<PropertiesService, (typeof serviceMethods)[number]>
{
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;

  constructor(log: CallLog) {
    const create = (scope: string) =>
      counted(log, `Properties(${scope})`, new FakeProperties(), propertiesMethods);
    this.document = create('document');
    this.script = create('script');
    this.user = create('user');
  }

  getDocumentProperties(): Properties {
    return this.document as unknown as Properties;
  }

  getScriptProperties(): Properties {
    return this.script as unknown as Properties;
  }

  getUserProperties(): Properties {
    return this.user as unknown as Properties;
  }

  static create(log: CallLog): FakePropertiesService {
    return counted(log, 'PropertiesService', new FakePropertiesService(log), serviceMethods);
  }
}
